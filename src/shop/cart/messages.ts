/** What the cart says when it refuses: in-stock alternatives to a sold-out variant, promo problems. */
import { toMajor } from '../money.ts';
import type { ProductDetail, VariantDetail } from '../products/details.ts';
import type { PromoProblem } from '../promos/math.ts';
import type { LoadedPromo } from '../promos/store.ts';

/**
 * What is in stock instead of a sold-out variant: other sizes in the same colour and other
 * colours in the same size (so the refusal can offer them), and a sentence saying so.
 */
export function inStockAlternatives(
  product: ProductDetail,
  variant: VariantDetail,
  quantity: number,
): { sizes: string[]; colors: string[]; text: string } {
  const ok = product.variants.filter((v) => v.stock >= quantity && v.id !== variant.id);
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const sizes = uniq(ok.filter((v) => v.color === variant.color).map((v) => v.size));
  const colors = uniq(ok.filter((v) => v.size === variant.size).map((v) => v.color));
  const parts = [
    sizes.length && `sizes ${sizes.join(', ')}${variant.color ? ` in ${variant.color}` : ''}`,
    colors.length && `colours ${colors.join(', ')}${variant.size ? ` in size ${variant.size}` : ''}`,
  ].filter(Boolean);
  return {
    sizes,
    colors,
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
