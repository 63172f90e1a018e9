/**
 * What to do for a choice between two named products by a quality (spec-choice.ts): find each
 * side's product (looked up when nothing seen so far fits), read both full texts, then answer.
 */

import { answerPriceChoice, priceAsked } from '../answers/price-choice.ts';
import {
  answerChoice,
  askedQuality,
  choiceSides,
  eitherSays,
  productForSide,
} from '../answers/spec-choice.ts';
import { hasFullText, rankAmong } from '../answers/specs.ts';
import { replyTo } from '../replies/replies.ts';
import type { ProductInfo } from '../results.ts';
import type { Understanding } from '../understand/nlu.ts';
import type { ToolCallPlan } from './action-types.ts';
import { type Action, call, type DecideInput, say, t } from './actions.ts';

/** Words that set two products side by side ("how does A stack up against B", "A versus B"). */
const COMPARE_CUE =
  /\b(compare|compared|comparison|stack up|versus|vs|against|difference|differences|compara|comparar|comparacion|diferencia|diferencias|contra|frente a)\b/;

/**
 * "A or B, which is warmer?" (a which-question with two sides and a quality to compare by), or
 * "how does A stack up against B" (two sides set against each other).
 */
export function asksChoice(text: string, lang: Understanding['language']): boolean {
  if (!choiceSides(text, lang)) return false;
  const which = /\b(which|cual|cuales)\b/.test(text);
  return (which && (!!askedQuality(text, lang) || !!priceAsked(text, undefined))) || COMPARE_CUE.test(text);
}

export function chooseAction(input: DecideInput, s: Understanding['slots']): Action {
  const { state, nlu } = input;
  const lang = nlu.language;
  const done = input.current.calls;
  const sides = choiceSides(nlu.text, lang)!;
  const quality = askedQuality(nlu.text, lang);
  // The catalog names the utterance said count as candidates too, looked up when not seen yet.
  const seen = [...state.lastResults, ...state.known.values()];
  const named: ProductInfo[] = (s.productNames ?? [])
    .filter((name) => !seen.some((p) => p.name === name))
    .map((name) => ({ id: `name:${name}`, name, sizes: [], colors: [] }));
  const pool = [...seen, ...named];
  const first = productForSide(sides[0], pool, s.productNames ?? []);
  // The second side is another product than the first ("the Art 50 … the Compact 50").
  const second = productForSide(
    sides[1],
    pool.filter((p) => p.id !== first?.id),
    s.productNames ?? [],
  );
  const found = [first, second];
  const lookups = sides
    .map((side, k): ToolCallPlan | undefined => {
      const p = found[k];
      if (p && !p.id.startsWith('name:')) return undefined;
      return p && !done.some((c) => c.name === 'get_product' && c.input.name === p.name)
        ? { name: 'get_product', input: { name: p.name } }
        : { name: 'search_products', input: { query: side.join(' ') } };
    })
    .filter((c): c is ToolCallPlan => !!c)
    .filter(
      (c) => !done.some((d) => d.name === c.name && JSON.stringify(d.input) === JSON.stringify(c.input)),
    );
  if (lookups.length) return { kind: 'tools', calls: lookups };
  const [a, b] = found;
  if (!a || !b || a.id.startsWith('name:') || b.id.startsWith('name:'))
    return say(
      t(
        lang,
        'Which two products do you mean? Say their names.',
        '¿Qué dos productos quieres comparar? Dime sus nombres.',
      ),
    );
  const full = (p: ProductInfo) => state.known.get(p.id) ?? p;
  const unread = [full(a), full(b)].filter(
    (p) => !hasFullText(p) && !done.some((c) => c.name === 'get_product' && c.input.productId === p.id),
  );
  if (quality && unread.length)
    return { kind: 'tools', calls: unread.map((p) => ({ name: 'get_product', input: { productId: p.id } })) };
  // "Which is lighter, A or B?": a comparative of a measure both texts give (their weights) is
  // answered by the figures, before any word of the quality is looked for.
  const measured =
    s.sort && !/^(cheapest|most_expensive)$/.test(s.sort)
      ? rankAmong([full(a), full(b)], s.sort, lang)
      : undefined;
  if (measured) return say(measured);
  // "Which is cheaper, A or B?": their prices answer it.
  const byPrice = priceAsked(nlu.text, s.sort);
  const priced = byPrice ? answerPriceChoice(full(a), full(b), byPrice, lang) : undefined;
  if (priced) return say(priced);
  // Without a quality, or one neither text speaks of, the two are set side by side.
  const which = /\b(which|cual|cuales)\b/.test(nlu.text);
  if (quality && (which || eitherSays(full(a), full(b), quality)))
    return say(answerChoice(full(a), full(b), quality, lang));
  const compared = done.find((c) => c.name === 'compare_products' && !c.error);
  if (compared) return say(replyTo([compared], lang));
  return call('compare_products', { productIds: [a.id, b.id] });
}
