/**
 * How a shopper reads out a promo code. Shops glue words together in their codes ("BIGCATCH25",
 * "TIGHTLINES10", "BEEDAY20"); normalised, that is one unknown word ("bigcatch"), which the
 * dictionary can only guess a pronunciation for and which no transcript of "big catch" matches.
 * A glued word that splits into common English words is read as those words; anything else
 * (letters, brand-like words) stays as it was.
 */
import { normalizeText } from './text-norm.ts';

/** A word's rank among common English words (0 = most frequent), undefined when it is not one. */
export type WordRank = (word: string) => number | undefined;

/**
 * `word` as two (or, failing that, three) common words, or undefined. Among the splits that work,
 * the one whose rarest piece is most common: "gig season", not "gigs eason"; "all aboard", not
 * "alla board" (cmudict is full of names, so "known to the dictionary" is not enough).
 */
export function splitGluedWord(word: string, rank: WordRank): string[] | undefined {
  if (word.length < 4 || rank(word) !== undefined) return undefined;
  const splits = (pieces: 2 | 3): string[][] => {
    const out: string[][] = [];
    for (let i = 2; i <= word.length - 2; i++) {
      if (pieces === 2) out.push([word.slice(0, i), word.slice(i)]);
      else
        for (let j = i + 2; j <= word.length - 2; j++)
          out.push([word.slice(0, i), word.slice(i, j), word.slice(j)]);
    }
    return out;
  };
  // The rank of a split's rarest piece; infinite when a piece is not a common word.
  const rarest = (parts: string[]) => Math.max(...parts.map((p) => rank(p) ?? Number.POSITIVE_INFINITY));
  for (const pieces of [2, 3] as const) {
    let best: string[] | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const parts of splits(pieces)) {
      const cost = rarest(parts);
      if (cost < bestCost) {
        best = parts;
        bestCost = cost;
      }
    }
    if (best) return best;
  }
  return undefined;
}

/**
 * The code as spoken: normalised ("GLOW10" → "glow ten"), and each word the pronunciation
 * dictionary lacks split into common ones ("CANTER10" keeps "canter", a word of its own).
 */
export function spokenPromoCode(code: string, rank?: WordRank, knownWord?: (w: string) => boolean): string {
  const words = normalizeText(code).split(' ').filter(Boolean);
  if (!rank) return words.join(' ');
  return words.flatMap((w) => (knownWord?.(w) ? [w] : (splitGluedWord(w, rank) ?? [w]))).join(' ');
}
