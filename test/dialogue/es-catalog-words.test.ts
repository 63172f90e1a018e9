/**
 * A Spanish shopper's own word for what an English catalog sells, found through the dictionary's
 * Spanish→English direction (es-catalog-words.ts). A fake dictionary keeps it deterministic; the
 * real Apertium lookup is tested where it is installed.
 */
import { describe, expect, it } from 'vitest';
import {
  ApertiumSpanishEnglish,
  type EnglishEquivalents,
  type SpanishEnglishDictionary,
} from '../../src/shop/catalog/apertium.ts';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { withCatalogWords } from '../../src/shop/dialogue/spanish/es-catalog-words.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary, languageWords } from '../../src/shop/dialogue/words/vocab.ts';

const VOCAB: CatalogVocabulary = {
  language: 'en',
  productNames: ['Stagmark Bag Target', 'Ironhaus Flat Weight Bench', 'Ironhaus Adjustable Weight Bench'],
  categories: ['targets', 'weight benches'],
  brands: ['Stagmark', 'Ironhaus'],
  colors: ['black'],
  sizes: [],
  attributes: ['flat', 'adjustable'],
  minPrice: 5,
  maxPrice: 400,
  currency: 'USD',
};
const vocabs = { en: compileVocabulary(VOCAB), es: compileVocabulary({ ...VOCAB, language: 'es' }) };
const words = languageWords(vocabs.en, vocabs.es);

class FakeDictionary implements SpanishEnglishDictionary {
  asked: string[] = [];
  readonly table: Record<string, EnglishEquivalents>;
  constructor(table: Record<string, EnglishEquivalents>) {
    this.table = table;
  }
  async englishFor(ws: readonly string[]): Promise<Map<string, EnglishEquivalents>> {
    this.asked.push(...ws);
    return new Map(
      ws.flatMap((w) =>
        this.table[w.toLowerCase()] ? [[w.toLowerCase(), this.table[w.toLowerCase()]!]] : [],
      ),
    );
  }
}

const noun = (...english: string[]): EnglishEquivalents => ({ english, verb: false, adjective: false });
const DICTIONARY = new FakeDictionary({
  dianas: noun('target'),
  blancos: { english: ['target', 'white'], verb: false, adjective: true },
  plano: { english: ['plan', 'flat'], verb: false, adjective: true },
  cara: { english: ['face', 'expensive'], verb: false, adjective: true },
  pesas: { english: ['weight'], verb: true, adjective: false },
});

describe("a Spanish shopper's word for what the catalog sells", () => {
  it('is replaced by the catalog word its dictionary senses include', async () => {
    expect(await withCatalogWords('enséñame dianas', vocabs, words, DICTIONARY)).toBe('enséñame target');
    expect(await withCatalogWords('blancos de menos de 100 dólares', vocabs, words, DICTIONARY)).toBe(
      'target de menos de 100 dólares',
    );
    const r = understand(
      await withCatalogWords('añade el plano', vocabs, words, DICTIONARY),
      vocabs.es,
      'es',
      words,
    );
    expect(r.language).toBe('es');
    expect(r.text).toBe('anade el flat');
  });
  it('leaves words of the request alone: verbs, qualities after a degree word, known words', async () => {
    expect(await withCatalogWords('¿cuánto pesas?', vocabs, words, DICTIONARY)).toBe('¿cuánto pesas?');
    expect(await withCatalogWords('mejor quítela, está muy cara', vocabs, words, DICTIONARY)).toBe(
      'mejor quítela, está muy cara',
    );
    DICTIONARY.asked = [];
    await withCatalogWords('busco el Stagmark de bolsa', vocabs, words, DICTIONARY);
    expect(DICTIONARY.asked).not.toContain('Stagmark');
    expect(DICTIONARY.asked).not.toContain('busco');
  });
  it('never fails the turn when the dictionary does', async () => {
    const broken: SpanishEnglishDictionary = {
      englishFor: () => Promise.reject(new Error('lt-proc missing')),
    };
    expect(await withCatalogWords('enséñame dianas', vocabs, words, broken)).toBe('enséñame dianas');
  });
});

const apertium = new ApertiumSpanishEnglish();
// scripts/setup.sh installs Apertium: a missing one fails here rather than skipping.
describe("Apertium's Spanish→English word lookup", () => {
  it('is installed', () => {
    expect(apertium.available).toBe(true);
  });
  it('lists every noun and adjective sense, marks words that also read as verbs', async () => {
    const found = await apertium.englishFor(['dianas', 'blancos', 'plano', 'pesas']);
    expect(found.get('dianas')?.english).toContain('target');
    expect(found.get('blancos')?.english).toEqual(expect.arrayContaining(['target', 'white']));
    expect(found.get('plano')?.english).toContain('flat');
    // "pesas" reads only as a verb here: no English for a thing.
    expect(found.get('pesas')).toBeUndefined();
  });
});
