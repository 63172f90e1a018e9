/**
 * A product picked from the list shown ("the second one", "the last one", "the cheaper of the
 * two") keeps what the shopper asked that list for: a colour the search was made with is the
 * colour wanted when the picked product comes in it.
 */
import type { Understanding } from './nlu.ts';
import { matchColor } from './resolve.ts';
import type { ProductInfo } from './results.ts';
import type { DialogueState } from './state.ts';

type S = Understanding['slots'];

/** The slots with the searched colour added, when the product was picked from that search's list. */
export function searchedColor(s: S, intent: string, state: DialogueState, product: ProductInfo): S {
  const searched = state.lastSearch?.color;
  if (s.color || intent !== 'add_to_cart' || typeof searched !== 'string') return s;
  if (!state.lastResults.some((p) => p.id === product.id)) return s;
  // Only a colour the product has: the search may have matched it by another option's value.
  return matchColor(product, searched) ? { ...s, color: searched } : s;
}
