/**
 * Finding by what a product is for, on an invented climbing store: need words said beside a kind
 * order that kind by what the texts say (and leave out those saying none), singular words find
 * plural prose, and a kind word keeps the search to that kind when a describing tag cannot join it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../../test/store/databases.ts';
import { importCatalogText } from './import/index.ts';
import { type SearchInput, searchProducts } from './search.ts';
import { inflections } from './text.ts';

const product = (handle: string, title: string, productType: string, tags: string[], body: string) => ({
  handle,
  title,
  productType,
  tags,
  description: body,
  variants: [{ sku: handle, price: 50, stock: 3 }],
});

const CATALOG = {
  format: 'voice-shopper-catalog',
  version: 1,
  products: [
    product(
      'flat-shoe',
      'Crux Flat Lace Shoe',
      'Climbing Shoes',
      ['beginner'],
      'Roomy toe box that fits wide feet.',
    ),
    product('steep-shoe', 'Crux Steep Velcro Shoe', 'Climbing Shoes', ['downturned'], 'Narrow, precise fit.'),
    product('slipper', 'Crux Soft Slipper', 'Climbing Shoes', ['slipper'], 'Sensitive on overhangs.'),
    product('gym-harness', 'Crux Gym Harness', 'Harnesses', ['sport'], 'A good first harness.'),
    product('alpine-harness', 'Crux Alpine Harness', 'Harnesses', ['alpine'], 'Goes on over ski pants.'),
    product('tube', 'Crux Tube Belay Device', 'Belay Devices', ['belay'], 'Simple and light.'),
    product(
      'assisted',
      'Crux Assisted Belay Device',
      'Belay Devices',
      ['belay'],
      'Recommended for beginners.',
    ),
  ],
};

describe('finding by need on a climbing store (sqlite)', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore('sqlite');
    await importCatalogText(store.db, JSON.stringify(CATALOG), { name: 'climb.json' });
  });
  afterAll(async () => {
    await store?.close();
  });
  const handles = async (q: SearchInput) => (await searchProducts(store.db, q)).items.map((i) => i.handle);

  it('need words order the kind and leave out the products saying none of them', async () => {
    expect(await handles({ category: 'climbing shoes', prefer: 'wide feet fit' })).toEqual(['flat-shoe']);
    expect(await handles({ category: 'harnesses', prefer: 'goes over ski pants' })).toEqual([
      'alpine-harness',
    ]);
  });

  it('need words nobody says leave the kind as it was', async () => {
    expect((await handles({ category: 'harnesses', prefer: 'purple unicorns' })).sort()).toEqual([
      'alpine-harness',
      'gym-harness',
    ]);
  });

  it('a singular word finds its plural in the prose ("beginner" in "for beginners")', async () => {
    expect(inflections('beginner')).toContain('beginners');
    expect(inflections('glass')).toContain('glasses');
    expect(inflections('9.8mm')).toEqual(['9.8mm']);
    expect((await handles({ query: 'belay beginner' }))[0]).toBe('assisted');
  });

  it('a kind word keeps the search to its kind when a describing tag cannot join it', async () => {
    // "beginner" is a tag of a shoe only; "belay" names the Belay Devices: no shoe is shown.
    expect((await handles({ query: 'belay beginner' })).sort()).toEqual(['assisted', 'tube']);
  });
});
