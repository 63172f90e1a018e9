/**
 * "I'll take a wool cone in rust plus two of the acrylic in oat": in a request for several products,
 * a part may name its product by one word only that product's name has ("acrylic"), though the word
 * is also a describing word of the catalog (so it does not name the product in a whole sentence).
 * Said in a part of its own, beside a count or a value, it is that product: a second add, not a
 * value of the first. Pure.
 */
import type { Language } from '../../contract.ts';
import { STOPWORDS } from './lexicon.ts';
import { stem } from './text.ts';
import type { CompiledVocabulary } from './vocab.ts';

/** The one product named by a word of the part no slot took, that only its name has; else undefined. */
export function productOfOwnWord(
  clause: string[],
  taken: Set<number>,
  vocab: CompiledVocabulary,
  lang: Language,
): string | undefined {
  const found = new Set<string>();
  clause.forEach((t, i) => {
    if (!t || taken.has(i) || t.length < 4 || !/^[a-z]+$/.test(t) || STOPWORDS[lang].has(t)) return;
    const s = stem(t);
    if (vocab.df.get(s) !== 1 || vocab.generic.has(s)) return;
    const named = vocab.names.find((n) => n.tokens.some((w) => stem(w) === s));
    if (named) found.add(named.name);
  });
  return found.size === 1 ? [...found][0] : undefined;
}
