/**
 * The frozen knowledge set keeps its measured scores on SQLite (floors at the numbers in
 * README.md: a change that loses a question fails here; one that gains raises the floor).
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/agents/knowledge/index.ts';
import { openDatabase } from '../../src/store/db.ts';
import { scoreKnowledgeSet } from './bench.ts';

describe('frozen knowledge set (SQLite)', () => {
  it('keeps top-3 retrieval at 42/47 or better and correct answers at 41/55 or better', {
    timeout: 120_000,
  }, async () => {
    const store = await openDatabase({ path: ':memory:' });
    try {
      const scores = await scoreKnowledgeSet(new KnowledgeBase({ db: store.db, embedder: null }));
      expect(scores).toHaveLength(55);
      const answerable = scores.filter((s) => s.retrieved !== null);
      expect(answerable).toHaveLength(47);
      expect(answerable.filter((s) => s.retrieved).length).toBeGreaterThanOrEqual(42);
      expect(scores.filter((s) => s.correct).length).toBeGreaterThanOrEqual(41);
    } finally {
      await store.close();
    }
  });
});
