import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../../../test/store/databases.ts';
import { seedDemo } from '../demo/index.ts';
import { getCatalogVersion, onCatalogChange } from './version.ts';
import { descriptionTerms, getVocabulary, singularPhrase } from './vocabulary.ts';

describe.each(TEST_DIALECTS)('catalog vocabulary (%s)', (dialect) => {
  const t = useTestStore(dialect);

  it('lists the catalog words per language, and the catalog version moves on change', async () => {
    const heard: number[] = [];
    const off = onCatalogChange((c) => heard.push(c.version));
    expect(await getCatalogVersion(t.store.db)).toBe(0);
    await seedDemo(t.store.db);
    off();
    const version = await getCatalogVersion(t.store.db);
    expect(version).toBe(1);
    expect(heard).toEqual([1]);

    const en = await getVocabulary(t.store.db, 'en');
    const es = await getVocabulary(t.store.db, 'es');
    expect(en.productNames).toContain('Stride Pace Runner');
    expect(es.productNames).toContain('Zapatillas Stride Pace Runner');
    expect(en.categories).toEqual(
      expect.arrayContaining(['running shoes', 'running shoe', 'hoodies', 'hoodie']),
    );
    expect(es.categories).toEqual(
      expect.arrayContaining(['zapatillas de running', 'zapatilla de running', 'sudaderas', 'sudadera']),
    );
    expect(en.brands).toEqual(['Alba', 'Kinetica', 'Northpeak', 'Stride', 'Terra', 'Velox']);
    expect(en.colors).toContain('black');
    expect(es.colors).toEqual(expect.arrayContaining(['negro', 'azul', 'azul marino']));
    expect(en.sizes).toEqual(expect.arrayContaining(['36', '46', 'S', 'XL', 'G2']));
    expect(en.attributes).toContain('waterproof');
    expect(en).toMatchObject({ minPrice: 6.99, maxPrice: 199.99, currency: 'EUR' });
  });
});

describe('singularPhrase', () => {
  it.each([
    ['Running shoes', 'en', 'running shoe'],
    ['Dog Leashes', 'en', 'dog leash'],
    ['Kitchen Knives', 'en', 'kitchen knife'],
    ['Watches', 'en', 'watch'],
    ['Dog Harnesses', 'en', 'dog harness'],
    ['Batteries', 'en', 'battery'],
    ['Phone Accessories', 'en', 'phone accessory'],
    ['Hoodies', 'en', 'hoodie'],
    ['Beanies', 'en', 'beanie'],
    ['Cookies', 'en', 'cookie'],
    ['Zapatillas de running', 'es', 'zapatilla de running'],
    ['Pantalones cortos', 'es', 'pantalon corto'],
    ['Botas de fútbol', 'es', 'bota de fútbol'],
  ] as const)('%s (%s) → %s', (phrase, language, expected) => {
    expect(singularPhrase(phrase, language)).toBe(expected);
  });
});

describe('descriptionTerms', () => {
  it('finds the property compounds a description states, not "safe and free"', () => {
    expect(
      descriptionTerms([
        '<p>A <b>fragrance-free</b> balm, dishwasher safe and BPA free.</p>',
        'It is safe and free of dyes. Shatter-Proof lid, water-resistant seams.',
      ]),
    ).toEqual(['bpa-free', 'dishwasher-safe', 'fragrance-free', 'shatter-proof', 'water-resistant']);
  });
});
