import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, TEST_DIALECTS, type TestStore } from '../../../test/store/databases.ts';
import { DEMO_OUT_OF_STOCK_PRODUCT, seedDemo } from '../demo/index.ts';
import { importCatalogText } from './import/index.ts';
import { type SearchInput, searchProducts } from './search.ts';

/** [query or input, language, handles expected at the top (in any order), how many top results to look at]. */
const CASES: [string | SearchInput, 'en' | 'es', string[], number?][] = [
  ['running shoes', 'en', ['stride-pace-runner', 'stride-pace-runner-w', 'alba-daily-trainer'], 6],
  ['zapatillas para correr', 'es', ['stride-pace-runner', 'alba-daily-trainer', 'velox-tempo-2'], 6],
  ['trail shoes', 'en', ['northpeak-ridge-trail', 'terra-mountain-fly', 'northpeak-ridge-gtx'], 4],
  ['zapatillas de montaña', 'es', ['northpeak-ridge-trail', 'terra-mountain-fly'], 4],
  ['football boots', 'en', ['velox-strike-fg', 'kinetica-turf-pro'], 3],
  ['botas de fútbol', 'es', ['velox-strike-fg', 'kinetica-turf-pro'], 3],
  ['kids football boots', 'en', ['velox-strike-kids'], 1],
  ['botas de futbol para niños', 'es', ['velox-strike-kids'], 1],
  ['sudadera', 'es', ['alba-essential-hoodie', 'northpeak-thermal-hoodie', 'stride-zip-hoodie'], 3],
  ['waterproof jacket', 'en', ['northpeak-storm-jacket'], 1],
  ['chaqueta impermeable', 'es', ['northpeak-storm-jacket'], 1],
  ['yoga mat', 'en', ['kinetica-pro-yoga-mat', 'alba-travel-yoga-mat'], 2],
  ['esterillas', 'es', ['kinetica-pro-yoga-mat', 'alba-travel-yoga-mat'], 2],
  ['tennis racket', 'en', ['velox-ace-100', 'kinetica-junior-racket'], 2],
  ['raquetas de tenis', 'es', ['velox-ace-100', 'kinetica-junior-racket'], 2],
  ['botella de agua', 'es', ['terra-steel-bottle', 'velox-squeeze-bottle'], 2],
  ['merino socks', 'en', ['northpeak-merino-socks'], 1],
  ['calcetines de fútbol', 'es', ['velox-football-socks'], 1],
  ['gorra', 'es', ['stride-run-cap', 'northpeak-trucker-cap'], 2],
  ['mallas térmicas', 'es', ['stride-thermal-tights'], 1],
  ['pantalones cortos', 'es', ['alba-gym-shorts', 'stride-split-shorts', 'terra-trail-shorts'], 3],
  ['carbon racing shoe', 'en', ['velox-sprint-carbon'], 1],
  ['balón de fútbol', 'es', ['velox-match-football'], 1],
  ['warm winter jacket', 'en', ['northpeak-down-jacket'], 1],
  // STT-style errors: misspelt or misheard words.
  ['zapatiyas de running', 'es', ['stride-pace-runner', 'alba-daily-trainer'], 6],
  ['hoody', 'en', ['alba-essential-hoodie', 'stride-zip-hoodie'], 3],
  ['runing shose', 'en', ['stride-pace-runner', 'alba-daily-trainer'], 6],
  ['waterprof jaket', 'en', ['northpeak-storm-jacket'], 1],
  // Filters.
  [
    { query: 'shoes', color: 'negro', size: '44', inStock: true },
    'es',
    ['alba-daily-trainer', 'velox-tempo-2'],
    2,
  ],
  [
    { query: '', category: 'zapatillas de running', maxPrice: 100 },
    'es',
    ['alba-daily-trainer', 'stride-pace-runner', 'stride-pace-runner-w'],
    3,
  ],
];

describe.each(TEST_DIALECTS)('search on the demo catalog (%s)', (dialect) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(dialect);
    await seedDemo(store.db);
  });
  afterAll(async () => {
    await store?.close();
  });

  it.each(CASES)('%j (%s) → %j', async (q, language, expected, top = expected.length) => {
    const input = typeof q === 'string' ? { query: q } : q;
    const r = await searchProducts(store.db, { ...input, language, limit: 10 });
    const got = r.items.slice(0, top).map((i) => i.handle);
    for (const handle of expected) expect(got).toContain(handle);
  });

  it('answers in the shopper language with cards built from the stored variants', async () => {
    const r = await searchProducts(store.db, { query: 'Stride Pace Runner', language: 'es', limit: 1 });
    const card = r.items[0]!;
    expect(card).toMatchObject({
      handle: 'stride-pace-runner',
      name: 'Zapatillas Stride Pace Runner',
      price: 89.99,
      currency: 'EUR',
    });
    expect(card.colors.map((c) => c.color)).toEqual(['negro', 'azul', 'blanco']);
    expect(card.sizes.map((s) => s.size)).toEqual(['40', '41', '42', '43', '44', '45', '46']);
    expect(card.image).toBe('/images/stride-pace-runner.svg');
  });

  it('applies colour, size and stock to the same variant', async () => {
    const all = await searchProducts(store.db, {
      query: 'stride pace runner',
      color: 'black',
      size: '44',
      limit: 50,
    });
    expect(all.items.map((i) => i.handle)).toContain('stride-pace-runner');
    const inStock = await searchProducts(store.db, {
      query: 'stride pace runner',
      color: 'black',
      size: '44',
      inStock: true,
      limit: 50,
    });
    expect(inStock.items.map((i) => i.handle)).not.toContain('stride-pace-runner');
    const soldOut = await searchProducts(store.db, { query: 'terra summit', inStock: true, limit: 50 });
    expect(soldOut.items.map((i) => i.handle)).not.toContain(DEMO_OUT_OF_STOCK_PRODUCT);
  });

  it('honours price bounds and reports the lowest matching price', async () => {
    const r = await searchProducts(store.db, { query: 'jacket', minPrice: 100, maxPrice: 170, limit: 50 });
    expect(r.items.map((i) => i.handle)).toEqual(['northpeak-storm-jacket']);
    expect(r.items[0]!.price).toBe(159.99);
  });

  it('reports corrections and ignores words nothing resembles', async () => {
    const r = await searchProducts(store.db, { query: 'zapatiyas qwxzv' });
    expect(r.corrections).toEqual([{ from: 'zapatiyas', to: ['zapatillas'] }]);
    expect(r.ignored).toEqual(['qwxzv']);
    expect(r.items.length).toBeGreaterThan(0);
    expect((await searchProducts(store.db, { query: 'qwxzv' })).items).toEqual([]);
  });

  it('an unknown brand or category filter finds nothing rather than everything', async () => {
    expect((await searchProducts(store.db, { query: 'shoes', brand: 'Nonexistent' })).items).toEqual([]);
    expect((await searchProducts(store.db, { query: '', category: 'kayaks' })).items).toEqual([]);
  });
});

describe.each(TEST_DIALECTS)('search sees catalog changes (%s)', (dialect) => {
  it('finds a product imported after the first search', async () => {
    const store = await openTestStore(dialect);
    try {
      await seedDemo(store.db);
      expect((await searchProducts(store.db, { query: 'kayak paddle' })).items).toEqual([]);
      const catalog = {
        format: 'voice-shopper-catalog',
        version: 1,
        products: [
          {
            handle: 'river-kayak-paddle',
            title: 'River Kayak Paddle',
            productType: 'Paddles',
            variants: [{ sku: 'RKP', price: 59, stock: 2 }],
          },
        ],
      };
      await importCatalogText(store.db, JSON.stringify(catalog), { name: 'k.json' });
      const r = await searchProducts(store.db, { query: 'kayak paddle' });
      expect(r.items[0]?.handle).toBe('river-kayak-paddle');
    } finally {
      await store.close();
    }
  });
});

describe('categories by their head noun, left-out words, compounds (sqlite)', () => {
  it('"drill" is Drills not Drill Bits; exclude leaves out what the title or tags say; "skincare" finds Skin Care', async () => {
    const store = await openTestStore('sqlite');
    try {
      const product = (handle: string, title: string, productType: string, tags: string[] = []) => ({
        handle,
        title,
        productType,
        tags,
        variants: [{ sku: handle, price: 20, stock: 3 }],
      });
      const catalog = {
        format: 'voice-shopper-catalog',
        version: 1,
        products: [
          product('cordless-drill', 'Ferrow Cordless Drill', 'Drills', ['cordless']),
          product('corded-drill', 'Ferrow Corded Hammer Drill', 'Drills', ['corded']),
          product('brad-bits', 'Ferrow Brad Point Bits', 'Drill Bits', ['wood']),
          product('stone-bits', 'Ferrow Stone Bits', 'Drill Bits', ['masonry']),
          product('night-balm', 'Velda Night Balm', 'Skin Care'),
        ],
      };
      await importCatalogText(store.db, JSON.stringify(catalog), { name: 'tools.json' });
      const handles = async (q: SearchInput) =>
        (await searchProducts(store.db, q)).items.map((i) => i.handle).sort();
      expect(await handles({ category: 'drill' })).toEqual(['corded-drill', 'cordless-drill']);
      expect(await handles({ category: 'drill bits' })).toEqual(['brad-bits', 'stone-bits']);
      expect(await handles({ category: 'drill bits', exclude: 'masonry' })).toEqual(['brad-bits']);
      expect(await handles({ category: 'drills', exclude: 'corded' })).toEqual(['cordless-drill']);
      expect(await handles({ query: 'skincare' })).toEqual(['night-balm']);
    } finally {
      await store.close();
    }
  });
});
