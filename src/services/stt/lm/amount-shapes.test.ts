import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { amountWords } from './amount-shapes.ts';
import { generateCorpus } from './phrases.ts';

/** An invented soap-supply shop: sells by the pound and the ounce, in colours with shade names. */
const SOAP: CatalogVocabulary = {
  language: 'en',
  productNames: ['Lathermoor Shea Butter', 'Lathermoor Loaf Mold', 'Glimmerly Mica Powder'],
  categories: ['butter', 'mold', 'mica'],
  brands: ['Lathermoor', 'Glimmerly'],
  colors: ['Rose Gold', 'Teal'],
  sizes: [],
  attributes: ['unrefined'],
  options: ['weight', '1 lb', '5 lb', 'volume', '16 oz'],
  promoCodes: [],
  descriptionTerms: [],
  descriptionSentences: [],
  minPrice: 6,
  maxPrice: 40,
  currency: 'USD',
};

describe('amounts and described products in the catalog corpus', () => {
  const corpus = generateCorpus(SOAP, { sentences: 30_000 });

  it("keeps the catalog's own measures and containers, not those it never names", () => {
    const words = amountWords(['five pound', 'sixteen ounces', 'navy']);
    expect(words.many).toEqual(expect.arrayContaining(['bottles', 'packs', 'pounds', 'ounces']));
    expect(words.one).toEqual(expect.arrayContaining(['bottle', 'pound', 'ounce']));
    expect(words.many).not.toContain('yards');
    expect(words.many).not.toContain('liters');
    // "cases" in a model-train shop turned "ten pieces of track" into "ten cases of track".
    expect(words.many).not.toContain('cases');
    expect(words.many).not.toContain('spools');
    const solder = amountWords([], ['Flux Core Solder Spool', 'Nickel Silver Track (6 pieces)']);
    expect(solder.many).toEqual(expect.arrayContaining(['spools', 'pieces']));
    expect(solder.one).toContain('spool');
  });

  it('opens requests with an amount, no verb: "five pounds of shea butter please"', () => {
    expect(corpus.some((s) => /^(two|three|four|five|six) pounds of /.test(s))).toBe(true);
    expect(corpus.some((s) => /^a (bottle|case|pack|jar|bag|box) of /.test(s))).toBe(false);
    expect(corpus.some((s) => /^(add|get|i need) a (bottle|case|pack|jar|bag|box) of /.test(s))).toBe(true);
    expect(corpus.some((s) => /^(can|could) i get \S+ (pounds|ounces|bottles|packs) of /.test(s))).toBe(true);
    expect(corpus.some((s) => / yards of /.test(s))).toBe(false);
  });

  it('says counts past ten and puts colours and option values before the product name', () => {
    expect(corpus.some((s) => /^add (twenty four|a dozen|twelve|fifty) /.test(s))).toBe(true);
    expect(corpus.some((s) => /^(twenty four|a dozen|twelve|fifty) /.test(s))).toBe(false);
    expect(corpus.some((s) => / (rose gold|teal) (lathermoor |glimmerly )?mica powder/.test(s))).toBe(true);
    expect(
      corpus.some((s) =>
        / (sixteen ounce|five pound|one pound) (lathermoor )?(shea butter|loaf mold)/.test(s),
      ),
    ).toBe(true);
    expect(corpus.some((s) => /^do you (sell|carry|stock) /.test(s))).toBe(true);
  });
});
