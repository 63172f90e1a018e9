/**
 * An offline embedder for hybrid knowledge search: a text's vector is the average of its words'
 * GloVe vectors, each weighted by how rare the word is (smooth inverse frequency, Arora et al.
 * 2017: weight a / (a + p(word))), so "return", "refund" and "money back" land near each other
 * while "the", "do" and "you" count for almost nothing. No model server, no key; 100 dimensions.
 * Word frequencies come from each word's rank in the corpus (Zipf's law), which the table keeps.
 */
import type { Embedder } from '../embedder-spec.ts';
import { loadWordTable, type WordTable } from './table.ts';

/** SIF's smoothing constant: words more common than about 1 in 1,000 are damped. */
const SIF_A = 1e-3;
const TOKEN = /[\p{L}][\p{L}'-]*/gu;

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

function rowOf(table: WordTable, word: string): number | undefined {
  return (
    table.index.get(word) ??
    table.index.get(fold(word)) ??
    (word.endsWith("'s") ? table.index.get(word.slice(0, -2)) : undefined)
  );
}

/** The SIF-weighted mean of the text's word vectors (all zeros when no word is known). */
export function sentenceVector(table: WordTable, text: string): number[] {
  const dims = table.dimensions;
  const out = new Float64Array(dims);
  // Zipf: p(rank r) ≈ 1 / ((r + 1) · H_V), H_V the vocabulary's harmonic number.
  const harmonic = Math.log(table.vocabulary) + 0.5772;
  for (const [token] of text.toLowerCase().matchAll(TOKEN)) {
    const row = rowOf(table, token);
    if (row === undefined) continue;
    const p = 1 / ((table.ranks[row]! + 1) * harmonic);
    const weight = SIF_A / (SIF_A + p);
    const at = row * dims;
    for (let i = 0; i < dims; i++) out[i]! += weight * table.vectors[at + i]!;
  }
  return Array.from(out);
}

export const WORD_VECTORS_MODEL = 'word-vectors:glove-6b-100d-sif';

/** The offline embedder; the table is read (or built, the first time on a machine) on first use. */
export function wordVectorEmbedder(): Embedder {
  return {
    model: WORD_VECTORS_MODEL,
    async embedMany(texts, signal) {
      const table = await loadWordTable(signal);
      return texts.map((t) => sentenceVector(table, t));
    },
    async embed(text, signal) {
      return sentenceVector(await loadWordTable(signal), text);
    },
  };
}
