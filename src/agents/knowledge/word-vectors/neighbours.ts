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

export class WordNeighbours {
  readonly #table: WordTable;
  readonly #texts = new Map<string, readonly number[]>();
  readonly #pairs = new Map<number, Map<number, number>>();

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
    let cache = this.#pairs.get(mine);
    if (!cache) {
      cache = new Map();
      if (this.#pairs.size >= WORD_MEMO) this.#pairs.delete(this.#pairs.keys().next().value!);
      this.#pairs.set(mine, cache);
    }
    let best = 0;
    for (const row of this.#rowsOf(text)) {
      let c = cache.get(row);
      if (c === undefined) {
        c = this.#dot(mine, row);
        cache.set(row, c);
      }
      if (c > best) best = c;
    }
    return best;
  }

  #rowOf(word: string): number | undefined {
    if (!/^\p{L}{3,}$/u.test(word)) return undefined;
    return this.#table.index.get(word);
  }

  #rowsOf(text: string): readonly number[] {
    let rows = this.#texts.get(text);
    if (rows) return rows;
    const set = new Set<number>();
    for (const w of meaningfulWords(text)) {
      const r = this.#rowOf(w);
      if (r !== undefined) set.add(r);
    }
    rows = [...set];
    if (this.#texts.size >= TEXT_MEMO) this.#texts.delete(this.#texts.keys().next().value!);
    this.#texts.set(text, rows);
    return rows;
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
