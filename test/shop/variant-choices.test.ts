/**
 * variant_required names the choices that can be bought with what the shopper chose ("Tall" comes
 * in Sage and Charcoal when Tall/Cream is sold out); when stock would leave one choice, every
 * choice is named, as before. A pure check of resolveVariant on an invented product.
 */
import { describe, expect, it } from 'vitest';
import { ShopError } from '../../src/shop/errors.ts';
import { resolveVariant } from '../../src/shop/products/availability.ts';
import type { ProductDetail, VariantDetail } from '../../src/shop/products/details.ts';

const v = (size: string, color: string, stock: number): VariantDetail => ({
  id: `v_${size}_${color}`,
  sku: `SKU-${size}-${color}`,
  size,
  color,
  options: {},
  priceCents: 3200,
  compareAtCents: null,
  stock,
  weightGrams: null,
  weightUnit: null,
});

const product = (variants: VariantDetail[]): ProductDetail => ({
  id: 'p_smock',
  name: 'Potter Smock',
  brand: 'Kilnhouse',
  category: 'smocks',
  description: '',
  image: '',
  url: '',
  currency: 'USD',
  tags: [],
  variants,
});

function refusal(p: ProductDetail, wish: Parameters<typeof resolveVariant>[1]) {
  try {
    resolveVariant(p, wish, { quantity: 1 });
  } catch (e) {
    if (e instanceof ShopError) return { code: e.code, details: e.details as { colors: string[] } };
  }
  return undefined;
}

describe('variant_required choices', () => {
  it('names only the colours in stock in the size chosen', () => {
    const p = product([
      v('Tall', 'Rust', 4),
      v('Tall', 'Slate', 2),
      v('Tall', 'Bone', 0),
      v('Short', 'Bone', 3),
    ]);
    const r = refusal(p, { size: 'Tall' });
    expect(r?.code).toBe('variant_required');
    expect(r?.details.colors).toEqual(['Rust', 'Slate']);
  });
  it('names every colour when stock leaves only one', () => {
    const p = product([v('Tall', 'Rust', 4), v('Tall', 'Bone', 0)]);
    const r = refusal(p, { size: 'Tall' });
    expect(r?.code).toBe('variant_required');
    expect(r?.details.colors).toEqual(['Rust', 'Bone']);
  });
});
