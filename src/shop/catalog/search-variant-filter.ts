/**
 * The variant filters of a search (colour in or out, size, price range, in stock): a product
 * qualifies when one active variant satisfies them all. search-candidates.ts says the same in
 * SQL; this predicate picks the variants shown on the cards and used by an explicit sort.
 */
import type { Variant } from '../../store/schema.ts';
import { sizeSpellings } from '../products/variant-match.ts';
import { fold } from './text.ts';

export interface VariantFilter {
  /** Folded stored colours that satisfy the colour asked for (search-filters.ts `colorForms`). */
  colorIn: string[] | undefined;
  /** Folded stored colours to leave out. */
  colorOut: string[] | undefined;
  size: string | undefined;
  /** Major currency units. */
  minPrice: number | undefined;
  maxPrice: number | undefined;
  inStock: boolean | undefined;
}

/** True when the filter says anything about variants at all. */
export function filtersVariants(f: VariantFilter): boolean {
  return Boolean(
    f.colorIn || f.colorOut || f.size || f.minPrice !== undefined || f.maxPrice !== undefined || f.inStock,
  );
}

/** The variants the filter accepts; a joined size ("S/M") is satisfied by any of its parts. */
export function variantMatcher(f: VariantFilter): (v: Variant) => boolean {
  const { colorIn, colorOut } = f;
  const sizes = f.size ? sizeSpellings(f.size) : [];
  return (v) =>
    (!colorIn || colorIn.includes(fold(v.color ?? ''))) &&
    !colorOut?.includes(fold(v.color ?? '')) &&
    (!f.size ||
      sizes.includes((v.size ?? '').toUpperCase()) ||
      (v.size ?? '')
        .toUpperCase()
        .split('/')
        .some((part) => sizes.includes(part))) &&
    (f.minPrice === undefined || v.price_cents >= Math.round(f.minPrice * 100)) &&
    (f.maxPrice === undefined || v.price_cents <= Math.round(f.maxPrice * 100)) &&
    (!f.inStock || v.stock > 0);
}
