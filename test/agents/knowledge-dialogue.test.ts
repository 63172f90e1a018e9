/**
 * The offline engine answers policy questions from the knowledge base through the real tool loop
 * and shop tools: the best passage with its source named, "I don't know" with a person offered
 * when nothing matches, and the configured policy text still answered as before.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/agents/knowledge/index.ts';
import { ConversationContext } from '../../src/services/llm/context.ts';
import { SHOP_ASSISTANT } from '../../src/services/llm/profiles.ts';
import { runToolLoop } from '../../src/services/llm/tool-loop.ts';
import { getCurrentVocabulary } from '../../src/shop/catalog/current-vocabulary.ts';
import type { Language } from '../../src/shop/contract.ts';
import { createShopDialogueModel } from '../../src/shop/dialogue/index.ts';
import { createShopTools } from '../../src/shop/tools/index.ts';
import type { Database } from '../../src/store/schema.ts';
import { useTestStore } from '../store/databases.ts';

const SHIPPING = `# Shipping policy

## Where we ship

We ship to the United States and Mexico only.

## Shipping costs

Standard shipping costs $6 and is free on orders over $80.
`;

async function ask(db: Kysely<Database>, text: string, language: Language, policyText?: string) {
  const tools = createShopTools({
    db,
    config: {
      SHOP_CONFIRM_SECRET: 'knowledge-test-secret-123',
      ...(policyText ? { SHOP_POLICY_TEXT: policyText } : {}),
    },
  });
  const ts = new Date().toISOString();
  const userId = `u_${Math.random().toString(36).slice(2, 8)}`;
  await db
    .insertInto('users')
    .values({ id: userId, kind: 'guest', created_at: ts, updated_at: ts })
    .execute();
  const context = new ConversationContext({ profile: SHOP_ASSISTANT, language, maxMessages: 50 });
  context.addUserText(text);
  const calls: string[] = [];
  const summary = await runToolLoop({
    model: createShopDialogueModel({ vocabulary: (l) => getCurrentVocabulary(db, l) }),
    provider: 'offline',
    context,
    tools: tools.tools,
    user: { userId, sessionId: `s_${userId}` },
    signal: new AbortController().signal,
    // What the engine answers is under test, not how fast: on a loaded machine the first Spanish
    // question starts the Apertium processes (the server warms them at start), which took longer
    // than the 4 s first-chunk deadline and ended the turn with no reply.
    firstChunkTimeoutMs: 120_000,
    chunkTimeoutMs: 120_000,
    onEvent: (e) => {
      if (e.type === 'tool-call-stopped') calls.push(e.call.name);
    },
  });
  await tools.services.close();
  return { text: summary.text, calls };
}

describe('policy questions answered from the knowledge base (offline engine, SQLite)', () => {
  const t = useTestStore('sqlite');
  const withDocs = async () => {
    const kb = new KnowledgeBase({ db: t.store.db, embedder: null });
    await kb.importDocument(
      { kb: 'default', kind: 'policy', source: 'shipping.md', format: 'markdown' },
      SHIPPING,
    );
  };

  it('answers from the best passage and names its source', async () => {
    await withDocs();
    const r = await ask(t.store.db, 'how much is shipping?', 'en');
    expect(r.calls).toEqual(['search_knowledge']);
    expect(r.text).toBe(
      'Our shipping policy says: Standard shipping costs $6 and is free on orders over $80.',
    );
  });

  it('"do you ship to Canada?" gets no product search: the passage that says where the shop ships', async () => {
    await withDocs();
    const r = await ask(t.store.db, 'do you ship to Canada?', 'en');
    expect(r.calls).toEqual(['search_knowledge']);
    expect(r.text).toBe('Our shipping policy says: We ship to the United States and Mexico only.');
  });

  it('says it does not know, offering a person, when no document answers', async () => {
    await withDocs();
    const r = await ask(t.store.db, 'do you do gift wrapping?', 'en');
    expect(r.calls).toEqual(['search_knowledge']);
    expect(r.text).toBe(
      "I don't know: the store's information doesn't say. If you like, I can pass you to a person who can tell you.",
    );
    const es = await ask(t.store.db, '¿hacéis envoltorios de regalo?', 'es');
    expect(es.text).toMatch(/^No lo sé: .*te paso con una persona/);
  });

  it('keeps answering from the configured policy text (one document of the default knowledge base)', async () => {
    const r = await ask(
      t.store.db,
      'what is your return policy?',
      'en',
      'Returns are free within 30 days. Shipping takes 3 days.',
    );
    expect(r.calls).toEqual(['search_knowledge', 'get_policy']);
    expect(r.text).toContain('Returns are free within 30 days.');
    const docs = await new KnowledgeBase({ db: t.store.db, embedder: null }).documents.list('default');
    expect(docs.map((d) => [d.source, d.title])).toEqual([['config:SHOP_POLICY_TEXT', 'store policy']]);
  });

  it('with no documents and no policy text, passes the question to a person as before', async () => {
    const r = await ask(t.store.db, 'what is your return policy?', 'en');
    expect(r.calls).toEqual(['search_knowledge', 'get_policy', 'request_human']);
  });

  it('search_knowledge refuses a huge query with a clear error', async () => {
    const tools = createShopTools({
      db: t.store.db,
      config: { SHOP_CONFIRM_SECRET: 'knowledge-test-secret-123' },
    });
    const tool = tools.byName.get('search_knowledge')!;
    const parsed = (tool.inputSchema as { safeParse(v: unknown): { success: boolean } }).safeParse({
      query: 'x'.repeat(600),
    });
    expect(parsed.success).toBe(false);
    await tools.services.close();
  });
});

describe('store questions the engine reads as a product search (offline engine, SQLite)', () => {
  const t = useTestStore('sqlite');
  const CARE = `# Care guide

## Washing

Machine wash fleece jackets cold, inside out, and hang them to dry. Never tumble dry them.
`;
  const withCare = async () => {
    const kb = new KnowledgeBase({ db: t.store.db, embedder: null });
    await kb.importDocument({ kb: 'default', kind: 'faq', source: 'care.md', format: 'markdown' }, CARE);
  };

  it('asks the store documents first and answers when a passage says enough of the question', async () => {
    await withCare();
    const r = await ask(t.store.db, 'can I wash a fleece jacket in the machine?', 'en');
    expect(r.calls[0]).toBe('search_knowledge');
    expect(r.calls).not.toContain('search_products');
    expect(r.text).toMatch(/^Yes\. Our care guide says: Machine wash fleece jackets cold/);
  });

  it('never holds up a request for products, even one the documents mention', async () => {
    await withCare();
    const r = await ask(t.store.db, 'do you have fleece jackets?', 'en');
    expect(r.calls).not.toContain('search_knowledge');
    expect(r.calls).toContain('search_products');
  });
});
