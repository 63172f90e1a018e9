/**
 * Apertium's English–Spanish dictionaries (Debian's `apertium-eng-spa`, installed by setup.sh) as
 * a bilingual dictionary for catalog words: English word → lemma and part of speech (the English
 * morphological analyser), lemma → Spanish lemmas (the bilingual transducer). Lookups go to a
 * resident `lt-proc` child per transducer (null-flush-process.ts), so nothing runs on the event loop and no
 * lookup pays for loading a transducer; results are memoised per word, so a catalog's words are
 * looked up once per process.
 * Without the package the dictionary is empty: understanding falls back to the built-in table.
 */
import { existsSync } from 'node:fs';
import { NullFlushProcess } from './null-flush-process.ts';
import { fold } from './text.ts';

export interface SpanishEquivalent {
  /** The Spanish lemma ("hervidor", "orgánico"). */
  lemma: string;
  kind: 'noun' | 'adjective';
  /** Grammatical gender of a noun, when the dictionary says. */
  feminine: boolean;
}

export interface BilingualDictionary {
  /** Spanish equivalents of English words (lower case); words it does not know are left out. */
  spanishFor(words: readonly string[], signal?: AbortSignal): Promise<Map<string, SpanishEquivalent[]>>;
}

/** The English of a Spanish word the shopper said, by its readings as a noun or an adjective. */
export interface EnglishEquivalents {
  /** English lemmas of its noun and adjective readings, in the dictionary's order ("blancos" → target, white). */
  english: string[];
  /** The word also reads as a verb ("pesas", "vale"): a word of the request more than of the thing. */
  verb: boolean;
  adjective: boolean;
  /**
   * English past participles of its verb readings as a participle or an infinitive ("acolchados"
   * → padded, cushioned; "forrar" → lined): Spanish describes a thing by a participle ("calcetines
   * acolchados") or by "sin" and the infinitive ("sin forrar", unlined) where English uses the
   * participle as an adjective.
   */
  participles?: string[];
  /** The word itself reads as a participle ("acolchados"), not only as an infinitive. */
  participle?: boolean;
  /** English lemmas of its verb readings, any form ("pica" → sting, itch; "pelar" → peel). */
  verbs?: string[];
}

/** Spanish → English for single words (the reverse of BilingualDictionary). */
export interface SpanishEnglishDictionary {
  englishFor(words: readonly string[], signal?: AbortSignal): Promise<Map<string, EnglishEquivalents>>;
}

export class DictionaryError extends Error {
  override name = 'DictionaryError';
}

const DATA_DIR = '/usr/share/apertium/apertium-eng-spa';
const LOOKUP_TIMEOUT_MS = 15_000;
/** More senses than this are mostly rare ones ("ring" → red, anillo, círculo): the first ones are kept. */
const MAX_SENSES = 3;

/** Resident lt-proc children, one per transducer file, shared by every dictionary in the process. */
const residents = new Map<string, NullFlushProcess>();

/** Runs `input` through the transducer `args` name; resolves with lt-proc's output. */
async function ltProc(args: string[], input: string, signal?: AbortSignal): Promise<string> {
  const key = args.join('\0');
  let resident = residents.get(key);
  if (!resident) {
    resident = new NullFlushProcess('lt-proc', ['-z', ...args], { timeoutMs: LOOKUP_TIMEOUT_MS });
    residents.set(key, resident);
  }
  try {
    return await resident.request(input, signal);
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DictionaryError((e as Error).message);
  }
}

/** `^surface/reading1/reading2$` units of lt-proc's stream format. */
function units(stream: string): string[][] {
  return [...stream.matchAll(/\^([^$]*)\$/g)].map((m) => m[1]!.split('/'));
}

/** "kettle<n><sg>" → { lemma: kettle, tags: [n, sg] }. */
function reading(text: string): { lemma: string; tags: string[] } {
  const at = text.indexOf('<');
  const lemma = at < 0 ? text : text.slice(0, at);
  return { lemma, tags: [...text.matchAll(/<([^>]+)>/g)].map((m) => m[1]!) };
}

const SINGLE_WORD = /^[a-záéíóúüñ]+$/;

export class ApertiumDictionary implements BilingualDictionary {
  readonly #dir: string;
  readonly #memo = new Map<string, SpanishEquivalent[]>();

  constructor(dir = DATA_DIR) {
    this.#dir = dir;
  }

  get available(): boolean {
    return existsSync(`${this.#dir}/eng-spa.automorf.bin`) && existsSync(`${this.#dir}/eng-spa.autobil.bin`);
  }

  async spanishFor(
    words: readonly string[],
    signal?: AbortSignal,
  ): Promise<Map<string, SpanishEquivalent[]>> {
    const wanted = [...new Set(words.map((w) => w.toLowerCase()).filter((w) => /^[a-z]{3,}$/.test(w)))];
    const fresh = wanted.filter((w) => !this.#memo.has(w));
    if (fresh.length > 0 && this.available) await this.#lookUp(fresh, signal);
    const out = new Map<string, SpanishEquivalent[]>();
    for (const w of wanted) {
      const found = this.#memo.get(w);
      if (found?.length) out.set(w, found);
    }
    return out;
  }

  async #lookUp(words: string[], signal?: AbortSignal): Promise<void> {
    const analysed = units(await ltProc([`${this.#dir}/eng-spa.automorf.bin`], words.join('\n'), signal));
    // One query per noun or adjective reading of each word, in the word's order.
    const queries: { word: string; query: string; kind: SpanishEquivalent['kind'] }[] = [];
    for (const [surface, ...readings] of analysed) {
      const word = surface?.toLowerCase();
      if (!word || !words.includes(word)) continue;
      for (const r of readings) {
        const { lemma, tags } = reading(r);
        if (tags[0] === 'n' && SINGLE_WORD.test(lemma))
          queries.push({ word, query: `^${lemma}<n><sg>$`, kind: 'noun' });
        else if (tags[0] === 'adj' && SINGLE_WORD.test(lemma))
          queries.push({ word, query: `^${lemma}<adj>$`, kind: 'adjective' });
      }
    }
    const translated = queries.length
      ? units(
          await ltProc(
            ['-b', `${this.#dir}/eng-spa.autobil.bin`],
            queries.map((q) => q.query).join('\n'),
            signal,
          ),
        )
      : [];
    // Remembered only once both steps succeeded: a failed lookup is tried again next time.
    const found = new Map(words.map((w) => [w, [] as SpanishEquivalent[]]));
    translated.forEach(([, ...spanish], i) => {
      const q = queries[i];
      if (!q) return;
      const list = found.get(q.word)!;
      for (const s of spanish) {
        if (s.startsWith('@')) continue; // no translation
        const { lemma, tags } = reading(s);
        const folded = lemma.toLowerCase();
        if (!SINGLE_WORD.test(folded) || list.some((e) => e.lemma === folded) || list.length >= MAX_SENSES)
          continue;
        list.push({ lemma: folded, kind: q.kind, feminine: tags.includes('f') });
      }
    });
    for (const [w, list] of found) this.#memo.set(w, list);
  }
}

/**
 * Apertium's Spanish→English direction for the words a Spanish shopper says: all senses the
 * bilingual transducer lists ("diana" → target; "plano" → flat), where the English→Spanish
 * direction gives only each English word's first sense ("target" → objetivo). Memoised per word.
 */
export class ApertiumSpanishEnglish implements SpanishEnglishDictionary {
  readonly #dir: string;
  readonly #memo = new Map<string, EnglishEquivalents>();

  constructor(dir = DATA_DIR) {
    this.#dir = dir;
  }

  get available(): boolean {
    return existsSync(`${this.#dir}/spa-eng.automorf.bin`) && existsSync(`${this.#dir}/spa-eng.autobil.bin`);
  }

  async englishFor(words: readonly string[], signal?: AbortSignal): Promise<Map<string, EnglishEquivalents>> {
    const wanted = [
      ...new Set(words.map((w) => w.toLowerCase()).filter((w) => SINGLE_WORD.test(w) && w.length >= 3)),
    ];
    const fresh = wanted.filter((w) => !this.#memo.has(w));
    if (fresh.length > 0 && this.available) await this.#lookUp(fresh, signal);
    const out = new Map<string, EnglishEquivalents>();
    for (const w of wanted) {
      const found = this.#memo.get(w);
      if (found?.english.length || found?.participles?.length) out.set(w, found);
    }
    return out;
  }

  async #lookUp(words: string[], signal?: AbortSignal): Promise<void> {
    const analysed = units(await ltProc([`${this.#dir}/spa-eng.automorf.bin`], words.join('\n'), signal));
    const queries: { word: string; query: string }[] = [];
    const verbs: { word: string; query: string; describes: boolean }[] = [];
    const found = new Map(
      words.map((w) => [w, { english: [], verb: false, adjective: false } as EnglishEquivalents]),
    );
    for (const [surface, ...readings] of analysed) {
      const entry = found.get(surface?.toLowerCase() ?? '');
      if (!entry) continue;
      for (const r of readings) {
        const { lemma, tags } = reading(r);
        if (tags[0]?.startsWith('vb')) entry.verb = true;
        if (!SINGLE_WORD.test(lemma)) continue;
        if (tags[0] === 'vblex') {
          if (tags[1] === 'pp') entry.participle = true;
          // Every verb reading gets its English lemmas; only a participle or an infinitive (the
          // forms that describe a thing) gets English participles too (#participles).
          const describes = tags[1] === 'pp' || tags[1] === 'inf';
          if (!verbs.some((v) => v.word === surface!.toLowerCase() && v.query.startsWith(`^${lemma}<`)))
            verbs.push({ word: surface!.toLowerCase(), query: `^${lemma}<vblex><inf>$`, describes });
        }
        if (tags[0] === 'n')
          queries.push({ word: surface!.toLowerCase(), query: `^${lemma}<n><${tags[1] ?? 'm'}><sg>$` });
        else if (tags[0] === 'adj') {
          entry.adjective = true;
          queries.push({ word: surface!.toLowerCase(), query: `^${lemma}<adj><${tags[1] ?? 'm'}><sg>$` });
        }
      }
    }
    const translated = queries.length
      ? units(
          await ltProc(
            ['-b', `${this.#dir}/spa-eng.autobil.bin`],
            queries.map((q) => q.query).join('\n'),
            signal,
          ),
        )
      : [];
    translated.forEach(([, ...english], i) => {
      const q = queries[i];
      if (!q) return;
      const entry = found.get(q.word)!;
      for (const e of english) {
        if (e.startsWith('@')) continue;
        const lemma = reading(e).lemma.toLowerCase();
        if (!entry.english.includes(lemma)) entry.english.push(lemma);
      }
    });
    await this.#participles(verbs, found, signal);
    for (const [w, entry] of found) {
      this.#memo.set(w, entry);
      const glosses = [...entry.english, ...(entry.verbs ?? []), ...(entry.participles ?? [])];
      // Read back by the folded word a question's tokens carry ("marmol" for "mármol").
      GLOSSES.set(w, glosses);
      GLOSSES.set(fold(w), glosses);
    }
  }

  /** English past participles of the verbs' English lemmas (bilingual transducer, then the English generator). */
  async #participles(
    verbs: { word: string; query: string; describes: boolean }[],
    found: Map<string, EnglishEquivalents>,
    signal?: AbortSignal,
  ): Promise<void> {
    if (verbs.length === 0) return;
    const bil = units(
      await ltProc(['-b', `${this.#dir}/spa-eng.autobil.bin`], verbs.map((v) => v.query).join('\n'), signal),
    );
    const asked: { word: string; query: string }[] = [];
    bil.forEach(([, ...english], i) => {
      const v = verbs[i];
      if (!v) return;
      for (const e of english) {
        if (e.startsWith('@')) continue;
        const lemma = reading(e).lemma.toLowerCase();
        if (!/^[a-z]+$/.test(lemma)) continue;
        const entry = found.get(v.word)!;
        entry.verbs ??= [];
        if (!entry.verbs.includes(lemma)) entry.verbs.push(lemma);
        if (v.describes) asked.push({ word: v.word, query: `^${lemma}<vblex><pp>$` });
      }
    });
    if (asked.length === 0) return;
    const generated = (
      await ltProc(['-g', `${this.#dir}/spa-eng.autogen.bin`], asked.map((a) => a.query).join('\n'), signal)
    ).split('\n');
    asked.forEach((a, i) => {
      const form = generated[i]?.replace(/\0/g, '').trim().toLowerCase();
      if (!form || !/^[a-z]+$/.test(form)) return;
      const entry = found.get(a.word)!;
      entry.participles ??= [];
      if (!entry.participles.includes(form)) entry.participles.push(form);
    });
  }
}

/**
 * English words of every Spanish word looked up so far in this process (nouns, adjectives, verbs
 * and their participles): a sense of a Spanish word is a fact of the two languages, the same
 * whoever looked it up, so a synchronous reader (term-match.ts, reading a question against an
 * English product text) may read what the turn's lookup found (engine.ts looks the words up first).
 */
const GLOSSES = new Map<string, string[]>();

/** The English words the dictionary gave a Spanish word (lower case, accents kept), [] if none or not looked up. */
export function spanishGlosses(word: string): readonly string[] {
  return GLOSSES.get(word) ?? [];
}

/** The process-wide Spanish→English word dictionary. */
export const apertiumSpanishEnglish = new ApertiumSpanishEnglish();

/** The process-wide dictionary (its memo is shared by every catalog vocabulary). */
export const apertium = new ApertiumDictionary();
