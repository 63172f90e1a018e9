import { describe, expect, it } from 'vitest';
import type { ProductDetail } from '../products/details.ts';
import { compareCandidates, queryTerms } from './compare.ts';
import { researchSummary } from './summary.ts';

function product(id: string, name: string, priceCents: number, description: string): ProductDetail {
  return {
    id,
    name,
    brand: 'Northpeak',
    category: 'trail-shoes',
    description,
    image: '',
    url: '',
    currency: 'EUR',
    tags: [],
    variants: [
      {
        id: `${id}-42`,
        sku: `${id}-42`,
        size: '42',
        color: null,
        options: {},
        priceCents,
        compareAtCents: null,
        stock: 3,
        weightGrams: null,
        weightUnit: null,
      },
    ],
  };
}

const RIDGE = product('p1', 'Ridge Waterproof', 14_999, 'Waterproof trail shoe.');
const FLY = product('p2', 'Mountain Fly', 12_999, 'Light trail shoe.');
const summary = (language: 'en' | 'es', products: ProductDetail[]) =>
  researchSummary({
    query: 'waterproof trail shoes',
    language,
    candidates: compareCandidates('waterproof trail shoes', products),
    passages: [],
    web: [],
  });

describe('research summary', () => {
  it('names a single candidate instead of "comparing 1 products"', () => {
    expect(summary('en', [RIDGE])).toBe(
      'I found one product for "waterproof trail shoes": Ridge Waterproof by Northpeak, €149.99, says waterproof, trail and shoes, in stock in 42. ' +
        'The cheapest in stock is Ridge Waterproof at €149.99.',
    );
    expect(summary('es', [RIDGE])).toMatch(
      /^Encontré un producto para «waterproof trail shoes»: Ridge Waterproof de Northpeak, /,
    );
  });

  it('compares two or more, the one saying more of the question first', () => {
    expect(summary('en', [FLY, RIDGE])).toMatch(
      /^I compared 2 products for "waterproof trail shoes"\. Top picks: Ridge Waterproof by Northpeak, €149\.99, says waterproof, trail and shoes, in stock in 42; Mountain Fly by Northpeak, €129\.99, says trail and shoes, /,
    );
  });

  it('matches a query word in any singular or plural form of the product text, English and Spanish', () => {
    // Before the catalog's forms were used, "shoes" was cut to "sho" and never found "shoe".
    const [ridge] = compareCandidates('waterproof trail shoes', [RIDGE]);
    expect(ridge?.mentions).toEqual(['waterproof', 'trail', 'shoes']);
    const bota = product('p3', 'Bota Alta', 9_999, 'Botas impermeables de montaña.');
    expect(compareCandidates('bota impermeable para montañas', [bota])[0]?.mentions).toEqual([
      'bota',
      'impermeable',
      'montanas',
    ]);
  });

  it('keeps the words that say what the product is, not how to choose or what it costs', () => {
    expect(queryTerms('the best waterproof t-shirt under 50 dollars for my wife')).toEqual([
      'waterproof',
      'shirt',
      'tshirt',
      'wife',
    ]);
    expect(queryTerms('la mejor chaqueta impermeable por menos de 100 euros')).toEqual([
      'chaqueta',
      'impermeable',
    ]);
  });
});
