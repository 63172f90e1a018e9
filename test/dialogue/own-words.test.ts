/**
 * Which words name one product: a word only one title has ("Comfort-Fit") but the shop's texts use
 * all over ("fits", "true to fit") is the shopper's verb, not that product's name; a tag said with
 * a definite article ("the cuff") is the one product whose title has it.
 */
import { describe, expect, it } from 'vitest';
import { commonWords } from '../../src/shop/catalog/vocabulary.ts';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const TEXTS = [
  'A domed comfort fit band.',
  'Fits most wrists, 6 to 7.5 in.',
  'True to size fit.',
  'Quick-release strap that fits 20 mm lugs.',
  'A slim eternity band of lab diamonds.',
];

const V: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Aurelle Classic Comfort-Fit Wedding Band 4mm',
    'Brightstone Infinity Eternity Band 2 ct',
    'Silverline Hammered Open Cuff Bracelet',
    'Tempora Leather Watch Strap',
  ],
  categories: ['wedding bands', 'wedding band', 'bracelets', 'bracelet', 'watch straps', 'watch strap'],
  brands: ['Aurelle', 'Brightstone', 'Silverline', 'Tempora'],
  colors: [],
  sizes: [],
  attributes: ['eternity band', 'cuff', 'hammered', 'leather'],
  commonWords: commonWords(TEXTS),
  minPrice: 50,
  maxPrice: 2000,
  currency: 'USD',
};
const v = compileVocabulary(V);

describe('own words of a product name', () => {
  it('counts a word as common when the texts of several products use it', () => {
    expect(commonWords(TEXTS)).toContain('fit');
    expect(commonWords(TEXTS)).not.toContain('eternity');
  });

  it('"if it doesn’t fit" does not name the Comfort-Fit band', () => {
    const u = understand("can the eternity band be resized if it doesn't fit?", v, 'en');
    expect(u.slots.productNames).toEqual(['Brightstone Infinity Eternity Band 2 ct']);
  });

  it('"the cuff" is the one product whose title has that tag', () => {
    const u = understand('would the cuff fit a small wrist?', v, 'en');
    expect(u.slots.productNames).toEqual(['Silverline Hammered Open Cuff Bracelet']);
  });
});
