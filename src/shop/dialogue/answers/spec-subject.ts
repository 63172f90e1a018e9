/**
 * Which product a question is about. A named product (when several names were read, the one the
 * shopper's words fit best: "the 12-function Fixit" is the Fixit, not a product with 12 in its
 * name); else, when a kind of product is said that the product in focus is not ("is that sealant
 * ammonia free" while a tire is in focus), the only product of that kind seen so far; else the
 * usual resolution (focus, single result). Pure.
 */

import type { ProductInfo } from '../results.ts';
import type { DialogueState } from '../state.ts';
import type { Understanding } from '../understand/nlu.ts';
import { normalize, stem } from '../words/text.ts';

type Slots = Understanding['slots'];

const wordsOf = (x: string) => normalize(x).split(' ').filter(Boolean);

/** How well a title fits what was said: its non-figure words count double ("Fixit" over "12"). */
function fitScore(name: string, said: Set<string>): number {
  return wordsOf(name).reduce((n, w) => n + (said.has(w) ? (/^\d/.test(w) ? 1 : 2) : 0), 0);
}

/**
 * "Is the barrel dishwasher safe?" with the tumbler in focus whose text speaks of its barrel: a
 * product named by one word only ("Rubber Replacement Barrel") that the focus product's own
 * text also uses names a part of the focus product, which the question is about.
 */
export function partOfFocus(name: string, text: string, state: DialogueState): boolean {
  const focus = state.focus && (state.known.get(state.focus.id) ?? state.focus);
  if (!focus || focus.name === name) return false;
  const said = new Set(wordsOf(text));
  const hits = wordsOf(name).filter((w) => said.has(w) && !/^\d/.test(w));
  if (hits.length !== 1) return false;
  const own = new Set(wordsOf(`${focus.name} ${focus.description ?? focus.summary ?? ''}`).map(stem));
  return own.has(stem(hits[0]!)) || derivedIn(hits[0]!, focus);
}

/** An adjective the focus product's text makes of the word ("machine washable" of "wash", "lavable"). */
const DERIVED = /^(able|ible|ables|ibles|ing|ed|ado|ada|ados|adas|ido|ida|idos|idas)$/;
function derivedIn(word: string, focus: ProductInfo): boolean {
  // "wash" → washable, "lavar" → lavable, "plegar" → plegable.
  const base = word.replace(/(ar|ir|e)$/, '');
  if (base.length < 3) return false;
  const text = wordsOf(`${focus.name} ${focus.description ?? focus.summary ?? ''}`);
  return text.some((w) => w.startsWith(base) && DERIVED.test(w.slice(base.length)));
}

/**
 * The named products, best fitting first; only the best when it fits better than every other
 * ("the 12-function Fixit" names the Fixit, not the "Hopper 12" the number also read).
 */
export function namesByFit(names: string[], text: string): string[] {
  const said = new Set(wordsOf(text));
  const sorted = [...names].sort((a, b) => fitScore(b, said) - fitScore(a, said));
  const [best, second] = sorted;
  if (best && second && fitScore(best, said) > fitScore(second, said)) return [best];
  return sorted;
}

function isOfKind(p: ProductInfo, kind: string[]): boolean {
  const own = wordsOf(`${p.category ?? ''} ${p.name} ${(p.tags ?? []).join(' ')}`).map(stem);
  return kind.every((w) => own.includes(w));
}

/** The only product seen of the kind said, when the product in focus is of another kind. */
export function otherKindSubject(s: Slots, state: DialogueState): ProductInfo | undefined {
  if (s.productNames?.length || s.ordinals?.length) return undefined;
  // "Is it heated?": the feature asked is no kind of product, even when a title has the word.
  const asked = new Set(s.feature ?? []);
  const said = [s.category, ...(s.attributes ?? []).filter((a) => !asked.has(a))].filter(
    (x): x is string => !!x,
  );
  const kind = [...new Set(said.flatMap(wordsOf).map(stem))].filter((w) => w.length > 2);
  if (kind.length === 0) return undefined;
  const focus = state.focus ?? (state.lastResults.length === 1 ? state.lastResults[0] : undefined);
  if (focus && isOfKind(state.known.get(focus.id) ?? focus, kind)) return undefined;
  // "Can I machine-wash them?" of cloths sold "machine washable": the word is what is asked of the
  // focus product, not another product's kind.
  if (focus && kind.every((w) => derivedIn(w, state.known.get(focus.id) ?? focus))) return undefined;
  const seen = new Map<string, ProductInfo>();
  for (const p of [...state.lastResults, ...state.known.values()]) if (!seen.has(p.id)) seen.set(p.id, p);
  const hits = [...seen.values()].filter((p) => isOfKind(p, kind));
  if (hits.length <= 1) return hits[0];
  // Several of that kind seen ("the scooter" after two were listed): the one in the cart is meant.
  // Not merely the latest talked about: "how many arrows fit" of a quiver counts arrows, it does
  // not ask about the arrows looked at before.
  const inCart = hits.filter((p) =>
    state.cart?.items.some((l) => l.productId === p.id || normalize(l.name) === normalize(p.name)),
  );
  return inCart.length === 1 ? inCart[0] : undefined;
}

/** The words of the question left once the subject's own words are taken out ("that sealant" → ammonia free). */
export function withoutSubjectWords(feature: string[], p: ProductInfo): string[] {
  const own = new Set(wordsOf(`${p.name} ${p.category ?? ''}`).map(stem));
  const left = feature.filter((w) => !own.has(stem(w)));
  return left.length ? left : feature;
}
