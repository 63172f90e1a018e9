import { describe, expect, it } from 'vitest';
import { cosine } from '../embeddings.ts';
import { sentenceVector } from './embedder.ts';
import type { WordTable } from './table.ts';

/** Three words in two dimensions: "the" is the corpus's commonest word, the others are rare. */
const table: WordTable = {
  dimensions: 2,
  vocabulary: 400_000,
  index: new Map([
    ['the', 0],
    ['refund', 1],
    ['cafe', 2],
  ]),
  ranks: Int32Array.from([0, 20_000, 30_000]),
  vectors: Float32Array.from([1, 0, 0, 1, 0.6, 0.8]),
};

describe('sentence vectors from word vectors (SIF)', () => {
  it('weighs a word by its rarity: the commonest word barely moves the mean', () => {
    const [x, y] = sentenceVector(table, 'The refund');
    // "the" (rank 0) weighs ~0.01, "refund" ~0.97.
    expect(x).toBeGreaterThan(0);
    expect(x!).toBeLessThan(0.02);
    expect(y!).toBeGreaterThan(0.95);
  });

  it('ignores unknown words, folds accents and case, and gives zeros when nothing is known', () => {
    expect(sentenceVector(table, 'zzz qqq')).toEqual([0, 0]);
    expect(cosine(sentenceVector(table, 'CAFÉ'), [0.6, 0.8])).toBeCloseTo(1, 5);
    expect(cosine(sentenceVector(table, 'xyz refund xyz'), sentenceVector(table, 'refund'))).toBeCloseTo(
      1,
      5,
    );
  });
});
