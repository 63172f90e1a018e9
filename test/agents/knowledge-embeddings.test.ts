/**
 * Hybrid search with embeddings through the AI SDK against a local stand-in of an
 * OpenAI-compatible embeddings API: vectors stored per chunk on both databases, a question with no
 * word in common with the answer found by its meaning, and a failing provider refusing the import
 * with nothing stored lost.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase, KnowledgeError } from '../../src/agents/knowledge/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';

/** The stand-in's "meaning": one dimension per group of words that mean the same thing. */
const CONCEPTS = [
  ['ship', 'shipping', 'shipped', 'delivery', 'deliver', 'parcel', 'package', 'arrive', 'come'],
  ['return', 'returns', 'refund', 'money', 'back'],
  ['warranty', 'guarantee', 'broken', 'repair'],
];

function vectorOf(text: string): number[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return [...CONCEPTS.map((group) => words.filter((w) => group.includes(w)).length), 0.01];
}

let server: Server;
let baseURL: string;
let failing = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (failing || req.url !== '/v1/embeddings') {
        res.writeHead(failing ? 503 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'embeddings unavailable' } }));
        return;
      }
      const { input } = JSON.parse(body) as { input: string | string[] };
      const inputs = Array.isArray(input) ? input : [input];
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          object: 'list',
          model: 'stand-in',
          data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: vectorOf(text) })),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const DOC = `# Help

## Shipping

Orders ship within 2 days by courier.

## Returns

Send it back within 30 days for a refund.
`;

describe.each(TEST_DIALECTS)('hybrid knowledge search on %s', (dialect) => {
  const t = useTestStore(dialect);
  const kbOf = () =>
    new KnowledgeBase({
      db: t.store.db,
      config: {
        KNOWLEDGE_EMBEDDING_PROVIDER: 'openai-compatible',
        KNOWLEDGE_EMBEDDING_BASE_URL: baseURL,
        KNOWLEDGE_EMBEDDING_MODEL: 'stand-in',
        KNOWLEDGE_MIN_SIMILARITY: 0.8,
      },
    });

  it('stores a vector per chunk and finds a passage by meaning when no word matches', async () => {
    failing = false;
    const kb = kbOf();
    await kb.importDocument({ kb: 'help', kind: 'faq', source: 'help.md', format: 'markdown' }, DOC);
    const rows = await t.store.db
      .selectFrom('knowledge_chunks')
      .select(['embedding', 'embedding_model'])
      .execute();
    expect(rows.map((r) => r.embedding_model)).toEqual([
      'openai-compatible:stand-in',
      'openai-compatible:stand-in',
    ]);
    const [best] = await kb.search({ kb: 'help', query: 'when will my parcel come?' });
    expect(best).toMatchObject({ headings: ['Shipping'], coverage: 0 });
    // Full-text alone finds nothing for it.
    const plain = new KnowledgeBase({ db: t.store.db, embedder: null });
    expect(await plain.search({ kb: 'help', query: 'when will my parcel come?' })).toEqual([]);
  });

  it('a failing provider refuses the import and loses nothing stored', async () => {
    failing = false;
    const kb = kbOf();
    await kb.importDocument({ kb: 'help', kind: 'faq', source: 'help.md', format: 'markdown' }, DOC);
    failing = true;
    const err = await kb
      .importDocument(
        { kb: 'help', kind: 'faq', source: 'help.md', format: 'markdown' },
        DOC.replace('30', '60'),
      )
      .catch((e: unknown) => e);
    failing = false;
    expect(err).toBeInstanceOf(KnowledgeError);
    expect((err as KnowledgeError).code).toBe('embedding_failed');
    const [ret] = await kb.search({ kb: 'help', query: 'refund' });
    expect(ret?.text).toContain('30 days');
  });
});
