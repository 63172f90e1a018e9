/**
 * Finding the kind of product asked for, on an invented car-parts store: a category named by its
 * exact words over narrower ones, a head noun shared by several categories, and the catalog's
 * tags said by the shopper required of the title, type or tags (not the description's prose).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../../test/store/databases.ts';
import { importCatalogText } from './import/index.ts';
import { type SearchInput, searchProducts } from './search.ts';
import { getVocabulary } from './vocabulary.ts';

const product = (
  handle: string,
  title: string,
  productType: string,
  tags: string[],
  body = '',
  price = 20,
) => ({
  handle,
  title,
  productType,
  tags,
  description: body,
  variants: [{ sku: handle, price, stock: 3 }],
});

const CATALOG = {
  format: 'voice-shopper-catalog',
  version: 1,
  products: [
    product('oil-5w30', 'Lubrix 5W-30 Synthetic Motor Oil', 'Motor Oil', ['synthetic', 'motor oil']),
    product('oil-flush', 'Lubrix Racing Motor Oil Flush', 'Racing Motor Oil', ['flush'], '', 12),
    product(
      'front-pads',
      'Stopwell Ceramic Front Brake Pads',
      'Brake Pads',
      ['front', 'ceramic'],
      'Asbestos-free compound.',
    ),
    product(
      'rear-pads',
      'Stopwell Organic Rear Brake Pads',
      'Brake Pads',
      ['rear', 'organic'],
      'Pairs with our front brake pads. Asbestos content under 1%.',
    ),
    product('jump-cables', 'Sparkline Jump Starter Cables', 'Battery Cables', ['jump start']),
    product('led-bulb', 'Brightway LED Headlight Bulb', 'Headlight Bulbs', ['led', 'headlight']),
    product(
      'halogen-bulb',
      'Brightway Halogen Headlight Bulb',
      'Headlight Bulbs',
      ['halogen', 'headlight'],
      'Not an LED bulb.',
    ),
    product('tail-bulb', 'Brightway Tail Light Bulb', 'Tail Light Bulbs', ['tail light']),
    product('winter-wiper', 'Clearline Winter Wiper Blade', 'Wiper Blades', ['winter', 'suv']),
    product(
      'sedan-wiper',
      'Clearline All-Season Wiper Blade',
      'Wiper Blades',
      ['sedan'],
      'Too short for an SUV.',
    ),
    product('suv-mat', 'Floorguard Rubber Floor Mat', 'Floor Mats', ['rubber', 'family suv']),
  ],
};

describe('finding kinds of product on a car-parts store (sqlite)', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore('sqlite');
    await importCatalogText(store.db, JSON.stringify(CATALOG), { name: 'parts.json' });
  });
  afterAll(async () => {
    await store?.close();
  });
  const handles = async (q: SearchInput) =>
    (await searchProducts(store.db, q)).items.map((i) => i.handle).sort();

  it('"motor oil" is Motor Oil, not the narrower Racing Motor Oil', async () => {
    expect(await handles({ category: 'motor oil' })).toEqual(['oil-5w30']);
    // Said with the qualifier, the narrower kind is found.
    expect(await handles({ category: 'racing motor oil' })).toEqual(['oil-flush']);
  });

  it('a head noun two categories share names both ("bulbs"), and the vocabulary offers it', async () => {
    expect(await handles({ category: 'bulbs' })).toEqual(['halogen-bulb', 'led-bulb', 'tail-bulb']);
    const vocab = await getVocabulary(store.db, 'en');
    expect(vocab.categories).toEqual(expect.arrayContaining(['bulbs', 'bulb']));
    // One category alone ending in a word names it, when no product of another kind says the word.
    expect(vocab.categories).toEqual(expect.arrayContaining(['pads', 'pad']));
    // A Spanish shopper's vocabulary keeps English names singular the English way.
    const es = await getVocabulary(store.db, 'es');
    expect(es.categories).toContain('battery cable');
    expect(es.categories).not.toContain('battery cabl');
  });

  it('tags said are required of the title, type or tags, not of the prose', async () => {
    expect(await handles({ query: 'front brake pads' })).toEqual(['front-pads']);
    expect(await handles({ query: 'led', category: 'headlight bulbs' })).toEqual(['led-bulb']);
  });

  it('a property compound the prose states ("asbestos-free") is required as such', async () => {
    expect(await handles({ query: 'asbestos free', category: 'brake pads' })).toEqual(['front-pads']);
  });

  it('a tag phrase nobody carries falls back to its words that are tags', async () => {
    // "Wiper blades for my family SUV": no wiper is tagged "family suv", the winter one is tagged "suv".
    expect(await handles({ query: 'family suv', category: 'wiper blades' })).toEqual(['winter-wiper']);
    // A phrase no candidate carries in any form is dropped: what the words match still answers.
    expect(await handles({ query: 'family suv', category: 'floor mats' })).toEqual(['suv-mat']);
    expect(await handles({ query: 'rubber sedan' })).toEqual(['sedan-wiper', 'suv-mat']);
  });
});
