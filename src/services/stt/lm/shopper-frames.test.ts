/**
 * The frames session 17 added to the catalog corpus (phrases.ts), on an invented model-railway
 * shop whose option values are said with their option's name ("in ho scale").
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { generateCorpus } from './phrases.ts';

const RAILWAY: CatalogVocabulary = {
  language: 'en',
  productNames: ['Railmark Switcher Locomotive', 'Railmark Freight Starter Set', 'Greenfield Pine Trees'],
  categories: ['locomotives', 'train sets', 'scenery'],
  brands: ['Railmark', 'Greenfield'],
  colors: ['Black'],
  sizes: [],
  attributes: [],
  // Option names are lower case in the vocabulary, values as the catalog spells them.
  options: ['scale', 'HO', 'N', 'height', '3 in', '5 in', 'output', '2.5 A'],
  promoCodes: [],
  descriptionTerms: [],
  descriptionSentences: [],
  minPrice: 10,
  maxPrice: 300,
  currency: 'USD',
};

describe('shopper frames in the catalog corpus', () => {
  const corpus = generateCorpus(RAILWAY, { sentences: 20_000 });
  const has = (re: RegExp) => corpus.some((s) => re.test(s));

  it('says an option value with its option name after it, and asks for an option by its name', () => {
    expect(has(/\bin (the )?(ho|n) scale\b/)).toBe(true);
    expect(has(/\b(three|five) inch height\b/)).toBe(true);
    expect(has(/^(what|which) (height|output|scale) /)).toBe(true);
    expect(has(/\btwo and a half amps?\b/)).toBe(true);
  });

  it('asks what comes with a product, who it is for, how two differ and how to pay', () => {
    expect(has(/^(what|what else) comes (with|in) /)).toBe(true);
    expect(has(/ for a (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) year old$/)).toBe(true);
    expect(has(/ different from (the )?\w+/)).toBe(true);
    expect(has(/\b(take|accept) (personal checks|american express)$/)).toBe(true);
  });
});
