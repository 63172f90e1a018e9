/**
 * LM v21 (session 24): how shoppers name a catalog's things that the corpus had no path for, on an
 * invented pottery shop (no dev or eval catalog sells kilns): a title's last two words, coined
 * noun tags in the plural, description nouns in the singular, dimensions with
 * halves, an option value right after the product, "a thousand", brands, amounts held or counted.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { productNameForms } from './catalog-forms.ts';
import { featureSingulars, nounPhrases } from './description-phrases.ts';
import { fillersFor, generateCorpus, optionForms } from './phrases.ts';

const POTTERY: CatalogVocabulary = {
  language: 'en',
  productNames: ['Claybank Electric Test Kiln', 'Claybank Banding Wheel', 'Wedgewell Stoneware Clay'],
  categories: ['kilns', 'wheels', 'clay'],
  brands: ['Claybank', 'Wedgewell'],
  colors: ['White'],
  sizes: [],
  attributes: ['kiln', 'glazed', 'slipcast', 'bat'],
  options: ['size', '8.5 x 11 in', 'weight', '25 lb', '50 lb', 'pack', '25 sheets'],
  promoCodes: [],
  descriptionTerms: [],
  descriptionSentences: ['Fires small batches for apartments.', 'The lid lies flat on the rim.'],
  minPrice: 20,
  maxPrice: 1200,
  currency: 'USD',
};

/** The dictionary of the test: knows the usual words, not the coined "slipcast" or "bat" plural. */
const KNOWN = new Set(['kiln', 'kilns', 'glazed', 'apartment', 'lie', 'wheel', 'bat']);
const known = (w: string) => KNOWN.has(w);

describe('catalog shapes of LM v21', () => {
  it('reads both numbers of a dimension as numbers ("eight and a half by eleven")', () => {
    expect(optionForms('8.5 x 11 in')).toContain('eight and a half by eleven inch');
  });

  it("names a long title by its last two words ('test kiln', 'banding wheel')", () => {
    const forms = productNameForms('Claybank Electric Test Kiln', ['Claybank'], ['ovens']);
    expect(forms).toContain('test kiln');
  });

  it('makes the plural of a coined noun tag the dictionary lacks, never of an adjective', () => {
    const nouns = nounPhrases(['kiln', 'glazed', 'slipcast', 'bat'], known);
    expect(nouns.map((n) => n.plural)).toEqual(['kilns', 'slipcasts']);
    const category = fillersFor(POTTERY, undefined, known).category;
    expect(category).toContain('slipcasts');
    expect(category).not.toContain('glazed');
    // A tag in the singular is no category ("brush is" was heard for "brushes").
    expect(category).not.toContain('bat');
  });

  it('gives one-word description features their singular when the dictionary knows it', () => {
    expect(featureSingulars(['apartments', 'lies', 'glass', 'flow rate', 'bats', 'bat'], known)).toEqual([
      'apartment',
      'lie',
    ]);
  });

  it('puts after a product only option values with a word besides numbers ("twenty five pounds", not "twenty five")', () => {
    const phrases = fillersFor(POTTERY, undefined, known).optionPhrase;
    expect(phrases).toContain('twenty five pounds');
    expect(phrases).not.toContain('twenty five');
  });

  it('says prices with "a", asks for brands and amounts, and puts the option value after the product', () => {
    const corpus = generateCorpus(POTTERY, { sentences: 30_000, knownWord: known });
    const has = (re: RegExp) => corpus.some((s) => re.test(s));
    expect(has(/\ba thousand dollars\b/)).toBe(true);
    expect(has(/^(what|which) brands (do you|are there)/)).toBe(true);
    expect(has(/^how much weight (does|do|can|will) /)).toBe(true);
    expect(has(/^how many sheets (come in|are in) /)).toBe(true);
    expect(has(/ (banding wheel|stoneware clay) (twenty five|fifty) (pound|pounds)\b/)).toBe(true);
    expect(has(/^[a-z']+ [a-z ]+ lie flat\b/)).toBe(true);
  });
});
