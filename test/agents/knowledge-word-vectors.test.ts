/**
 * The offline word-vector embedder over the real GloVe table (built from the npm package on the
 * first run on a machine, then read from the cache): questions land nearer the passage that
 * answers them than the others, and hybrid search on both databases stores the offline model's
 * vectors and answers with them. Single sentences are noisy ("when will my package arrive" is
 * nearer "returned within 30 days" than the shipping passage), so these are cases with a margin;
 * the measured effect is the knowledge benches' (README).
 */
import { describe, expect, it } from 'vitest';
import { cosine } from '../../src/agents/knowledge/embeddings.ts';
import { KnowledgeBase, KnowledgeError } from '../../src/agents/knowledge/index.ts';
import { WORD_VECTORS_MODEL, wordVectorEmbedder } from '../../src/agents/knowledge/word-vectors/embedder.ts';
import { loadWordTable } from '../../src/agents/knowledge/word-vectors/table.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';

const DOC = `# Help

## Shipping

Orders leave our warehouse within two days by courier, to every state and to Canada.

## Returns

Unworn items can be returned within 30 days for a full refund.

## Warranty

Frames carry a ten year guarantee against manufacturing defects.
`;

describe('offline word vectors', () => {
  it('puts a question nearer the passage that answers it', { timeout: 120_000 }, async () => {
    const table = await loadWordTable();
    expect(table.dimensions).toBe(100);
    expect(table.index.size).toBeGreaterThan(100_000);
    const embedder = wordVectorEmbedder();
    const [shipping, returns, warranty] = await embedder.embedMany([
      'Orders leave our warehouse within two days by courier, to every state and to Canada',
      'Unworn items can be returned within 30 days for a full refund',
      'Frames carry a ten year guarantee against manufacturing defects',
    ]);
    const ask = async (q: string) => {
      const v = await embedder.embed(q);
      return [shipping!, returns!, warranty!].map((p) => cosine(v, p));
    };
    const [s1, r1, w1] = await ask('can I get my money back');
    expect(r1).toBeGreaterThan(Math.max(s1!, w1!));
    const [s2, r2, w2] = await ask('I changed my mind, can I send it back');
    expect(r2).toBeGreaterThan(Math.max(s2!, w2!));
    const [s3, r3, w3] = await ask('my frame cracked, is that covered');
    expect(w3).toBeGreaterThan(Math.max(s3!, r3!));
    const [s4, r4, w4] = await ask('do you mail to toronto');
    expect(s4).toBeGreaterThan(Math.max(r4!, w4!));
  });

  it('a build cancelled before it starts is refused with a clear error', async () => {
    const controller = new AbortController();
    controller.abort();
    // A table size nobody caches, so this is a build, not a read.
    const err = await loadWordTable(controller.signal, 1_234).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KnowledgeError);
    expect(err).toMatchObject({ code: 'embedding_failed', message: expect.stringMatching(/cancelled/) });
  });
});

describe.each(TEST_DIALECTS)('hybrid search with offline word vectors on %s', (dialect) => {
  const t = useTestStore(dialect);
  it('stores a vector of the offline model per chunk and ranks by them', { timeout: 120_000 }, async () => {
    const kb = new KnowledgeBase({
      db: t.store.db,
      config: { KNOWLEDGE_EMBEDDING_PROVIDER: 'word-vectors' },
    });
    await kb.importDocument({ kb: 'help', kind: 'faq', source: 'help.md', format: 'markdown' }, DOC);
    const models = await t.store.db.selectFrom('knowledge_chunks').select('embedding_model').execute();
    expect(new Set(models.map((r) => r.embedding_model))).toEqual(new Set([WORD_VECTORS_MODEL]));
    const [best] = await kb.search({ kb: 'help', query: 'can I get my money back' });
    expect(best?.headings).toEqual(['Returns']);
  });
});
