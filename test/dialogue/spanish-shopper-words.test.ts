/**
 * Spanish shoppers' ways of saying things on an English-only catalog (branch dlg-es3): participles
 * as adjectives ("acolchados", "sin forrar"), diminutives ("gorrita"), "¿cuánto sale?", the
 * Río de la Plata's "talle" and vos imperatives ("mostrame"), and a suit's fit after its size
 * ("42 larga"). A fake dictionary keeps the participle lookups deterministic; the real Apertium
 * lookup is checked where it is installed.
 */
import { describe, expect, it } from 'vitest';
import {
  ApertiumSpanishEnglish,
  type EnglishEquivalents,
  type SpanishEnglishDictionary,
} from '../../src/shop/catalog/apertium.ts';
import { diminutiveBases, spanishPhrases } from '../../src/shop/catalog/retail-vocabulary.ts';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { translateForCatalog } from '../../src/shop/dialogue/spanish/bilingual.ts';
import { withCatalogWords } from '../../src/shop/dialogue/spanish/es-catalog-words.ts';
import { tuImperative } from '../../src/shop/dialogue/spanish/es-imperatives.ts';
import { standardPhrasing } from '../../src/shop/dialogue/spanish/es-paraphrase.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary, languageWords } from '../../src/shop/dialogue/words/vocab.ts';

const VOCAB: CatalogVocabulary = {
  language: 'en',
  productNames: ['Pacelab Cushioned Running Socks', 'Bellmont Unlined Cotton Blazer', 'Ashford Wool Suit'],
  categories: ['running socks', 'blazers', 'suits'],
  brands: ['Pacelab', 'Bellmont', 'Ashford'],
  colors: ['black'],
  sizes: ['40R', '42R', '42L', 'M'],
  attributes: ['padded', 'unlined', 'made', 'waxed'],
  minPrice: 10,
  maxPrice: 500,
  currency: 'USD',
};
const vocabs = { en: compileVocabulary(VOCAB), es: compileVocabulary({ ...VOCAB, language: 'es' }) };
const words = languageWords(vocabs.en, vocabs.es);

const verb = (participle: boolean, ...participles: string[]): EnglishEquivalents => ({
  english: [],
  verb: true,
  adjective: false,
  participle,
  participles,
});
const DICTIONARY: SpanishEnglishDictionary = {
  englishFor: async (ws) => {
    const table: Record<string, EnglishEquivalents> = {
      acolchados: verb(true, 'padded', 'cushioned'),
      encerados: verb(true, 'waxed', 'polished'),
      acolchar: verb(false, 'padded', 'cushioned'),
      forrar: verb(false, 'lined'),
      hecho: verb(true, 'made', 'done'),
    };
    return new Map(
      ws.flatMap((w) => (table[w.toLowerCase()] ? [[w.toLowerCase(), table[w.toLowerCase()]!]] : [])),
    );
  },
};

describe('participles describing the thing', () => {
  it('become the catalog word a participle is in English', async () => {
    expect(await withCatalogWords('unos cordones encerados', vocabs, words, DICTIONARY)).toBe(
      'unos cordones waxed',
    );
  });
  it('leave a participle the retail lexicon already reads to the lexicon', async () => {
    // "acolchado" is in the retail words (padded): the catalog translation reads it, not this step.
    expect(await withCatalogWords('unos calcetines acolchados', vocabs, words, DICTIONARY)).toBe(
      'unos calcetines acolchados',
    );
    expect(translateForCatalog(['acolchados'], vocabs.es, 'es')).toEqual(['padded']);
  });
  it('"sin" and the infinitive is the catalog\'s un- word, else the participle left out', async () => {
    expect(await withCatalogWords('¿tenéis una americana sin forrar?', vocabs, words, DICTIONARY)).toBe(
      '¿tenéis una americana unlined?',
    );
    expect(await withCatalogWords('calcetines sin acolchar', vocabs, words, DICTIONARY)).toBe(
      'calcetines sin padded',
    );
  });
  it('a participle after ser, estar or haber is a predicate or a tense, not a quality', async () => {
    expect(await withCatalogWords('¿está hecho de lana?', vocabs, words, DICTIONARY)).toBe(
      '¿está hecho de lana?',
    );
  });
  it('"sin" and an attribute, then another phrase, leaves that attribute out', () => {
    const r = understand('calcetines sin padded, de los finos', vocabs.es, 'es', words);
    expect(r.slots.exclude).toBe('padded');
  });
});

describe('diminutives', () => {
  it('are read as the word they are made from', () => {
    expect(diminutiveBases('gorrita')).toContain('gorra');
    expect(diminutiveBases('cinturoncito')).toContain('cinturon');
    expect(diminutiveBases('calcetincitos')).toContain('calcetines');
    expect(diminutiveBases('chalequito')).toContain('chaleco');
    expect(diminutiveBases('relojito')).toContain('reloj');
    expect(diminutiveBases('bonito')).toEqual([]);
    const hit = spanishPhrases(['una', 'gorrita', 'blanca'], () => true);
    expect(hit.map((h) => h.english)).toContain('cap');
  });
});

describe('regional phrasings', () => {
  it('"¿cuánto sale?" asks the price; "cuánto sale todo" still sums the cart', () => {
    expect(standardPhrasing('¿cuánto sale?')).toBe('¿cuánto cuesta?');
    expect(standardPhrasing('¿cuánto me sale el 245?')).toBe('¿cuánto cuesta el 245?');
    expect(standardPhrasing('¿cuánto sale todo?')).toBe('¿cuánto sale todo?');
  });
  it('"talle" is the size; "de talle alto" is a waist line', () => {
    expect(standardPhrasing('¿las tenés en talle nueve?')).toBe('¿las tenés en talla nueve?');
    expect(standardPhrasing('un vestido de talle alto')).toBe('un vestido de talle alto');
  });
  it('vos imperatives with a pronoun are the tú ones; bare they are other words', () => {
    expect(tuImperative('mostrame')).toBe('muestrame');
    expect(tuImperative('poneme')).toBe('ponme');
    expect(tuImperative('agregamelo')).toBe('agregalo');
    expect(tuImperative('pone')).toBeUndefined();
  });
  it("a suit's fit after its chest size is the catalog's letter", () => {
    expect(understand('en talla 42 larga', vocabs.es, 'es', words).slots.size).toBe('42L');
    expect(understand('in size 42 long', vocabs.en, 'en', words).slots.size).toBe('42L');
  });
});

const apertium = new ApertiumSpanishEnglish();
describe("Apertium's participles", () => {
  it('gives the English participle of a Spanish participle or infinitive', async () => {
    const found = await apertium.englishFor(['acolchados', 'forrar']);
    expect(found.get('acolchados')?.participle).toBe(true);
    expect(found.get('acolchados')?.participles).toEqual(expect.arrayContaining(['padded', 'cushioned']));
    expect(found.get('forrar')?.participles).toContain('lined');
    expect(found.get('forrar')?.participle).toBeFalsy();
  });
});
