/**
 * A Spanish shopper's own word for something an English catalog sells, found through the
 * dictionary's Spanish→English direction: "dianas" and "blancos" are targets, "el plano" is the
 * flat one, "esterillas" are mats — senses the catalog's English→Spanish lookup never lists, since
 * it keeps each English word's first Spanish sense ("target" → objetivo). A word is replaced by the
 * catalog's English word before the Spanish parse reads the request, as the built-in vocabulary's
 * words are (bilingual.ts), so the rest of the engine needs no change.
 *
 * Only words the catalog and the built-in vocabulary do not already know are looked up; words that
 * also read as verbs ("pesas", "vale", "quiero") are words of the request, not of the thing, and an
 * adjective after a degree word ("muy cara") describes rather than names. The reading stays Spanish:
 * a rewrite that would make the utterance read as English is not made.
 */
import type { EnglishEquivalents, SpanishEnglishDictionary } from '../../catalog/apertium.ts';
import { fold } from '../../catalog/text.ts';
import { detectLanguage } from '../understand/nlu.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { stem } from '../words/text.ts';
import type { CompiledVocabulary } from '../words/vocab.ts';
import { knownWords, translateForCatalog } from './bilingual.ts';
import { tuImperative } from './es-imperatives.ts';

/** Words of degree: the adjective after them is a quality said of something ("muy cara", "más ligera"). */
const DEGREE = new Set(['muy', 'mas', 'menos', 'tan', 'demasiado', 'bastante', 'super']);

const WORD = /[\p{L}\p{N}]+/gu;
const SIN_WORD = /\bsin\s+([\p{L}]+)/giu;

/** Forms of ser, estar and haber: a participle after them is a predicate or a tense ("está hecho", "he pedido"). */
const AUXILIARY =
  /^(es|son|era|eran|sea|sean|esta|estan|estaba|estaban|este|esten|he|has|ha|hemos|habeis|han|habia|haya|fue|fueron)$/;

/**
 * The catalog's English for a participle describing the thing: "acolchados" → padded, and "sin
 * forrar" → unlined when the catalog says so (`without`: the "sin" goes too), else → "sin lined",
 * which the exclusion frames read as not lined.
 */
function participleWord(
  word: string,
  said: string[],
  e: EnglishEquivalents,
  knownEn: Set<string>,
): { english: string; without: boolean } | undefined {
  const at = said.indexOf(word);
  const before = fold(said[at - 1] ?? '');
  const forms = e.participles ?? [];
  if (before === 'sin') {
    const un = forms.find((p) => knownEn.has(stem(`un${p}`)));
    if (un) return { english: `un${un}`, without: true };
    const plain = forms.find((p) => knownEn.has(stem(p)));
    return plain ? { english: plain, without: false } : undefined;
  }
  if (!e.participle || AUXILIARY.test(before)) return undefined;
  const plain = forms.find((p) => knownEn.has(stem(p)));
  return plain ? { english: plain, without: false } : undefined;
}

export async function withCatalogWords(
  utterance: string,
  vocabs: { en: CompiledVocabulary; es: CompiledVocabulary },
  words: Record<'en' | 'es', Set<string>>,
  dictionary: SpanishEnglishDictionary,
  signal?: AbortSignal,
): Promise<string> {
  const knownEn = knownWords(vocabs.en);
  const knownEs = knownWords(vocabs.es);
  const said = [...utterance.matchAll(WORD)].map((m) => m[0]);
  const candidates = said.filter((w) => {
    const f = fold(w);
    return (
      f.length >= 4 &&
      /^[a-z]+$/.test(f) &&
      !STOPWORDS.es.has(f) &&
      !tuImperative(w) &&
      !knownEn.has(stem(f)) &&
      !knownEs.has(stem(f)) &&
      translateForCatalog([f], vocabs.es, 'es').join(' ') === f
    );
  });
  if (candidates.length === 0) return utterance;
  let found: Awaited<ReturnType<SpanishEnglishDictionary['englishFor']>>;
  try {
    found = await dictionary.englishFor(candidates, signal);
  } catch (err) {
    if (signal?.aborted) throw err;
    return utterance; // the dictionary is a help, never a reason to fail a turn
  }
  const replacement = new Map<string, string>();
  const withoutWord = new Map<string, string>();
  for (const w of candidates) {
    const e = found.get(w.toLowerCase());
    if (!e) continue;
    const described = participleWord(w, said, e, knownEn);
    if (described?.without) withoutWord.set(w, described.english);
    else if (described) replacement.set(w, described.english);
    if (e.verb) continue;
    const english = e.english.find((x) => /^[a-z]+$/.test(x) && knownEn.has(stem(x)));
    if (english) replacement.set(w, english);
  }
  if (replacement.size === 0 && withoutWord.size === 0) return utterance;
  let previous = '';
  const out = utterance
    .replace(SIN_WORD, (m, w: string) => withoutWord.get(w) ?? m)
    .replace(WORD, (w) => {
      const english = replacement.get(w);
      const degree = DEGREE.has(fold(previous));
      previous = w;
      return english && !degree ? english : w;
    });
  return detectLanguage(out, 'es', words) === 'es' ? out : utterance;
}
