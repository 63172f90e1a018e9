/** What the cart says when it refuses: in-stock alternatives to a sold-out variant, promo problems. */
import { describeOptions } from '../catalog/options.ts';
import { toMajor } from '../money.ts';
import { optionAlternativesFor } from '../products/availability.ts';
import type { ProductDetail, VariantDetail } from '../products/details.ts';
import type { PromoProblem } from '../promos/math.ts';
import type { LoadedPromo } from '../promos/store.ts';

/** "Jigsaw Puzzle size M in Red (Pieces 1000)": the variant a refusal is about. */
export function variantLabel(product: ProductDetail, variant: VariantDetail): string {
  const extras = describeOptions(variant.options);
  return `${product.name}${variant.size ? ` size ${variant.size}` : ''}${variant.color ? ` in ${variant.color}` : ''}${extras ? ` (${extras})` : ''}`;
}

/**
 * What is in stock instead of a sold-out variant: other sizes in the same colour, other colours
 * in the same size, and other values of each other option with the rest unchanged (so the
 * refusal can offer them), and a sentence saying so.
 */
export function inStockAlternatives(
  product: ProductDetail,
  variant: VariantDetail,
  quantity: number,
): { sizes: string[]; colors: string[]; options: Record<string, string[]>; text: string } {
  const same = (v: VariantDetail) => JSON.stringify(v.options) === JSON.stringify(variant.options);
  const ok = product.variants.filter((v) => v.stock >= quantity && v.id !== variant.id && same(v));
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const sizes = uniq(ok.filter((v) => v.color === variant.color).map((v) => v.size));
  const colors = uniq(ok.filter((v) => v.size === variant.size).map((v) => v.color));
  const options = optionAlternativesFor(product, variant, quantity);
  const where = [variant.size && `size ${variant.size}`, variant.color && `in ${variant.color}`]
    .filter(Boolean)
    .join(' ');
  const parts = [
    sizes.length && `sizes ${sizes.join(', ')}${variant.color ? ` in ${variant.color}` : ''}`,
    colors.length && `colours ${colors.join(', ')}${variant.size ? ` in size ${variant.size}` : ''}`,
    ...Object.entries(options).map(
      ([name, vals]) => `${name} ${vals.join(', ')}${where ? ` (${where})` : ''}`,
    ),
  ].filter(Boolean);
  return {
    sizes,
    colors,
    options,
    text: parts.length ? ` In stock: ${parts.join('; ')}.` : ' Nothing else of it is in stock.',
  };
}

export function promoProblemMessage(problem: PromoProblem, promo: LoadedPromo, currency: string): string {
  const code = promo.rule.code;
  switch (problem) {
    case 'expired':
      return `Promo ${code} has expired.`;
    case 'not_started':
      return `Promo ${code} is not valid yet.`;
    case 'inactive':
    case 'misconfigured':
      return `Promo ${code} is not available.`;
    case 'min_subtotal':
      return `Promo ${code} needs a subtotal of at least ${toMajor(promo.rule.minSubtotalCents, currency)} ${currency}.`;
    case 'not_applicable':
      return `Promo ${code} does not apply to anything in the cart.`;
  }
}
