/**
 * "Unos guantes de cuero de cabra" when the search card lists only "Cowhide": a Spanish word the
 * retail vocabulary reads as an English word (the text arrives translated) the product does not
 * show anywhere (name, option
 * names or values, sizes, colours) may be a value the card left out because it is sold out. The
 * product's full listing is read first, so the value is matched (and refused with what is in
 * stock) instead of the one listed value being added in its place. Pure.
 */
import { spanishName } from '../../catalog/retail-vocabulary.ts';
import type { ProductInfo } from '../results.ts';
import { normalize, stem } from '../words/text.ts';

/** English words that name no value of their own (an option's name, a count, the shop). */
const GENERIC = new Set([
  'size',
  'color',
  'colour',
  'pair',
  'pack',
  'unit',
  'piece',
  'item',
  'product',
  'one',
]);

export function saysUnlistedValueWord(text: string, product: ProductInfo): boolean {
  const shown = new Set(
    [
      product.name,
      product.category ?? '',
      ...(product.options ?? []).flatMap((o) => [o.name, ...o.values.map((v) => v.value)]),
      ...product.sizes.map((x) => x.size),
      ...product.colors.map((x) => x.color),
    ]
      .flatMap((x) => normalize(x).split(' '))
      .filter(Boolean)
      .map(stem),
  );
  // The text reaches here with the shopper's Spanish words put into the catalog's English
  // ("cuero de cabra" → goatskin): an English word of the vocabulary the product never shows.
  return normalize(text)
    .split(' ')
    .filter((w) => w.length >= 4 && !GENERIC.has(w) && !shown.has(stem(w)))
    .some((w) => !!spanishName(w).name);
}
