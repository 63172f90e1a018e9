/**
 * A catalog colour named by some of its own words (issue 12): "soft white" for "2700K Soft White",
 * "the 3000K" for "3000K Warm White", "daylight" for "5000K Daylight". The colour holding the most
 * words said wins; a tie names none. Read only when the colour slot found no one colour of the
 * product (a family word shared by several of its shades, or no colour word at all).
 */

import { colorFamilies, colorFamily, otherFamilies } from '../../catalog/search-colors.ts';
import type { ProductInfo } from '../results.ts';
import { optionPhrase } from '../variants/option-phrase.ts';

export function colorByWords(
  text: string,
  product: Pick<ProductInfo, 'colors' | 'name'>,
): string | undefined {
  if (product.colors.length < 2) return undefined;
  const colors = {
    name: 'Color',
    values: product.colors.map((c) => ({ value: c.color, inStock: c.inStock })),
  };
  const hit = optionPhrase(text, { name: product.name, options: [colors] });
  return 'options' in hit ? hit.options.Color : byShadeFamily(text, product);
}

/**
 * A shade the catalog spells another way ("navy" for "Midnight Blue", "olive" for "Forest Green"):
 * the product's one colour of the family of the one colour word said (not a word of its name).
 */
function byShadeFamily(text: string, product: Pick<ProductInfo, 'colors' | 'name'>): string | undefined {
  const own = new Set(product.name.toLowerCase().split(/\s+/));
  const shades = text.split(' ').filter((w) => w.length > 2 && !own.has(w) && colorFamily(w));
  const families = [...new Set(shades.flatMap((w) => colorFamily(w) ?? []))];
  if (families.length !== 1) return undefined;
  const kin = product.colors.filter((c) => colorFamilies(c.color).includes(families[0]!));
  if (kin.length > 0) return kin.length === 1 ? kin[0]!.color : undefined;
  // A shade between two families ("charcoal" is a grey, and a black to many): with no colour of
  // its own family, the product's one colour of the other family it is called by.
  const also = [...new Set(shades.flatMap((w) => otherFamilies(w)))];
  const near = product.colors.filter((c) => colorFamilies(c.color).some((f) => also.includes(f)));
  return near.length === 1 ? near[0]!.color : undefined;
}

/**
 * In the answer to a refusal or a "which one?", a shade said that the catalog spells another way
 * ("three of the navy ones then" when the product has Blue): that colour of the product, so the
 * colour refused before is not carried over. Undefined when no such shade is said.
 */
export function shadeOfAnswer(
  text: string,
  product: Pick<ProductInfo, 'colors' | 'name'> | undefined,
): string | undefined {
  return product && product.colors.length > 1 ? byShadeFamily(text, product) : undefined;
}
