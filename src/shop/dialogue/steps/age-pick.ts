/**
 * "Which size for an 8 year old?" while a list is on screen and no product is named: the product
 * whose own text gives an age range holding that age answers (the youth gloves, not the adult
 * ones listed first). The list is read whole first (search summaries carry no descriptions).
 * English only. Undefined when no product shown gives a fitting range.
 */
import { answerAge } from '../answers/text-lines.ts';
import type { Understanding } from '../understand/nlu.ts';
import type { Action, DecideInput } from './action-types.ts';
import { say } from './actions.ts';

const AGE = /\b\d+ (year|yr)s? old\b/;

export function ageOverShown(input: DecideInput, s: Understanding['slots']): Action | undefined {
  const { nlu, state, current } = input;
  if (nlu.language !== 'en' || s.productNames?.length || !AGE.test(nlu.text)) return undefined;
  if (state.lastResults.length < 2) return undefined;
  const products = state.lastResults.map((p) => state.known.get(p.id) ?? p);
  const unread = products.filter((p) => p.description === undefined);
  if (unread.length > 0 && !current.calls.some((c) => c.name === 'get_product'))
    return {
      kind: 'tools',
      calls: unread.map((p) => ({ name: 'get_product' as const, input: { productId: p.id } })),
    };
  const question = nlu.text.split(' ');
  for (const p of products) {
    const answer = answerAge(p, question, nlu.language);
    if (answer && !/^No\b/.test(answer) && /\d/.test(answer)) return say(answer);
  }
  return undefined;
}
