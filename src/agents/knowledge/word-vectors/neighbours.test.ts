import { describe, expect, it } from 'vitest';
import { WordNeighbours } from './neighbours.ts';
import type { WordTable } from './table.ts';

/** Four unit vectors in two dimensions: "grease" and "oil" are close, "refund" is far from both. */
const table: WordTable = {
  dimensions: 2,
  vocabulary: 400_000,
  index: new Map([
    ['grease', 0],
    ['oil', 1],
    ['refund', 2],
    ['the', 3],
  ]),
  ranks: Int32Array.from([20_000, 5_000, 15_000, 0]),
  vectors: Float32Array.from([1, 0, 0.8, 0.6, 0, 1, 0.6, 0.8]),
};

describe('word-vector neighbours', () => {
  it('says how closely a text says a word in another word: the closest known word of the text', () => {
    const near = new WordNeighbours(table);
    expect(near.related('grease', 'Oil the chain every 200 miles.')).toBeCloseTo(0.8, 5);
    expect(near.related('grease', 'Refunds take five days.')).toBe(0);
    expect(near.related('grease', 'A refund, or oil?')).toBeCloseTo(0.8, 5);
  });

  it('knows nothing of unknown words, function words or short tokens', () => {
    const near = new WordNeighbours(table);
    expect(near.related('lubricate', 'oil')).toBe(0);
    // "the" is a function word of the text, never a neighbour.
    expect(near.related('refund', 'the')).toBe(0);
    expect(near.related('oi', 'oil')).toBe(0);
  });
});

describe('general word rank', () => {
  it('gives the corpus frequency rank of a known word, and nothing for unknown or short ones', () => {
    const near = new WordNeighbours(table);
    expect(near.rankOf('oil')).toBe(5_000);
    expect(near.rankOf('grease')).toBe(20_000);
    expect(near.rankOf('lubricate')).toBeUndefined();
    expect(near.rankOf('oi')).toBeUndefined();
  });
});
