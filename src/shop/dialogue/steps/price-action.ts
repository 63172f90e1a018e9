/**
 * A price asked of one product, named or in focus, with option values ("what's the Halcyon run in
 * 300 thread count for a king?", "¿cuánto vale el 24-70 en montura Canon RF?"): its full variant
 * list is read (get_product) and the price of the variant said is given (variant-price.ts); with
 * no value said, the product's details as usual.
 */

import { namesByFit } from '../answers/spec-subject.ts';
import { replyTo } from '../replies/replies.ts';
import type { Understanding } from '../understand/nlu.ts';
import { asksPrice } from '../understand/question.ts';
import { answerVariantPrice, pricedVariants } from '../variants/variant-price.ts';
import { type Action, call, type DecideInput, lookUpNamed, say, sayUnplaced, t } from './actions.ts';
import { resolveProduct } from './resolve.ts';

const PRICE_INTENTS = ['details', 'search', 'refine', 'spec', 'availability', 'unknown'];

/** A price question about one product that says more than its name (a size, a number, an option). */
export function asksVariantPrice(intent: string, input: DecideInput, s: Understanding['slots']): boolean {
  const { text, language } = input.nlu;
  if (!PRICE_INTENTS.includes(intent) || !asksPrice(text, language)) return false;
  if (s.category && !s.productNames?.length) return false;
  const valueSaid = !!(
    s.size ||
    s.color ||
    /\d/.test(text.replace(/\b\d+(\.\d+)?\b(?= (dollars?|dolares|usd|euros?))/g, ''))
  );
  return valueSaid && !!(s.productNames?.length || input.state.focus);
}

export function priceAction(input: DecideInput, s: Understanding['slots']): Action {
  const { state, nlu } = input;
  const lang = nlu.language;
  const done = input.current.calls;
  const named = s.productNames?.length ? namesByFit(s.productNames, nlu.text) : undefined;
  const r = resolveProduct(named ? { ...s, productNames: named } : s, state);
  if (!('product' in r)) {
    const look = named?.length ? lookUpNamed(named[0]!, input) : undefined;
    return look ?? sayUnplaced(t(lang, 'Which product do you mean?', '¿De qué producto hablas?'));
  }
  const p = r.product;
  const got = done.find(
    (c) =>
      c.name === 'get_product' &&
      !c.error &&
      (c.input.productId === p.id || (typeof c.input.name === 'string' && c.input.name === p.name)),
  );
  if (!got) return call('get_product', { productId: p.id });
  const known = state.known.get(p.id) ?? p;
  return say(
    answerVariantPrice(known.name, pricedVariants(got.output), nlu.text, known.currency, lang) ??
      replyTo([got], lang),
  );
}
