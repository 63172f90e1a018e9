/**
 * Spanish mechanisms of branch dlg-es5 (issue 12): an English form of the built-in vocabulary is
 * used only when one of the catalog's names or kinds holds all of its words, and a kind word that
 * heads several of the shop's kinds never names the one product whose title happens to hold it.
 */
import { describe, expect, it } from 'vitest';
import { optionValueScore } from '../../src/shop/catalog/option-values.ts';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { translateForCatalog } from '../../src/shop/dialogue/spanish/bilingual.ts';
import { saidAsRelative } from '../../src/shop/dialogue/steps/relative-size.ts';
import { compileVocabulary, findProductNames } from '../../src/shop/dialogue/words/vocab.ts';

const TRAINS: CatalogVocabulary = {
  language: 'es',
  productNames: [
    'Coupler Yard Tank Car',
    'Coupler Yard Streamline Coach',
    'Coupler Yard 40 ft Boxcar',
    'Voltwise Power Pack',
  ],
  categories: ['freight cars', 'freight car', 'passenger cars', 'passenger car', 'car', 'power packs'],
  brands: ['Coupler Yard', 'Voltwise'],
  colors: ['black', 'silver'],
  sizes: [],
  attributes: ['tank car', 'power pack'],
  minPrice: 10,
  maxPrice: 300,
  currency: 'USD',
};

describe('an English phrase of the built-in vocabulary needs one catalog entry holding it', () => {
  it('keeps "pilas" when the shop has a Power Pack and a Tank Car but nothing that is a power tank', () => {
    expect(translateForCatalog(['pilas', 'para', 'el', 'furgon'], compileVocabulary(TRAINS), 'es')).toEqual([
      'pilas',
      'para',
      'el',
      'furgon',
    ]);
  });
  it('reads "pilas" as the power tank a telescope shop sells', () => {
    const astro = { ...TRAINS, productNames: ['Skyline Power Tank 17 Ah'], attributes: [] };
    expect(translateForCatalog(['pilas'], compileVocabulary(astro), 'es')).toEqual(['power', 'tanks']);
  });
});

describe('a kind word alone names a product only when it is one kind of the shop', () => {
  const said = (tokens: string[], v: CatalogVocabulary) =>
    findProductNames(tokens, compileVocabulary(v), 0.5, true).map((n) => n.name);
  it('"un car de viajeros" does not name the Tank Car: "car" heads Freight Cars and Passenger Cars', () => {
    expect(said(['un', 'car', 'de', 'viajeros'], TRAINS)).not.toContain('Coupler Yard Tank Car');
  });
  it('"el shaker" still names the one shaker of a shop whose only kind of shaker it is', () => {
    const bar: CatalogVocabulary = {
      ...TRAINS,
      productNames: ['Boston Shaker Tin', 'Crystal Mixing Glass', 'Hawthorne Strainer'],
      categories: ['shakers', 'shaker', 'mixing glasses', 'mixing glass', 'strainers', 'strainer'],
      brands: [],
      attributes: [],
    };
    expect(said(['el', 'shaker'], bar)).toEqual(['Boston Shaker Tin']);
  });
});

describe('a Spanish relative size word is not a size where none fits', () => {
  it('tells "el grande" (big) from "talla grande" (size L)', () => {
    expect(saidAsRelative('quiero el grande', 'L')).toBe(true);
    expect(saidAsRelative('dos botes del gel, de los grandes', 'L')).toBe(true);
    expect(saidAsRelative('la bolsa pequeña', 'S')).toBe(true);
    expect(saidAsRelative('una camiseta talla grande', 'L')).toBe(false);
    expect(saidAsRelative('en la L', 'L')).toBe(false);
  });
});

describe('regional retail words of Spanish shoppers', () => {
  const shop = (productNames: string[]): CatalogVocabulary => ({
    ...TRAINS,
    productNames,
    categories: [],
    attributes: [],
  });
  it('reads "canasta" as the hoop a basketball shop sells, and as a basket elsewhere', () => {
    expect(
      translateForCatalog(['canastas'], compileVocabulary(shop(['Courtside Portable Hoop'])), 'es'),
    ).toEqual(['hoops']);
    expect(translateForCatalog(['canasta'], compileVocabulary(shop(['Willow Picnic Basket'])), 'es')).toEqual(
      ['basket'],
    );
  });
  it('reads "tobillera" as an ankle brace and "basquetbol" as basketball', () => {
    const v = compileVocabulary(shop(['Skyrise Lace-Up Ankle Brace', 'Courtside Outdoor Basketball']));
    expect(translateForCatalog(['tobillera'], v, 'es')).toEqual(['ankle', 'brace']);
    expect(translateForCatalog(['pelota', 'de', 'basquetbol'], v, 'es')).toContain('basketball');
  });
});

describe('an option value said with its filler words', () => {
  it('"Bote de 3" said is the stored "Bote de 3", not the "Caja de 24 botes"', () => {
    expect(optionValueScore('Bote de 3', 'Formato', 'Bote de 3')).toBe(2);
    expect(optionValueScore('Bote de 3', 'Formato', 'Caja de 24 botes')).toBe(0);
  });
});
