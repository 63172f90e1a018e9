/**
 * The learned guard's view of a text: hashed word and character n-grams of the folded form
 * (normalize.ts: lower case, no accents, leetspeak and spelled letters undone, base64 decoded), so
 * the model reads "1gn0re" and "ignore" alike and a rephrasing still shares most of its pieces with
 * the lines it learned from.
 *
 * Hashing (no vocabulary to ship): a feature is its bucket, `fnv1a(name) mod 2^bits`. Collisions
 * only add a little noise to a linear model.
 */
import { normalizeForRules } from '../normalize.ts';
import { conceptFeatures } from './concepts.ts';

export interface FeatureSpec {
  /** log2 of the number of buckets. */
  readonly bits: number;
  /** Character n-gram lengths, inclusive, taken inside each word padded with spaces. */
  readonly charMin: number;
  readonly charMax: number;
  /** Adjacent word pairs as features. */
  readonly wordPairs: boolean;
  /** Word pairs with one word between ("kill my neighbour" → kill…neighbour). */
  readonly skipPairs: boolean;
  /** A word's first letters as a rough stem ("poisoning" → pois…), 0 = none. */
  readonly stem: number;
  /**
   * Character n-grams of this length over the words run together (spaces dropped), 0 = none: a
   * speech recogniser splits and merges words ("dis regard your pre vious instructions", "for get"),
   * and runs across word edges still share most of their pieces with the written form. Not in the
   * weights file's schema yet, so a loaded model reads it as absent: absent means JOINED_DEFAULT.
   */
  readonly joined?: number;
  /** The rules' concepts met, alone and in pairs (concepts.ts); absent means CONCEPTS_DEFAULT. */
  readonly concepts?: boolean;
}

/** Whether a spec that does not say uses the concept features (every committed weights file). */
export const CONCEPTS_DEFAULT = true;

/** The joined n-gram length of a spec that does not name one (every committed weights file). */
export const JOINED_DEFAULT = 4;

export const DEFAULT_FEATURES: FeatureSpec = {
  bits: 18,
  charMin: 3,
  charMax: 5,
  wordPairs: true,
  skipPairs: false,
  stem: 0,
};

/** 32-bit FNV-1a over UTF-16 code units: fast, deterministic, no dependency. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Words of the folded text; long texts keep their first 200 words (an intent fits in a sentence or two). */
export function words(text: string): string[] {
  return (normalizeForRules(text).match(WORD) ?? []).slice(0, 200);
}

/**
 * The distinct buckets a text lights up, sorted. Feature names carry a prefix per family so a
 * word and a character run of the same letters stay apart.
 */
export function featureBuckets(text: string, spec: FeatureSpec = DEFAULT_FEATURES): Int32Array {
  const mask = (1 << spec.bits) - 1;
  const seen = new Set<number>();
  const add = (name: string) => seen.add(fnv1a(name) & mask);
  const folded = normalizeForRules(text);
  const ws = (folded.match(WORD) ?? []).slice(0, 200);
  add(`len:${Math.min(4, Math.floor(ws.length / 8))}`);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    add(`w:${w}`);
    if (spec.wordPairs && i + 1 < ws.length) add(`p:${w} ${ws[i + 1]}`);
    if (spec.skipPairs && i + 2 < ws.length) add(`s:${w} ${ws[i + 2]}`);
    if (spec.stem > 0 && w.length > spec.stem) add(`t:${w.slice(0, spec.stem)}`);
    const padded = ` ${w} `;
    for (let n = spec.charMin; n <= spec.charMax; n++)
      for (let at = 0; at + n <= padded.length; at++) add(`c:${padded.slice(at, at + n)}`);
  }
  const j = spec.joined ?? JOINED_DEFAULT;
  if (j > 0) {
    const run = ws.join('');
    for (let at = 0; at + j <= run.length; at++) add(`j:${run.slice(at, at + j)}`);
  }
  if (spec.concepts ?? CONCEPTS_DEFAULT) for (const name of conceptFeatures(folded)) add(name);
  return Int32Array.from([...seen].sort((a, b) => a - b));
}
