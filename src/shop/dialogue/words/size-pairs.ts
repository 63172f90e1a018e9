/**
 * Sizes that span two letter sizes (issue 12): "ML", "S/M", "L/XL" are said as the two sizes'
 * words ("medium large", "medium-large", "small to medium", "mediana grande"). Pure.
 */
import { SIZE_WORDS } from './lexicon.ts';

const KEYS = Object.keys(SIZE_WORDS).sort((a, b) => b.length - a.length);

/** The two size keys a label joins ("ML" → M, L; "L/XL" → L, XL), if it is such a pair. */
function keyPair(label: string): [string, string] | undefined {
  const up = label.toUpperCase().replace(/\s+/g, '');
  const parts = up.split(/[/-]/);
  if (parts.length === 2 && parts.every((p) => SIZE_WORDS[p])) return [parts[0]!, parts[1]!];
  for (const a of KEYS)
    if (up.startsWith(a) && SIZE_WORDS[up.slice(a.length)] && up.length > a.length)
      return [a, up.slice(a.length)];
  return undefined;
}

/** Spoken forms of a two-size label, as [spoken, label] pairs for the vocabulary. */
export function sizePairSynonyms(label: string): [string, string][] {
  const pair = keyPair(label);
  if (!pair) return [];
  // The first two words of each key (a spelled-out one and its Spanish word) are enough.
  const [a, b] = pair.map((k) =>
    SIZE_WORDS[k]!.filter((w) => /^[a-z ]+$/.test(w) && w.length > 2).slice(0, 3),
  );
  const out: [string, string][] = [];
  for (const x of a!)
    for (const y of b!) {
      out.push([`${x} ${y}`, label]);
      out.push([`${x} to ${y}`, label]);
      out.push([`${x} a ${y}`, label]);
    }
  return out;
}

const BIG = /^(big|bigger|biggest|large|larger|largest|grande|grandes|mayor)$/;
const SMALL = /^(small|smaller|smallest|little|pequeno|pequena|chico|chica|menor)$/;

/** A size label's place among letter sizes (XS 0 … XXL 5), by its key or one of its words. */
function rank(label: string): number | undefined {
  const up = label.toUpperCase().trim();
  const keys = Object.keys(SIZE_WORDS);
  const at = keys.indexOf(up);
  if (at >= 0) return at;
  const low = label.toLowerCase().trim();
  const k = keys.findIndex((x) => SIZE_WORDS[x]!.includes(low));
  return k >= 0 ? k : undefined;
}

/**
 * "The big size", "the smaller one" for a product sized Small / Large or S … XL: the largest (or
 * smallest) of its letter sizes. Undefined when a size word names a size itself ("large" said of
 * S/M/L is that L, read elsewhere) or the sizes are not letter sizes.
 */
export function sizeByRank(words: string[], sizes: readonly string[]): string | undefined {
  const big = words.some((w) => BIG.test(w));
  const small = words.some((w) => SMALL.test(w));
  if (big === small || sizes.length < 2) return undefined;
  const ranked = sizes.map((s) => ({ s, r: rank(s) }));
  if (ranked.some((x) => x.r === undefined)) return undefined;
  const sorted = ranked.sort((a, b) => a.r! - b.r!);
  return (big ? sorted.at(-1) : sorted[0])!.s;
}
