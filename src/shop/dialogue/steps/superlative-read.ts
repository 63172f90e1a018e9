/**
 * "The window squeegee, the widest you do": a size superlative picks the largest (or smallest)
 * value of a measured option, and a search's card lists only the values in stock. Every value is
 * read first, so the widest made is the one asked for and the shop refuses it when sold out
 * instead of the widest in stock being added in its place.
 */
import type { ProductInfo } from '../results.ts';
import { saysRelativeSize, valueBySize } from '../variants/option-phrase.ts';
import type { DecideInput } from './action-types.ts';

export function readsAllValuesFirst(input: DecideInput, product: ProductInfo, said: string): boolean {
  if (!product.options?.partial) return false;
  const calls = input.current.calls;
  // Only right after this turn's search found it: an answer to "which length?" picks among the
  // values just asked about.
  if (!calls.some((c) => c.name === 'search_products')) return false;
  if (calls.some((c) => c.name === 'get_product' && c.input.productId === product.id)) return false;
  // A card listing one value in stock ranks nothing yet: the words of size are enough to read them all.
  return (
    !!valueBySize(said.split(' '), product.options) ||
    (product.options.some((o) => o.values.length === 1) && saysRelativeSize(said))
  );
}
