import { describe, expect, it } from 'vitest';
import { ApertiumDictionary, type BilingualDictionary, DictionaryError } from './apertium.ts';
import { catalogSpanishWords } from './catalog-spanish.ts';

/** A dictionary that knows a few words, so the forms and filters are checked apart from Apertium. */
const FAKE: BilingualDictionary = {
  async spanishFor(words) {
    const known: Record<string, { lemma: string; kind: 'noun' | 'adjective'; feminine: boolean }[]> = {
      ladle: [{ lemma: 'cucharón', kind: 'noun', feminine: false }],
      enamelled: [{ lemma: 'esmaltado', kind: 'adjective', feminine: false }],
      frame: [{ lemma: 'plazo', kind: 'noun', feminine: false }],
      set: [{ lemma: 'de', kind: 'noun', feminine: false }],
      collar: [{ lemma: 'collar', kind: 'noun', feminine: false }],
    };
    return new Map(words.filter((w) => known[w]).map((w) => [w, known[w]!]));
  },
};

describe('Spanish words for an English catalog', () => {
  it('gives nouns their plural and adjectives their four forms, folded', async () => {
    const words = await catalogSpanishWords(['Enamelled Soup Ladle'], FAKE);
    expect(words.cucharon).toEqual({ en: ['ladle'] });
    expect(words.cucharones).toEqual({ en: ['ladle'] });
    for (const form of ['esmaltado', 'esmaltada', 'esmaltados', 'esmaltadas'])
      expect(words[form]).toEqual({ en: ['enamelled'], adjective: true });
  });

  it('never takes shopping words, function words or the catalog’s own English words', async () => {
    const words = await catalogSpanishWords(['Picture Frame Set', 'Dog Collar'], FAKE);
    expect(words.plazo).toBeUndefined(); // "frame" → plazo would turn "plazo de devolución" into a search
    expect(words.de).toBeUndefined();
    expect(words.collar).toBeUndefined(); // English in this catalog already
  });

  it('keeps Object.prototype names as plain words', async () => {
    const dict: BilingualDictionary = {
      async spanishFor() {
        return new Map([['builder', [{ lemma: 'constructor', kind: 'noun' as const, feminine: false }]]]);
      },
    };
    const words = await catalogSpanishWords(['Castle Builder'], dict);
    expect(words.constructor).toEqual({ en: ['builder'] });
  });

  it('falls back to the built-in table when the dictionary fails, and passes an abort on', async () => {
    const failing: BilingualDictionary = {
      async spanishFor() {
        throw new DictionaryError('lt-proc exited with 1');
      },
    };
    await expect(catalogSpanishWords(['Soup Ladle'], failing)).resolves.toEqual({});
    const aborted = AbortSignal.abort(new Error('catalog reloaded'));
    const abortable: BilingualDictionary = {
      async spanishFor(_w, signal) {
        signal?.throwIfAborted();
        return new Map();
      },
    };
    await expect(catalogSpanishWords(['Soup Ladle'], abortable, aborted)).rejects.toThrow('catalog reloaded');
  });
});

describe('Apertium English–Spanish dictionary (apertium-eng-spa, installed by setup.sh)', () => {
  const apertium = new ApertiumDictionary();

  it('is installed on this machine', () => {
    expect(apertium.available).toBe(true);
  });

  it('translates catalog nouns and adjectives, and leaves out what it does not know', async () => {
    const found = await apertium.spanishFor(['telescopes', 'ladle', 'stainless', 'zzqx', 'the']);
    expect(found.get('telescopes')?.map((e) => e.lemma)).toContain('telescopio');
    expect(found.get('ladle')?.[0]).toMatchObject({ lemma: 'cucharón', kind: 'noun' });
    expect(found.get('stainless')?.[0]).toMatchObject({ lemma: 'inoxidable', kind: 'adjective' });
    expect(found.has('zzqx')).toBe(false);
    expect(found.has('the')).toBe(false);
  });

  it('is empty without its data, and refuses an aborted lookup', async () => {
    expect((await new ApertiumDictionary('/nonexistent').spanishFor(['ladle'])).size).toBe(0);
    await expect(new ApertiumDictionary().spanishFor(['tripod'], AbortSignal.abort())).rejects.toThrow();
  });
});
