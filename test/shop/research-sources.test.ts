/**
 * Research beyond the template: candidates compared on their own data, the shop's documents and a
 * web provider (a real HTTP stand-in speaking SearXNG's JSON) consulted, an LLM summariser with the
 * template as fallback, and each shopper's results listed for the history — on both databases.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebSearch } from '../../src/shop/research/web/index.ts';
import { createShopTools } from '../../src/shop/tools/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, fixtureSearch, seedShop, tickingClock } from './fixtures.ts';
import { call } from './helpers.ts';

let server: Server;
let base: string;
let mode: 'ok' | 'down' = 'ok';
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(req.url ?? '');
    if (mode === 'down') {
      res.writeHead(503).end('maintenance');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        query: 'x',
        results: [
          {
            title: 'Best trail shoes 2026',
            url: 'https://example.org/trail',
            content: 'The <b>Trail Runner 2</b> is &quot;grippy&quot;.',
          },
          { title: 'Sizing running shoes', url: 'https://example.org/size', content: 'Go half a size up.' },
        ],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each(TEST_DIALECTS)('research sources on %s', (dialect) => {
  const t = useTestStore(dialect);

  async function shopWith() {
    await seedShop(t.store.db);
    const set = createShopTools({
      db: t.store.db,
      search: fixtureSearch(t.store.db),
      now: tickingClock(),
      config: { SHOP_CONFIRM_SECRET: 'x'.repeat(20) },
      web: createWebSearch('searxng', { url: base, apiKey: undefined }),
    });
    await set.services.knowledge.base.importDocument(
      {
        kb: set.services.knowledge.defaultKb,
        kind: 'size-guide',
        source: 'fit.md',
        format: 'markdown',
        title: 'Fit guide',
      },
      '# Fit guide\n\n## Trail shoes\n\nOur trail shoes run small: for waterproof trail shoes take half a size up.\n',
    );
    return set;
  }

  async function research(set: Awaited<ReturnType<typeof shopWith>>, query: string, user = 'u_alice') {
    const c = ctx(user);
    const start = await call(set, 'start_research', { query }, c);
    await set.services.research.settled(start.result.researchId);
    return call(set, 'get_research', { researchId: start.result.researchId }, c);
  }

  it('compares on what each product says, cites the fit guide and the web, and stores them', async () => {
    mode = 'ok';
    const set = await shopWith();
    const r = await research(set, 'waterproof trail shoes');
    expect(r.result.status).toBe('done');
    const summary: string = r.result.summary;
    // The product whose own text says "waterproof" and "trail" comes first, with its sizes in stock
    // ("shoes" counts too since the comparison reads words by the catalog's forms: "shoe" is one).
    expect(summary).toMatch(
      /Top picks: Trail Runner 2 by Stride, €59\.99, says waterproof, trail and shoes, in stock in 42/,
    );
    expect(summary).toContain(
      'From "Fit guide": Our trail shoes run small: for waterproof trail shoes take half a size up.',
    );
    expect(summary).toContain('There are 2 web results on screen too.');
    expect(asked.at(-1)).toMatch(/^\/search\?q=waterproof\+trail\+shoes&format=json&language=en$/);
    expect(r.result.web).toEqual([
      {
        title: 'Best trail shoes 2026',
        url: 'https://example.org/trail',
        snippet: 'The Trail Runner 2 is "grippy".',
      },
      { title: 'Sizing running shoes', url: 'https://example.org/size', snippet: 'Go half a size up.' },
    ]);
    expect(r.ui[0]).toMatchObject({
      type: 'research',
      documents: [{ title: 'Fit guide', source: 'fit.md' }],
      web: [{ url: 'https://example.org/trail' }, { url: 'https://example.org/size' }],
    });
  });

  it('a web provider that is down does not fail the research; the problem is stored with it', async () => {
    mode = 'down';
    const set = await shopWith();
    const r = await research(set, 'trail shoes');
    expect(r.result.status).toBe('done');
    expect(r.result.web).toBeUndefined();
    const [stored] = await set.services.research.list('u_alice', 'en');
    expect(stored?.sources.problems).toEqual(['web search (searxng): searxng answered HTTP 503']);
    mode = 'ok';
  });

  it('uses the configured summariser, and the template when it fails or says nothing', async () => {
    mode = 'ok';
    const seen: unknown[] = [];
    let reply: 'text' | 'throw' | 'empty' = 'text';
    const set = await shopWith();
    set.services.research.useSummarizer(async (input) => {
      seen.push(input.candidates.map((c) => c.product.name));
      if (reply === 'throw') throw new Error('model unavailable');
      return reply === 'empty' ? '  ' : 'The Trail Runner 2 is the pick.';
    });
    expect((await research(set, 'trail shoes')).result.summary).toBe('The Trail Runner 2 is the pick.');
    // Facts only, the product whose text says more of the question first.
    expect(seen[0]).toEqual(['Trail Runner 2', 'Road Racer']);
    reply = 'throw';
    expect((await research(set, 'trail shoes')).result.summary).toMatch(
      /^I compared 2 products for "trail shoes"/,
    );
    reply = 'empty';
    expect((await research(set, 'trail shoes')).result.summary).toMatch(/^I compared 2 products/);
  });

  it('shutdown while the catalog and the web are both still searching leaves no stray rejection', async () => {
    await seedShop(t.store.db);
    const untilAborted = (signal: AbortSignal, delay: number) =>
      new Promise<never>((_, reject) =>
        signal.addEventListener('abort', () => setTimeout(() => reject(signal.reason), delay), {
          once: true,
        }),
      );
    const set = createShopTools({
      db: t.store.db,
      // The catalog gives up at once; the web provider only a little later, after the job has ended.
      search: (_q, signal) => untilAborted(signal ?? new AbortController().signal, 0),
      now: tickingClock(),
      config: { SHOP_CONFIRM_SECRET: 'x'.repeat(20) },
      web: { name: 'slow', search: (_q, _l, signal) => untilAborted(signal, 20) },
    });
    const stray: unknown[] = [];
    const onStray = (reason: unknown) => stray.push(reason);
    process.on('unhandledRejection', onStray);
    try {
      const c = ctx('u_alice');
      const start = await call(set, 'start_research', { query: 'trail shoes' }, c);
      await set.services.close();
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(stray).toEqual([]);
      expect(
        (await call(set, 'get_research', { researchId: start.result.researchId }, c)).result,
      ).toMatchObject({
        status: 'failed',
        error: 'cancelled',
      });
    } finally {
      process.off('unhandledRejection', onStray);
    }
  });

  it("lists a shopper's own research newest first, never another's", async () => {
    mode = 'ok';
    const set = await shopWith();
    await research(set, 'trail shoes');
    await research(set, 'cotton hoodie');
    await research(set, 'socks', 'u_bob');
    const mine = await set.services.research.list('u_alice', 'en');
    expect(mine.map((r) => [r.query, r.status])).toEqual([
      ['cotton hoodie', 'done'],
      ['trail shoes', 'done'],
    ]);
    // The hoodie says "cotton" and "hoodie", the socks only "cotton".
    expect(mine[0]?.items.map((p) => p.id)).toEqual(['p_hoodie', 'p_socks']);
    expect((await set.services.research.list('u_bob', 'en')).map((r) => r.query)).toEqual(['socks']);
  });
});
