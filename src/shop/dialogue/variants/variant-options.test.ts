/**
 * A bare number after "in a" / "en la" read as a measured size ("in a 16" → "16 in"),
 * on an invented jewelry catalog (chain lengths as an option, ring sizes as sizes).
 */
import { describe, expect, it } from 'vitest';
import type { ProductInfo } from '../results.ts';
import { matchSize } from '../steps/resolve.ts';
import { understand } from '../understand/nlu.ts';
import { compileVocabulary } from '../words/vocab.ts';
import { quantityAsValue } from './variant-options.ts';

const vocab = compileVocabulary({
  language: 'en',
  productNames: ['Lumen Box Chain Necklace', 'Halo Band Ring'],
  categories: ['necklaces', 'rings'],
  brands: [],
  colors: [],
  sizes: ['16 in', '18 in', '20 in'],
  attributes: [],
  minPrice: 20,
  maxPrice: 400,
  currency: 'USD',
});
const necklace: ProductInfo = {
  id: 'p_lumen',
  name: 'Lumen Box Chain Necklace',
  sizes: [],
  colors: [],
  options: [
    {
      name: 'Chain Length',
      values: [
        { value: '16 in', inStock: true },
        { value: '18 in', inStock: false },
        { value: '20 in', inStock: true },
      ],
    },
  ],
};
const ring: ProductInfo = {
  id: 'p_halo',
  name: 'Halo Band Ring',
  sizes: [
    { size: '6 mm', inStock: true },
    { size: '8 mm', inStock: true },
  ],
  colors: [],
};
const read = (text: string, product: ProductInfo) => quantityAsValue(understand(text, vocab, 'en'), product);

describe('a bare number at the end read as a measured size', () => {
  it('reads "in a 16" as the option value with a unit', () => {
    expect(read('is the lumen box chain necklace available in a 16', necklace)).toEqual({ size: '16 in' });
  });
  it('reads "in a 6" as the size with a unit', () => {
    expect(read('is the halo band ring available in a 6', ring)).toEqual({ size: '6 mm' });
  });
  it('keeps a count a count when no size word leads it, or no value has that number', () => {
    expect(read("I'll take the halo band ring, 8", ring)).toBeUndefined();
    expect(read('is the halo band ring available in a 7', ring)).toBeUndefined();
  });
});

describe('a number said matched to a size measured in a unit', () => {
  it('finds the one size that is the number with a unit, and none when the number is not a size', () => {
    expect(matchSize(ring, undefined, [8])).toBe('8 mm');
    expect(matchSize(ring, undefined, [7])).toBeUndefined();
    expect(matchSize(ring, undefined, [])).toBeUndefined();
  });
});
