/**
 * A Spanish shopper on an English-only catalog of a vertical the built-in retail table does not
 * cover (a camp kitchen and fishing shop): the catalog's own words reach Spanish through the bilingual
 * dictionary (Apertium), built when the vocabulary is built. The control runs the same requests
 * without the dictionary's words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ApertiumDictionary } from '../../src/shop/catalog/apertium.ts';
import { catalogSpanishWords } from '../../src/shop/catalog/catalog-spanish.ts';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { type CompiledVocabulary, compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const SHOP: CatalogVocabulary = {
  language: 'es',
  productNames: [
    'Riverside Stainless Soup Ladle',
    'Finemesh Flour Sieve 8 inch',
    'Minnow Diving Lure',
    'Bobber Float Set',
    'Stargazer 70 Refracting Telescope',
  ],
  categories: [
    'ladles',
    'ladle',
    'sieves',
    'sieve',
    'lures',
    'lure',
    'floats',
    'float',
    'telescopes',
    'telescope',
  ],
  brands: ['Riverside', 'Finemesh', 'Minnow', 'Bobber', 'Stargazer'],
  colors: ['silver', 'red'],
  sizes: [],
  attributes: ['stainless', 'diving'],
  minPrice: 6,
  maxPrice: 249,
  currency: 'USD',
};

describe('Spanish shoppers through the catalog dictionary', () => {
  let withDictionary: CompiledVocabulary;
  const without = compileVocabulary(SHOP);

  beforeAll(async () => {
    const spanishWords = await catalogSpanishWords(
      [...SHOP.productNames, ...SHOP.categories, ...SHOP.attributes],
      new ApertiumDictionary(),
    );
    withDictionary = compileVocabulary({ ...SHOP, spanishWords });
  });

  it('reads catalog nouns the retail table lacks', () => {
    const category = (text: string, v: CompiledVocabulary) => understand(text, v, 'es').slots.category;
    expect(category('busco cucharones', withDictionary)).toMatch(/^ladles?$/);
    expect(category('¿tenéis tamices?', withDictionary)).toMatch(/^sieves?$/);
    expect(category('enséñame señuelos', withDictionary)).toMatch(/^lures?$/);
    // Control: without the dictionary's words the same requests name no category.
    expect(category('busco cucharones', without)).toBeUndefined();
    expect(category('¿tenéis tamices?', without)).toBeUndefined();
    expect(category('enséñame señuelos', without)).toBeUndefined();
  });

  it('keeps price bounds and leaves shopping words alone', () => {
    const u = understand('un cucharón de menos de 20 dólares', withDictionary, 'es');
    expect(u.slots.category).toMatch(/^ladles?$/);
    expect(u.slots.maxPrice).toBe(20);
    expect(
      understand('¿cuál es el plazo de devolución?', withDictionary, 'es').slots.category,
    ).toBeUndefined();
  });
});
