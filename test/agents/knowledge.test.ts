/**
 * The knowledge base on both databases: import (Markdown, HTML, text) with heading paths,
 * idempotent re-import, ranked search in English and Spanish, "nothing matches", and bad
 * documents and queries refused with nothing already stored lost.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase, KnowledgeError } from '../../src/agents/knowledge/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';

const NOW = () => new Date('2026-03-01T10:00:00Z');

const SHIPPING_MD = `# Shipping policy

## Where we ship

We ship to the United States and Mexico. We do not ship to P.O. boxes.

## Shipping costs

Standard shipping costs $6. It is free on orders over $80.
`;

const RETURNS_HTML = `<!doctype html><html><head><title>Returns</title></head><body>
<h1>Returns</h1><h2>Time limit</h2><p>Return unworn shoes within <b>45 days</b> of delivery.</p>
<h2>Refunds</h2><p>Refunds reach your card in 5 business days.</p></body></html>`;

const ENVIOS_MD = `# Envíos

## Plazos

El envío a Canarias tarda 10 días laborables.
`;

async function seeded(db: ConstructorParameters<typeof KnowledgeBase>[0]['db']) {
  const kb = new KnowledgeBase({ db, now: NOW, embedder: null });
  await kb.importDocument(
    { kb: 'shoes', kind: 'policy', source: 'shipping.md', format: 'markdown' },
    SHIPPING_MD,
  );
  await kb.importDocument(
    { kb: 'shoes', kind: 'policy', source: 'returns.html', format: 'html' },
    RETURNS_HTML,
  );
  await kb.importDocument(
    { kb: 'shoes', kind: 'faq', source: 'envios.md', format: 'markdown', language: 'es' },
    ENVIOS_MD,
  );
  return kb;
}

describe.each(TEST_DIALECTS)('knowledge base on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('imports Markdown and HTML into chunks that keep their heading path and source', async () => {
    const kb = await seeded(t.store.db);
    const docs = await kb.documents.list('shoes');
    expect(docs.map((d) => [d.source, d.title, d.chunks])).toEqual([
      ['envios.md', 'Envíos', 1],
      ['returns.html', 'Returns', 2],
      ['shipping.md', 'Shipping policy', 2],
    ]);
    const chunks = await t.store.db
      .selectFrom('knowledge_chunks')
      .select(['heading_path', 'text'])
      .where('document_id', '=', docs[1]!.id)
      .orderBy('ord')
      .execute();
    expect(chunks).toEqual([
      { heading_path: '["Time limit"]', text: 'Return unworn shoes within 45 days of delivery.' },
      { heading_path: '["Refunds"]', text: 'Refunds reach your card in 5 business days.' },
    ]);
  });

  it('finds the passage that answers, with its source title, in English and Spanish (accents folded)', async () => {
    const kb = await seeded(t.store.db);
    const [cost] = await kb.search({ kb: 'shoes', query: 'how much does shipping cost?' });
    expect(cost).toMatchObject({
      title: 'Shipping policy',
      source: 'shipping.md',
      headings: ['Shipping costs'],
    });
    const [refund] = await kb.search({ kb: 'shoes', query: 'when will my refund arrive?' });
    expect(refund).toMatchObject({ title: 'Returns', headings: ['Refunds'] });
    const [es] = await kb.search({
      kb: 'shoes',
      query: '¿cuánto tarda el envio a canarias?',
      language: 'es',
    });
    expect(es).toMatchObject({ source: 'envios.md', headings: ['Plazos'] });
  });

  it('returns nothing when no passage answers, and searches only the named knowledge base', async () => {
    const kb = await seeded(t.store.db);
    expect(await kb.search({ kb: 'shoes', query: 'do you sell gift cards?' })).toEqual([]);
    expect(await kb.search({ kb: 'other', query: 'how much does shipping cost?' })).toEqual([]);
  });

  it('re-imports idempotently: same content changes nothing, changed content replaces the chunks', async () => {
    const kb = await seeded(t.store.db);
    const again = await kb.importDocument(
      { kb: 'shoes', kind: 'policy', source: 'shipping.md', format: 'markdown' },
      SHIPPING_MD,
    );
    expect(again.status).toBe('unchanged');
    const changed = await kb.importDocument(
      { kb: 'shoes', kind: 'policy', source: 'shipping.md', format: 'markdown' },
      SHIPPING_MD.replace('$6', '$9').replace(
        '## Where we ship\n\nWe ship to the United States and Mexico. We do not ship to P.O. boxes.\n',
        '',
      ),
    );
    expect(changed).toMatchObject({ status: 'replaced', documentId: again.documentId, chunks: 1 });
    const [cost] = await kb.search({ kb: 'shoes', query: 'shipping cost' });
    expect(cost?.text).toContain('$9');
    expect(await kb.search({ kb: 'shoes', query: 'do you ship to Mexico?' })).toEqual([]);
    const rows = await t.store.db
      .selectFrom('knowledge_chunks')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('document_id', '=', again.documentId)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(1);
  });

  it('refuses bad documents with the reason, losing nothing already stored', async () => {
    const kb = new KnowledgeBase({
      db: t.store.db,
      now: NOW,
      embedder: null,
      config: { KNOWLEDGE_MAX_DOCUMENT_BYTES: 2048 },
    });
    const req = { kb: 'shoes', kind: 'policy', source: 'shipping.md', format: 'markdown' } as const;
    await kb.importDocument(req, SHIPPING_MD);
    const refused = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        expect(e).toBeInstanceOf(KnowledgeError);
        return (e as KnowledgeError).code;
      }
      throw new Error('expected a refusal');
    };
    expect(await refused(kb.importDocument(req, 'x'.repeat(3000)))).toBe('oversized');
    expect(await refused(kb.importDocument(req, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])))).toBe(
      'binary',
    );
    expect(await refused(kb.importDocument(req, new Uint8Array([0xff, 0xfe, 0xfd])))).toBe('binary');
    expect(
      await refused(kb.importDocument({ ...req, format: 'html' }, '<h1>Shipping</h1><p>We ship</h2>')),
    ).toBe('broken_html');
    expect(await refused(kb.importDocument(req, '# Only a heading\n\n## And another\n'))).toBe('empty');
    expect(await refused(kb.importDocument(req, '   \n'))).toBe('empty');
    expect(await refused(kb.importDocument({ ...req, kb: 'Not A Slug' }, SHIPPING_MD))).toBe('bad_input');
    const [cost] = await kb.search({ kb: 'shoes', query: 'shipping cost' });
    expect(cost?.text).toContain('$6');
    expect((await kb.documents.list('shoes')).map((d) => d.chunks)).toEqual([2]);
  });

  it('refuses an empty or huge query with a clear error', async () => {
    const kb = await seeded(t.store.db);
    await expect(kb.search({ kb: 'shoes', query: '   ' })).rejects.toThrow(/empty/);
    await expect(kb.search({ kb: 'shoes', query: 'ship '.repeat(200) })).rejects.toThrow(/longer than 500/);
  });

  it('removes a document with its chunks', async () => {
    const kb = await seeded(t.store.db);
    const doc = (await kb.documents.list('shoes')).find((d) => d.source === 'returns.html')!;
    expect(await kb.documents.remove('shoes', doc.id)).toBe(true);
    expect(await kb.documents.remove('shoes', doc.id)).toBe(false);
    expect(await kb.search({ kb: 'shoes', query: 'refund' })).toEqual([]);
  });
});
