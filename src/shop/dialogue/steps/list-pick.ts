/**
 * A product picked from the list shown ("the second one", "the last one", "the cheaper of the
 * two") keeps what the shopper asked that list for: a colour the search was made with is the
 * colour wanted when the picked product comes in it.
 */

import type { ProductInfo } from '../results.ts';
import type { DialogueState } from '../state.ts';
import type { Understanding } from '../understand/nlu.ts';
import { normalize } from '../words/text.ts';
import type { DecideInput } from './action-types.ts';
import { matchColor } from './resolve.ts';

type S = Understanding['slots'];

/** The slots with the searched size and colour added, when the product was picked from that search's list. */
export function searchedValues(s: S, intent: string, state: DialogueState, product: ProductInfo): S {
  if (intent !== 'add_to_cart' || !state.lastResults.some((p) => p.id === product.id)) return s;
  const { size, color } = state.lastSearch ?? {};
  let out = s;
  if (!out.size && typeof size === 'string') out = { ...out, size };
  // Only a colour the product has: the search may have matched it by another option's value.
  if (!out.color && typeof color === 'string' && matchColor(product, color)) out = { ...out, color };
  return out;
}

/**
 * "What filters do you have in 77mm?" then "the third one": the words the list was asked for with
 * are read with the pick, so a value of the product's options among them ("77mm") is chosen too.
 * Only for a product picked by its place or rank in the list, or by a pronoun when the list was that
 * one product, when the pick names no value itself.
 */
export function withListWords(input: DecideInput, product: ProductInfo, intent: string): DecideInput {
  const { nlu, state } = input;
  const s = nlu.slots;
  const byPlace = !!s.ordinals?.length || s.reference === 'cheapest' || s.reference === 'priciest';
  // "Do you have an 8 mm mortise chisel?" — one shown — "great, add it": the pronoun picks the one
  // product of that list, asked for in that value.
  const onlyOne = s.reference === 'anaphora' && state.lastResults.length === 1 && nlu.language === 'en';
  if (intent !== 'add_to_cart' || !(byPlace || onlyOne) || s.color || s.size) return input;
  if (!state.lastResults.some((p) => p.id === product.id)) return input;
  const search = state.lastSearch ?? {};
  // The search's own values, and the shopper's words that asked for the list (a value the search
  // did not keep, "77mm", is still what they asked for).
  const words = [...['query', 'size', 'color'].map((k) => search[k]), state.lastListSaid]
    .filter((v): v is string => typeof v === 'string' && v.trim().length > 0)
    .map(normalize);
  if (words.length === 0) return input;
  return { ...input, nlu: { ...nlu, text: `${nlu.text} ${words.join(' ')}` } };
}

/** "The cheaper of the two", "el más caro": one entry of the list picked by its price rank. */
export function pickedByRank(s: S): boolean {
  return (s.reference === 'cheapest' || s.reference === 'priciest') && !s.category && !s.productNames?.length;
}

/** The text without its price-rank words ("la más barata" asks nothing more about it). */
export function withoutRank(text: string): string {
  return text.replace(/\b(the )?(mas|menos) (barat|car)[oa]s?\b/g, ' ');
}

/**
 * A product picked from the list by its place, with the size the list was asked in: the shop,
 * which knows which colours that size comes in, picks the variant or asks for what is left.
 */
export function pickedFromList(input: DecideInput, product: ProductInfo): boolean {
  const s = input.nlu.slots;
  const byPlace = !!s.ordinals?.length || pickedByRank(s);
  return byPlace && input.state.lastResults.some((p) => p.id === product.id);
}
