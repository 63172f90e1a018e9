/**
 * The voice server's Convex link on a real store (SQLite and PostgreSQL) and the real recorder,
 * against a scripted Convex (a fetch that answers as the convex/ module's HTTP actions do), on a
 * fake clock: order, idempotency keys, backoff while Convex is down, refusals, a restart that
 * resumes at the cursor, and two nodes that never deliver one session twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/pipeline/clock.ts';
import { ConvexLinkDelivery, type ConvexLinkOptions } from '../../src/server/convex/link.ts';
import { ConversationRecorder } from '../../src/store/recorder.ts';
import { ConvexLinks } from '../../src/store/repositories/convex-links.ts';
import { openTestStore, TEST_DIALECTS, type TestStore } from '../store/databases.ts';

const URL = 'https://happy-otter-123.convex.site';
const SECRET = 's2s-secret-that-is-at-least-32-characters-long';
const T0 = Date.parse('2026-12-06T12:00:00Z');

interface Posted {
  path: string;
  /** What Convex answered (set once answered). */
  status?: number;
  secret: string | null;
  body: Record<string, unknown>;
}

type Answer = { status: number; body?: unknown } | 'network-down';

/** A Convex that records what reached it and answers from `script` (default 200). */
function fakeConvex(script: (p: Posted, n: number) => Answer = () => ({ status: 200 })) {
  const posted: Posted[] = [];
  const fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const p: Posted = {
      path: new globalThis.URL(String(input)).pathname,
      secret: new Headers(init.headers).get('x-s2s-secret'),
      body: JSON.parse(String(init.body)) as Record<string, unknown>,
    };
    const answer = script(p, posted.length);
    if (answer === 'network-down') throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
    p.status = answer.status;
    posted.push(p);
    return new Response(JSON.stringify(answer.body ?? { ok: true }), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return { posted, fetch };
}

describe.each(TEST_DIALECTS)('the Convex link on %s', (dialect) => {
  let store: TestStore;
  let recorder: ConversationRecorder;
  const clock = new FakeClock();
  const now = () => new Date(T0 + clock.now());
  const opened: ConvexLinkDelivery[] = [];

  async function setup() {
    store = await openTestStore(dialect);
    recorder = new ConversationRecorder(store.db, { clock });
  }

  function link(fetch: typeof globalThis.fetch, extra: Partial<ConvexLinkOptions> = {}) {
    const delivery = new ConvexLinkDelivery({
      links: new ConvexLinks(store.db),
      listEvents: (sessionId, afterSeq) => recorder.listEvents(sessionId, { afterSeq }),
      research: async () => ({
        query: 'quiet fans for a bedroom',
        status: 'done',
        summary: 'The Breeze 12 is the quietest.',
        items: [{ id: 'p1', name: 'Breeze 12', price: 49.5, currency: 'USD', url: '/products/breeze-12' }],
        error: null,
      }),
      url: URL,
      secret: SECRET,
      clock,
      now,
      fetch,
      publicUrl: 'https://shop.example.test',
      retryBaseMs: 1_000,
      retryMaxMs: 60_000,
      timeoutMs: 5_000,
      pollMs: 30_000,
      ...extra,
    });
    recorder.onCommitted((events) => delivery.committed(events));
    opened.push(delivery);
    return delivery;
  }

  async function conversation(sessionId: string) {
    await recorder.append(sessionId, 'session_start', { transport: 'websocket' });
    await recorder.append(sessionId, 'user_transcript', { text: 'do you have desk fans' });
    await recorder.append(sessionId, 'tool_call', {
      toolCallId: 'c1',
      name: 'search_products',
      arguments: {},
    });
    await recorder.append(sessionId, 'tool_result', {
      toolCallId: 'c1',
      name: 'search_products',
      result: {},
    });
    await recorder.append(sessionId, 'assistant_text', { text: 'I found two desk fans.' });
    await recorder.append(sessionId, 'user_transcript', { text: 'save the first one' });
    await recorder.append(sessionId, 'tool_result', {
      toolCallId: 'c2',
      name: 'save_item',
      result: { saved: { productId: 'p1', name: 'Breeze 12', price: 49.5, currency: 'USD', inStock: true } },
    });
    await recorder.append(sessionId, 'assistant_text', { text: 'Saved. Anything else?' });
    await recorder.append(sessionId, 'assistant_text', { text: 'Saved.', interrupted: true });
    await recorder.append(sessionId, 'tool_result', {
      toolCallId: 'bg_r1',
      name: 'get_research',
      result: { researchId: 'r1', status: 'done' },
    });
    await recorder.append(sessionId, 'session_end', { reason: 'client left' });
  }

  afterEach(async () => {
    for (const d of opened.splice(0)) await d.close();
    await recorder?.close();
    await store?.close();
  });

  it('delivers turns, the saved item and the research result in recorded order, once each, then finishes', async () => {
    await setup();
    const convex = fakeConvex();
    const delivery = link(convex.fetch);
    await delivery.register('s1', 'cvx_session_1', 'u1');
    await conversation('s1');
    await delivery.idle();
    await clock.advance(0);
    await delivery.idle();

    expect(convex.posted.map((p) => p.path)).toEqual([
      '/voice/turn',
      '/voice/turn',
      '/voice/turn',
      '/voice/saved-item',
      '/voice/turn',
      '/voice/research-result',
    ]);
    expect(convex.posted.every((p) => p.secret === SECRET)).toBe(true);
    const turns = convex.posted.filter((p) => p.path === '/voice/turn').map((p) => p.body);
    expect(turns.map((t) => [t.role, t.text])).toEqual([
      ['user', 'do you have desk fans'],
      ['assistant', 'I found two desk fans.'],
      ['user', 'save the first one'],
      ['assistant', 'Saved. Anything else?'],
    ]);
    expect(turns.every((t) => t.sessionId === 'cvx_session_1' && typeof t.at === 'number')).toBe(true);
    expect(new Set(turns.map((t) => t.key)).size).toBe(4);
    expect(turns[0]!.key).toBe('vs:s1:2');
    expect(convex.posted[3]!.body).toEqual({
      sessionId: 'cvx_session_1',
      item: { productId: 'p1', name: 'Breeze 12', price: 49.5, currency: 'USD' },
    });
    expect(convex.posted[5]!.body).toEqual({
      serverResearchId: 'r1',
      sessionId: 'cvx_session_1',
      query: 'quiet fans for a bedroom',
      status: 'done',
      summary: 'The Breeze 12 is the quietest.',
      items: [
        {
          productId: 'p1',
          name: 'Breeze 12',
          price: 49.5,
          currency: 'USD',
          url: 'https://shop.example.test/products/breeze-12',
        },
      ],
    });
    const row = await new ConvexLinks(store.db).get('s1');
    expect(row).toMatchObject({ status: 'done', delivered_seq: 11, skipped: 0, lease_owner: null });
  });

  it('leaves sessions that were not started through Convex alone', async () => {
    await setup();
    const convex = fakeConvex();
    const delivery = link(convex.fetch);
    await conversation('not-linked');
    await delivery.idle();
    expect(convex.posted).toEqual([]);
  });

  it('holds everything while Convex is down, retries with backoff in order, and loses nothing', async () => {
    await setup();
    let down = true;
    const attemptsAt: number[] = [];
    const convex = fakeConvex(() => {
      if (down) {
        attemptsAt.push(clock.now());
        return attemptsAt.length % 2
          ? 'network-down'
          : { status: 503, body: { code: 'upstream', message: 'busy' } };
      }
      return { status: 200 };
    });
    const delivery = link(convex.fetch);
    await delivery.register('s1', 'cvx_session_1', 'u1');
    const start = clock.now();
    await conversation('s1');
    await delivery.idle();
    for (let i = 0; i < 4; i++) {
      await clock.advance(1_000 * 2 ** i);
      await delivery.idle();
    }
    // One attempt at once, then after 1, 2, 4 and 8 s: each waits twice as long, all at the first turn.
    expect(attemptsAt.map((t) => t - start)).toEqual([0, 1_000, 3_000, 7_000, 15_000]);
    const row = await new ConvexLinks(store.db).get('s1');
    expect(row).toMatchObject({ status: 'active', delivered_seq: 1, attempts: 5 });
    expect(row?.last_error).toMatch(/HTTP 503: busy|ECONNREFUSED/);

    down = false;
    await clock.advance(16_000);
    await delivery.idle();
    const accepted = convex.posted.filter((p) => p.status === 200);
    expect(accepted.map((p) => p.path)).toEqual([
      '/voice/turn',
      '/voice/turn',
      '/voice/turn',
      '/voice/saved-item',
      '/voice/turn',
      '/voice/research-result',
    ]);
    // Every refused attempt was the first turn, with the key it was finally accepted under.
    expect(new Set(convex.posted.slice(0, -5).map((p) => p.body.key))).toEqual(new Set(['vs:s1:2']));
    expect(await new ConvexLinks(store.db).get('s1')).toMatchObject({ status: 'done', attempts: 0 });
  });

  it('skips an event Convex refuses for good, keeps going, and counts it', async () => {
    await setup();
    const convex = fakeConvex((p) =>
      p.path === '/voice/saved-item'
        ? { status: 400, body: { code: 'invalid_argument', message: 'item.name is too long' } }
        : { status: 200 },
    );
    const delivery = link(convex.fetch);
    await delivery.register('s1', 'cvx_session_1', 'u1');
    await conversation('s1');
    await delivery.idle();
    expect(convex.posted.map((p) => p.path)).toContain('/voice/research-result');
    const links = new ConvexLinks(store.db);
    expect(await links.get('s1')).toMatchObject({ status: 'done', skipped: 1 });
    expect((await links.get('s1'))?.last_error).toContain('item.name is too long');
    expect(await links.counts()).toMatchObject({ done: 1, skipped: 1 });
  });

  it('ends the link when Convex has no such session, but retries a 404 that is not the module speaking', async () => {
    await setup();
    let bare = true;
    const convex = fakeConvex(() =>
      bare
        ? { status: 404, body: 'No matching routes found' }
        : { status: 404, body: { code: 'not_found', message: 'no such voice session' } },
    );
    const delivery = link(convex.fetch);
    await delivery.register('s1', 'cvx_gone', 'u1');
    await conversation('s1');
    await delivery.idle();
    const links = new ConvexLinks(store.db);
    expect(await links.get('s1')).toMatchObject({ status: 'active', attempts: 1 });
    bare = false;
    await clock.advance(1_000);
    await delivery.idle();
    expect(await links.get('s1')).toMatchObject({ status: 'dead' });
    expect((await links.get('s1'))?.last_error).toContain('no such voice session');
  });

  it('resumes at the cursor after a restart: nothing delivered twice, nothing skipped', async () => {
    await setup();
    let failAt = 3;
    const convex = fakeConvex((_p, n) => (n === failAt ? { status: 502 } : { status: 200 }));
    const first = link(convex.fetch);
    await first.register('s1', 'cvx_session_1', 'u1');
    await conversation('s1');
    await first.idle();
    expect(convex.posted).toHaveLength(4); // three delivered, the fourth refused with 502
    await first.close();

    failAt = -1;
    const second = link(convex.fetch);
    second.start();
    await second.idle();
    await clock.advance(1_000);
    await second.idle();
    const keys = convex.posted.filter((p) => p.path === '/voice/turn').map((p) => p.body.key);
    // The refused attempt is the only repeat: same event, same idempotency key.
    expect(keys).toEqual(['vs:s1:2', 'vs:s1:5', 'vs:s1:6', 'vs:s1:8']);
    expect(convex.posted.map((p) => p.path).filter((p) => p === '/voice/saved-item')).toHaveLength(2);
    expect(await new ConvexLinks(store.db).get('s1')).toMatchObject({ status: 'done' });
  });

  it('two nodes on one store never send the same session at the same time', async () => {
    await setup();
    const convex = fakeConvex();
    const a = link(convex.fetch, { owner: 'node-a' });
    const b = link(convex.fetch, { owner: 'node-b' });
    await a.register('s1', 'cvx_session_1', 'u1');
    await b.register('s2', 'cvx_session_2', 'u2');
    a.start();
    b.start();
    await Promise.all([conversation('s1'), conversation('s2')]);
    await Promise.all([a.idle(), b.idle()]);
    await clock.advance(30_000);
    await Promise.all([a.idle(), b.idle()]);
    for (const s of ['s1', 's2']) {
      const keys = convex.posted
        .map((p) => p.body.key)
        .filter((k) => typeof k === 'string' && k.startsWith(`vs:${s}:`));
      expect(keys).toEqual([`vs:${s}:2`, `vs:${s}:5`, `vs:${s}:6`, `vs:${s}:8`]);
    }
  });
});
