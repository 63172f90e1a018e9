/**
 * Tag phrases a query names ("dark roast", "front light", "mips"): the catalog's own tags said
 * by the shopper are kinds of product, so a product must carry them in its title, type or tags,
 * not just somewhere in its description's prose ("no MIPS liner", "Roast: medium, not dark").
 * A phrase no candidate carries falls back to its words that are tags themselves ("tires for my
 * road bike": no tire is tagged "road bike", the road tire is tagged "road"), then is dropped.
 * Pure.
 */
import { fold, stem } from './text.ts';

/** Words of a text as singular keys, hyphens and punctuation as spaces ("Single-Origin" → single origin). */
export function phraseKeys(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(stem);
}

export const phraseKey = (text: string) => phraseKeys(text).join(' ');

/** The longest catalog tags found in the query, left to right, without overlaps. */
export function tagPhrasesIn(query: string, tags: ReadonlySet<string>, longest = 4): string[] {
  const words = phraseKeys(query);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let hit = 0;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (phrase.length > 2 && tags.has(phrase)) {
        out.push(phrase);
        hit = n;
        break;
      }
    }
    i += hit || 1;
  }
  return [...new Set(out)];
}

/** What a product says of itself as a kind: its title, its type (category) and each tag. */
export interface KindText {
  title: string;
  category: string;
  tags: readonly string[];
}

/** Padded key strings, so a phrase matches whole words only. */
export function kindKeys(p: KindText): string[] {
  return [p.title, p.category, ...p.tags].map((t) => ` ${phraseKey(t)} `);
}

export function carries(keys: readonly string[], phrase: string): boolean {
  return keys.some((k) => k.includes(` ${phrase} `));
}

/**
 * The phrases to require among these candidates: each phrase some candidate carries, else its
 * single words that are tags and that some candidate carries.
 */
export function requiredPhrases<T>(
  phrases: readonly string[],
  candidates: readonly T[],
  has: (candidate: T, phrase: string) => boolean,
  tags: ReadonlySet<string>,
): string[] {
  const somebody = (p: string) => candidates.some((c) => has(c, p));
  const out: string[] = [];
  for (const phrase of phrases) {
    if (somebody(phrase)) out.push(phrase);
    else out.push(...phrase.split(' ').filter((w) => w !== phrase && tags.has(w) && somebody(w)));
  }
  return [...new Set(out)];
}
