/**
 * A product picked from the list shown ("the second one", "the last one", "the cheaper of the
 * two") keeps what the shopper asked that list for: a colour the search was made with is the
 * colour wanted when the picked product comes in it.
 */
import type { DecideInput } from './action-types.ts';
import type { Understanding } from './nlu.ts';
import { matchColor } from './resolve.ts';
import type { ProductInfo } from './results.ts';
import type { DialogueState } from './state.ts';
import { normalize } from './text.ts';

type S = Understanding['slots'];

/** The slots with the searched colour added, when the product was picked from that search's list. */
export function searchedColor(s: S, intent: string, state: DialogueState, product: ProductInfo): S {
  const searched = state.lastSearch?.color;
  if (s.color || intent !== 'add_to_cart' || typeof searched !== 'string') return s;
  if (!state.lastResults.some((p) => p.id === product.id)) return s;
  // Only a colour the product has: the search may have matched it by another option's value.
  return matchColor(product, searched) ? { ...s, color: searched } : s;
}

/**
 * "What filters do you have in 77mm?" then "the third one": the words the list was searched with
 * are read with the pick, so a value of the product's options among them ("77mm") is chosen too.
 * Only for a product picked by its place or rank in the list, when the pick names no value itself.
 */
export function withListWords(input: DecideInput, product: ProductInfo, intent: string): DecideInput {
  const { nlu, state } = input;
  const s = nlu.slots;
  const byPlace = !!s.ordinals?.length || s.reference === 'cheapest' || s.reference === 'priciest';
  if (intent !== 'add_to_cart' || !byPlace || s.color || s.size) return input;
  if (!state.lastResults.some((p) => p.id === product.id)) return input;
  const search = state.lastSearch ?? {};
  const words = ['query', 'size', 'color']
    .map((k) => search[k])
    .filter((v): v is string => typeof v === 'string' && v.trim().length > 0)
    .map(normalize);
  if (words.length === 0) return input;
  return { ...input, nlu: { ...nlu, text: `${nlu.text} ${words.join(' ')}` } };
}
