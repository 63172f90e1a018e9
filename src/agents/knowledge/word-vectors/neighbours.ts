/**
 * Words that mean nearly the same, by their GloVe vectors: a shopper's "grease" is close to a
 * passage's "lubricate", "erase" to "delete". WordNet (meanings.ts) links words by the senses a
 * dictionary lists; the vectors link the words people use in the same places, which covers the
 * everyday paraphrases WordNet has no link for. Pure arithmetic over the loaded table; memoised
 * per word pair and per text, since a shop's knowledge base is a few hundred passages.
 */
import { meaningfulWords } from '../terms.ts';
import type { WordTable } from './table.ts';

/** Texts whose known words are remembered (a knowledge base's passages and recent questions). */
const TEXT_MEMO = 4096;
/** Words whose closeness to others is remembered. */
const WORD_MEMO = 2048;
/** Distinct words seen in texts before everything is forgotten (a few shops' passages fit well). */
const LOCAL_MAX = 50_000;

export class WordNeighbours {
  readonly #table: WordTable;
  /** Each text's known words, as local numbers (below). */
  readonly #texts = new Map<string, Int32Array>();
  /** Table row → local number, for the words seen in texts: the closeness memo is indexed by it. */
  readonly #local = new Map<number, number>();
  readonly #rows: number[] = [];
  /**
   * A word's cosine with each local word, NaN until asked: typed-array reads instead of a map
   * lookup per word pair, since this runs for every concept and passage of every question.
   */
  readonly #closeness = new Map<number, Float64Array>();

  constructor(table: WordTable) {
    this.#table = table;
  }

  /**
   * The cosine of `word` and the closest known word of `text` (0 when either is unknown): how
   * nearly the text says the word in another word. Words too short to tell (one or two letters)
   * and figures are never close to anything.
   */
  related(word: string, text: string): number {
    const mine = this.#rowOf(word);
    if (mine === undefined) return 0;
    const locals = this.#localsOf(text);
    let cache = this.#closenessOf(mine);
    let best = 0;
    for (const local of locals) {
      if (local >= cache.length) cache = this.#grow(mine, cache);
      let c = cache[local]!;
      if (Number.isNaN(c)) {
        c = this.#dot(mine, this.#rows[local]!);
        cache[local] = c;
      }
      if (c > best) best = c;
    }
    return best;
  }

  /**
   * How common `word` is in general English, as its frequency rank in the vectors' corpus (0 =
   * most frequent); undefined for words the table does not hold (names, typos, most Spanish).
   */
  rankOf(word: string): number | undefined {
    const row = this.#rowOf(word);
    return row === undefined ? undefined : this.#table.ranks[row];
  }

  #rowOf(word: string): number | undefined {
    if (!/^\p{L}{3,}$/u.test(word)) return undefined;
    return this.#table.index.get(word);
  }

  #closenessOf(row: number): Float64Array {
    let cache = this.#closeness.get(row);
    if (!cache) {
      if (this.#closeness.size >= WORD_MEMO) this.#closeness.delete(this.#closeness.keys().next().value!);
      cache = new Float64Array(Math.max(64, this.#rows.length)).fill(Number.NaN);
      this.#closeness.set(row, cache);
    }
    return cache;
  }

  #grow(row: number, cache: Float64Array): Float64Array {
    const bigger = new Float64Array(Math.max(this.#rows.length, cache.length * 2)).fill(Number.NaN);
    bigger.set(cache);
    this.#closeness.set(row, bigger);
    return bigger;
  }

  #localsOf(text: string): Int32Array {
    let locals = this.#texts.get(text);
    if (locals) return locals;
    if (this.#rows.length >= LOCAL_MAX) {
      // Many shops' worth of words: start afresh rather than grow every word's memo further.
      this.#texts.clear();
      this.#local.clear();
      this.#rows.length = 0;
      this.#closeness.clear();
    }
    const set = new Set<number>();
    for (const w of meaningfulWords(text)) {
      const r = this.#rowOf(w);
      if (r === undefined) continue;
      let local = this.#local.get(r);
      if (local === undefined) {
        local = this.#rows.length;
        this.#rows.push(r);
        this.#local.set(r, local);
      }
      set.add(local);
    }
    locals = Int32Array.from(set);
    if (this.#texts.size >= TEXT_MEMO) this.#texts.delete(this.#texts.keys().next().value!);
    this.#texts.set(text, locals);
    return locals;
  }

  /** The rows are unit length: their dot product is their cosine. */
  #dot(a: number, b: number): number {
    const { vectors, dimensions } = this.#table;
    const pa = a * dimensions;
    const pb = b * dimensions;
    let dot = 0;
    for (let i = 0; i < dimensions; i++) dot += vectors[pa + i]! * vectors[pb + i]!;
    return dot;
  }
}
