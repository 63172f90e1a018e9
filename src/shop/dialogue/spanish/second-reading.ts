/**
 * A second reading of a Spanish utterance the Spanish parse could not place: the utterance is
 * machine-translated to English (translate.ts) and read by the English understanding, which knows
 * far more ways of asking. The reading keeps the shopper's language, so replies stay in Spanish.
 *
 * Before translation, the catalog's own words are protected: a word of a product name or brand
 * stays as it is ("el Surge 2000" is not "the Arises 2000"), and a Spanish word the catalog knows
 * in English ("globos" → balloons) is replaced by the catalog's word, since the dictionary's first
 * sense is often another one (globe).
 */
import type { Language } from '../../contract.ts';
import type { Action } from '../steps/action-types.ts';
import { type Understanding, understand } from '../understand/nlu.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { normalize, stem } from '../words/text.ts';
import type { CompiledVocabulary } from '../words/vocab.ts';
import { knownWords, translateForCatalog } from './bilingual.ts';
import { shopSenses } from './shop-senses.ts';
import type { Translator } from './translate.ts';

/** A reply that could not place the request: the case where a second reading is worth its few milliseconds. */
export function isDeadEnd(action: Action): boolean {
  return action.kind === 'text' && action.unplaced === true;
}

/**
 * The words sent to the translator: catalog words replaced by the catalog's English and protected.
 * Punctuation and accents of the other words stay (Apertium needs them: "más", "guárdame").
 */
export function prepareForTranslation(
  utterance: string,
  es: CompiledVocabulary,
  en: CompiledVocabulary,
): { text: string; keep: Set<string> } {
  const known = knownWords(en);
  const stop = STOPWORDS.es;
  const keep = new Set<string>();
  const said = utterance.replace(/\s+/g, ' ').trim().split(' ');
  // Words of shopping itself in their shop sense ("vale" okay, "talla" size), protected (shop-senses.ts).
  const senses = new Map(shopSenses(said.map(coreOf)).map((h) => [h.start, h]));
  const words = said
    .map((w, i) => {
      const hit = senses.get(i);
      if (hit) {
        for (const e of hit.english.split(' ')) keep.add(e.toLowerCase());
        const first = /^([¿¡"'(]*)/u.exec(w)![1];
        const last = /([.,;:!?"')]*)$/u.exec(said[i + hit.length - 1]!)![1];
        for (let k = 1; k < hit.length; k++) said[i + k] = '';
        return `${first}${hit.english}${last}`;
      }
      if (!w) return w;
      const m = /^([¿¡"'(]*)(.*?)([.,;:!?"')]*)$/u.exec(w)!;
      const core = m[2]!;
      const n = normalize(core);
      if (!n || n.includes(' ') || stop.has(n)) return w;
      // Codes and names with digits or capitals inside ("SAVE10", "TrickleMate") are never words.
      if (/\d/.test(core) || /[a-z][A-Z]/.test(core)) {
        keep.add(core.toLowerCase());
        return w;
      }
      const english = translateForCatalog([n], es, 'es');
      if (english.join(' ') !== n) {
        const phrase = english.join(' ');
        for (const e of english) keep.add(e);
        return `${m[1]}${phrase}${m[3]}`;
      }
      if (known.has(stem(n)) && n.length > 2) keep.add(core.toLowerCase());
      return w;
    })
    .filter(Boolean);
  return { text: words.join(' '), keep };
}

/** A word without the punctuation around it. */
const coreOf = (w: string) => /^[¿¡"'(]*(.*?)[.,;:!?"')]*$/u.exec(w)![1]!;

/**
 * Spanish drops the subject and its imperative ("quita", "añade") is the third person's form, which
 * the translator renders "It removes the parasol". Said to the shop, without a question mark, it is
 * a request: "remove the parasol".
 */
export function imperative(english: string, spanish: string): string {
  if (/[?¿]/.test(spanish)) return english;
  return english.replace(
    /^(it|he|she) ([a-z]+?)(?:(?<=(?:sh|ch|ss|x))es|s) /i,
    (_, _p, verb: string) => `${verb} `,
  );
}

export interface SecondReadingInput {
  utterance: string;
  vocabs: Record<Language, CompiledVocabulary>;
  words: Record<Language, Set<string>>;
  translator: Translator;
  signal?: AbortSignal;
}

/** The English understanding of the utterance's translation, answering in Spanish; undefined when unavailable. */
export async function secondReading(input: SecondReadingInput): Promise<Understanding | undefined> {
  const { text, keep } = prepareForTranslation(input.utterance, input.vocabs.es, input.vocabs.en);
  let english: string;
  try {
    english = await input.translator.translate(text, {
      keep,
      ...(input.signal ? { signal: input.signal } : {}),
    });
  } catch (err) {
    if (input.signal?.aborted) throw err;
    return undefined;
  }
  const read = understand(imperative(english, input.utterance), input.vocabs.en, 'en', input.words);
  // A promo request with no code in it is the translator's "voucher" for "vale" (okay).
  if (
    read.language !== 'en' ||
    read.intent === 'unknown' ||
    (read.intent === 'promo' && !read.slots.promoCode)
  )
    return undefined;
  return { ...read, language: 'es' };
}
