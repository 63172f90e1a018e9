/**
 * The completeness judge the turn detector uses: complete requests end the turn, unfinished ones
 * wait. Rows on the outdoor-gear vocabulary and the bookshop fixture (EN and ES).
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { judgeRequestCompleteness } from '../../src/shop/dialogue/index.ts';
import { BOOKS, vocabularyOf } from './fixtures.ts';

const OUTDOOR: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Cascade Mid GTX Waterproof Hiking Boots - Men’s',
    'Carbon Trek Trekking Poles',
    'Ridgeline UL 2 Person Tent',
  ],
  categories: ['hiking boots', 'hiking boot', 'trekking poles', 'trekking pole', 'tents', 'tent'],
  brands: ['Alpenrock', 'Kestrel'],
  colors: ['brown', 'moss'],
  sizes: ['9', '9.5', '10', 'Long', 'Regular'],
  attributes: ['waterproof', 'ultralight'],
  minPrice: 39,
  maxPrice: 349,
  currency: 'USD',
};

type Row = [text: string, lang: 'en' | 'es', want: 'complete' | 'incomplete' | 'unknown'];

// prettier-ignore
const ROWS: Row[] = [
  ['two pairs of the cascade mid in size nine and a half', 'en', 'complete'],
  ['i want a pair of', 'en', 'incomplete'],
  ['add the carbon trek poles and', 'en', 'incomplete'],
  ['show me tents under two hundred', 'en', 'complete'],
  ['show me', 'en', 'incomplete'],
  ['add it to my cart', 'en', 'complete'],
  ['add', 'en', 'incomplete'],
  ['is it waterproof', 'en', 'complete'],
  ['only the alpenrock ones', 'en', 'complete'],
  ['in size', 'en', 'incomplete'],
  ['what is in my cart', 'en', 'complete'],
  ['yes', 'en', 'complete'],
  ['empty my cart', 'en', 'complete'],
  ['hmm the weather', 'en', 'unknown'],
  ['quiero las cascade mid en talla diez', 'es', 'complete'],
  ['quiero unas botas de', 'es', 'incomplete'],
  ['busco tiendas de campaña', 'es', 'complete'],
  ['añade', 'es', 'incomplete'],
  ['vacía mi carrito', 'es', 'complete'],
  // A parsed request with its object ends the turn though a misheard word trails it.
  ['add the carbon trek poles are', 'en', 'complete'],
  ['show me brown hiking boots that', 'en', 'complete'],
  // …but not where the grammar needs more, and not while digits are read out.
  ['add the carbon trek poles in size', 'en', 'incomplete'],
  ['show me tents under', 'en', 'incomplete'],
  ['my order number is 4 5', 'en', 'incomplete'],
  ['i want', 'en', 'incomplete'],
  ['what sizes do you have', 'en', 'complete'],
  ['add those', 'en', 'complete'],
  ['quiero las botas cascade mid en', 'es', 'incomplete'],
];

describe('judgeRequestCompleteness', () => {
  it.each(ROWS)('"%s" (%s) is %s', (text, lang, want) => {
    expect(judgeRequestCompleteness(text, lang, { ...OUTDOOR, language: lang })).toBe(want);
  });

  it('works without a language and on another catalog', () => {
    const books = vocabularyOf(BOOKS, 'en');
    expect(judgeRequestCompleteness('add quantum cats to my cart', undefined, books)).toBe('complete');
    expect(judgeRequestCompleteness('i would like the', undefined, books)).toBe('incomplete');
  });
});
