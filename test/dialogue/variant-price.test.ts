/**
 * A price asked with option values is the named variant's price from the product's variant list
 * (issue 12), not the product's lowest price; "what does X go for" / "what's X run" ask a price.
 * A garden store's hoses and a kettle, not an evaluation round's products.
 */
import { describe, expect, it } from 'vitest';
import { asksPrice } from '../../src/shop/dialogue/understand/question.ts';
import {
  answerVariantPrice,
  pricedVariants,
  variantsNamed,
} from '../../src/shop/dialogue/variants/variant-price.ts';

const hose = pricedVariants({
  result: {
    variants: [
      { size: '50 ft', color: 'Green', price: 39 },
      { size: '100 ft', color: 'Green', price: 59 },
      { size: '100 ft', color: 'Black', price: 64 },
      { options: { Length: '25 ft', Fitting: 'Brass/Quick' }, price: 29 },
    ],
  },
});

describe('the variant named', () => {
  it('reads the variants with their values and price', () => {
    expect(hose[0]).toEqual({ values: ['50 ft', 'Green'], price: 39 });
    expect(hose[3]).toEqual({ values: ['25 ft', 'Brass/Quick'], price: 29 });
  });
  it('the variants with the most values said', () => {
    expect(variantsNamed(hose, 'how much is the 100 ft one in black').map((v) => v.price)).toEqual([64]);
    expect(variantsNamed(hose, 'how much for the 100ft').map((v) => v.price)).toEqual([59, 64]);
    expect(variantsNamed(hose, 'the brass quick one')).toHaveLength(1);
    expect(variantsNamed(hose, 'how much is it')).toEqual([]);
  });
  it('says the price of the one variant, or each when they differ', () => {
    expect(answerVariantPrice('Tidewater Hose', hose, 'what does the 50 ft go for', 'USD', 'en')).toBe(
      'Tidewater Hose in 50 ft is $39.00.',
    );
    expect(answerVariantPrice('Tidewater Hose', hose, 'cuanto vale la de 100 ft', 'USD', 'es')).toMatch(
      /^Tidewater Hose cuesta 100 ft, Green: 59,00\sUS\$; 100 ft, Black: 64,00\sUS\$\.$/u,
    );
    expect(answerVariantPrice('Tidewater Hose', hose, 'how much is it', 'USD', 'en')).toBeUndefined();
  });
});

describe('a price asked in other words', () => {
  it('go for, run, set me back', () => {
    for (const said of [
      'what does the kettle go for',
      'what s the big hose run in black',
      'what will the hose set me back',
    ])
      expect(asksPrice(said, 'en'), said).toBe(true);
    expect(asksPrice('i d go for the black one', 'en')).toBe(false);
  });
  it('a Spanish price with a pronoun or in the conditional ("cuánto me sale", "cuánto nos costarían")', () => {
    for (const said of [
      'y cuanto me sale la manguera verde',
      'cuanto nos costarian las dos teteras',
      'cuanto te valen los aspersores',
    ])
      expect(asksPrice(said, 'es'), said).toBe(true);
    // Other verbs after "cuánto" ask a figure, not a price.
    expect(asksPrice('cuanto me dura la manguera', 'es')).toBe(false);
    expect(asksPrice('cuanto se tarda en hervir', 'es')).toBe(false);
  });
});

describe('a superlative of a quality no sort knows', () => {
  it('"which is the thickest" asks a figure to rank by; with more words it is no such question', async () => {
    const { understand } = await import('../../src/shop/dialogue/understand/nlu.ts');
    const { compileVocabulary } = await import('../../src/shop/dialogue/words/vocab.ts');
    const v = compileVocabulary({
      language: 'en',
      productNames: [],
      categories: ['hoses'],
      brands: [],
      colors: [],
      sizes: [],
      attributes: [],
      minPrice: 1,
      maxPrice: 2,
      currency: 'USD',
    });
    expect(understand('which is the thickest?', v, 'en').slots.amount).toBe('thickest');
    expect(
      understand('which one reaches the furthest? I want to water the back fence', v, 'en').slots.amount,
    ).toBeUndefined();
    const es = compileVocabulary({
      language: 'es',
      productNames: [],
      categories: ['hoses'],
      brands: [],
      colors: [],
      sizes: [],
      attributes: [],
      minPrice: 1,
      maxPrice: 2,
      currency: 'USD',
    });
    expect(understand('¿cuál es la más gruesa?', es, 'es').slots.amount).toBe('thickest');
  });
  it("ranks by the figure next to the quality's word", async () => {
    const { rankAmount } = await import('../../src/shop/dialogue/answers/specs-amount.ts');
    const hoses = [
      { id: 'a', name: 'Coil Hose', description: 'Walls 3 mm thick.', sizes: [], colors: [] },
      { id: 'b', name: 'Pro Hose', description: 'Heavy duty: 4.5 mm thick walls.', sizes: [], colors: [] },
    ];
    expect(rankAmount(hoses, 'thickest', true, 'en')).toMatch(/^Pro Hose: 4.5 mm thick, against/);
  });
});
