/**
 * Words of a request that no catalog slot took: whether they still point at the shop's products
 * (words of its own descriptions), and compounds the catalog writes as two words.
 */
import type { Language } from '../../contract.ts';
import { STOPWORDS } from './lexicon.ts';
import { stem, tokenize } from './text.ts';
import type { CompiledVocabulary } from './vocab.ts';

/** "A net for…", "something to…", "un chaleco…", "algo para…": a thing asked for by a noun phrase. */
const NOUN_REQUEST: Record<Language, RegExp> = {
  en: /^(and |also |plus |oh |ok |okay |um |uh )*(a|an|some|something|anything)\b/,
  es: /^(y |tambien |vale |pues )*(un|una|unos|unas|algo)\b/,
};

export const isNounRequest = (text: string, lang: Language): boolean => NOUN_REQUEST[lang].test(text);

const proseCache = new WeakMap<CompiledVocabulary, Set<string>>();

/** Whether a free word of the request is a word of the catalog's descriptions (not a stopword). */
export function proseWords(query: string | undefined, vocab: CompiledVocabulary): boolean {
  if (!query) return false;
  let words = proseCache.get(vocab);
  if (!words) {
    words = new Set<string>();
    for (const sentence of vocab.source.descriptionSentences ?? [])
      for (const w of tokenize(sentence)) if (w.length > 2 && !STOPWORDS.en.has(w)) words.add(stem(w));
    proseCache.set(vocab, words);
  }
  const own = words;
  return query.split(' ').some((w) => own.has(stem(w)));
}

const compoundCache = new WeakMap<CompiledVocabulary, Map<string, string[]>>();

/**
 * "Skincare", "haircare", "sunshade": a word the shopper writes in one piece for a two-word
 * category the catalog has ("Skin Care"), split so the category is read.
 */
export function splitCompounds(tokens: string[], vocab: CompiledVocabulary): string[] {
  let joined = compoundCache.get(vocab);
  if (!joined) {
    joined = new Map();
    for (const c of vocab.categories)
      if (c.tokens.length === 2 && c.tokens.every((t) => t.length >= 3))
        joined.set(c.tokens.join(''), c.tokens);
    compoundCache.set(vocab, joined);
  }
  const table = joined;
  return tokens.flatMap((t) => table.get(t) ?? [t]);
}

/**
 * "Za'atar", "pop-corn": a word the shopper writes in two pieces (an apostrophe or a hyphen is a
 * word break) for a one-word name of the catalog ("Zaatar"), joined so the name is read. Only
 * pieces that name nothing of the catalog by themselves are joined.
 */
export function joinSplitNames(tokens: string[], vocab: CompiledVocabulary): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    const piece = (w: string) => /^[a-z]{2,}$/.test(w) && !vocab.df.has(stem(w));
    if (b && piece(a) && piece(b) && vocab.df.has(stem(a + b))) {
      out.push(a + b);
      i++;
    } else out.push(a);
  }
  return out;
}
