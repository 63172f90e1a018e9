/**
 * "And the Meadow, how much in a 17?", "¿cuánto cuesta en 17?": a price asked of a named variant.
 * Several routing rules read a product named with a value of its variants as an order ("and the X
 * in size 11" right after an add); a question about its price never is one, so it becomes a look
 * at the product (whose reply gives the price).
 */
import type { Language } from '../../contract.ts';
import { ES_CLITIC, ES_COST_VERB } from '../understand/question.ts';
import type { DecideInput } from './action-types.ts';

const PRICE_ASKED: Record<Language, RegExp> = {
  en: /\bhow much\b|\bwhat (does|do|would|will) (it|that|they|this|one) (cost|run)\b|\bwhat s the price\b/,
  es: new RegExp(`\\bcuanto (${ES_CLITIC}${ES_COST_VERB}|es)\\b|\\bque precio\\b`),
};

export function notAnOrder(route: string, intent: string, input: DecideInput): string {
  if (
    route === 'add_to_cart' &&
    intent !== 'add_to_cart' &&
    input.current.user.includes('?') &&
    PRICE_ASKED[input.nlu.language].test(input.nlu.text)
  )
    return 'details';
  return route;
}
