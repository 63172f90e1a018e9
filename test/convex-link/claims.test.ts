/**
 * The Convex link's delivery of guest claims on a real store (SQLite and PostgreSQL), against a
 * scripted Convex, on a fake clock: one POST per claim with the claim's id as the key and the
 * account's issuer and subject; backoff while Convex is down and nothing lost; the same key on
 * the retry after an answer was lost; a claim Convex refuses for good ends as dead; a restarted
 * process resumes what was owed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/pipeline/clock.ts';
import { ConvexClaimDelivery } from '../../src/server/convex/claims.ts';
import { ConvexClaims } from '../../src/store/repositories/convex-claims.ts';
import { openTestStore, TEST_DIALECTS, type TestStore } from '../store/databases.ts';

const URL = 'https://happy-otter-123.convex.site';
const SECRET = 's2s-secret-that-is-at-least-32-characters-long';
const T0 = Date.parse('2026-12-06T12:00:00Z');
const ANN = { userId: 'u_ann', issuer: 'https://clerk.shop.test', subject: 'user_ann' };

type Answer = { status: number; body?: unknown } | 'network-down';

interface Posted {
  path: string;
  secret: string | null;
  body: Record<string, unknown>;
}

function fakeConvex(script: (n: number) => Answer = () => ({ status: 200 })) {
  const posted: Posted[] = [];
  let calls = 0;
  const fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const answer = script(calls++);
    if (answer === 'network-down') throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
    posted.push({
      path: new globalThis.URL(String(input)).pathname,
      secret: new Headers(init.headers).get('x-s2s-secret'),
      body: JSON.parse(String(init.body)) as Record<string, unknown>,
    });
    return new Response(JSON.stringify(answer.body ?? { added: 1 }), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return { posted, fetch };
}

describe.each(TEST_DIALECTS)('guest claims to Convex on %s', (dialect) => {
  let store: TestStore;
  const clock = new FakeClock();
  const now = () => new Date(T0 + clock.now());
  const opened: ConvexClaimDelivery[] = [];

  function delivery(fetch: typeof globalThis.fetch) {
    const d = new ConvexClaimDelivery({
      claims: new ConvexClaims(store.db),
      cards: async (_userId, ids) => ids.map((id) => ({ productId: id, name: `Product ${id}` })),
      url: URL,
      secret: SECRET,
      clock,
      now,
      fetch,
      retryBaseMs: 1_000,
      retryMaxMs: 8_000,
      timeoutMs: 5_000,
      pollMs: 60_000,
    });
    opened.push(d);
    return d;
  }

  /** Owes the items the way the claim route does: in a transaction, then wakes the delivery. */
  async function owe(d: ConvexClaimDelivery, ids: string[]) {
    await store.db.transaction().execute((trx) => d.owe(trx, ANN, ids));
    d.committed();
    await d.idle();
  }

  const rows = () =>
    store.db
      .withTables<{ convex_claims: { status: string; attempts: number; last_error: string | null } }>()
      .selectFrom('convex_claims')
      .select(['status', 'attempts', 'last_error'])
      .execute();

  afterEach(async () => {
    for (const d of opened.splice(0)) await d.close();
    await store?.close();
  });

  it('delivers a claim once, with its key, the account’s identity and the cards', async () => {
    store = await openTestStore(dialect);
    const convex = fakeConvex();
    const d = delivery(convex.fetch);
    await owe(d, ['p1', 'p2']);
    expect(convex.posted).toHaveLength(1);
    const [sent] = convex.posted;
    expect(sent!.path).toBe('/voice/claim-guest');
    expect(sent!.secret).toBe(SECRET);
    expect(sent!.body).toEqual({
      key: expect.stringMatching(/^claim_/),
      issuer: ANN.issuer,
      subject: ANN.subject,
      items: [
        { productId: 'p1', name: 'Product p1' },
        { productId: 'p2', name: 'Product p2' },
      ],
    });
    await clock.advance(120_000);
    await d.idle();
    expect(convex.posted).toHaveLength(1);
    expect(await rows()).toEqual([{ status: 'done', attempts: 0, last_error: null }]);
  });

  it('retries with backoff while Convex is down or failing, with the same key, losing nothing', async () => {
    store = await openTestStore(dialect);
    // Down, then a 503, then fine.
    const convex = fakeConvex((n) =>
      n === 0 ? 'network-down' : n === 1 ? { status: 503 } : { status: 200 },
    );
    const d = delivery(convex.fetch);
    await owe(d, ['p1']);
    expect(await rows()).toMatchObject([{ status: 'pending', attempts: 1, last_error: 'ECONNREFUSED' }]);
    await clock.advance(999);
    await d.idle();
    expect(convex.posted).toHaveLength(0);
    await clock.advance(1);
    await d.idle();
    expect(await rows()).toMatchObject([{ status: 'pending', attempts: 2, last_error: 'HTTP 503' }]);
    await clock.advance(2_000);
    await d.idle();
    expect(await rows()).toMatchObject([{ status: 'done' }]);
    const keys = new Set(convex.posted.map((p) => p.body.key));
    expect(convex.posted).toHaveLength(2);
    expect(keys.size).toBe(1);
  });

  it('abandons an attempt Convex does not answer within the timeout, and retries it', async () => {
    store = await openTestStore(dialect);
    let calls = 0;
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    // The first request hangs until aborted (a slow deployment); the next is answered.
    const slowThenFine = (async (_input: string | URL | Request, init: RequestInit = {}) => {
      calls += 1;
      if (calls === 1)
        return await new Promise<Response>((_resolve, reject) => {
          started();
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        });
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const d = delivery(slowThenFine);
    await store.db.transaction().execute((trx) => d.owe(trx, ANN, ['p1']));
    d.committed();
    await firstStarted;
    await clock.advance(4_999);
    expect(await rows()).toMatchObject([{ status: 'pending', attempts: 0 }]);
    await clock.advance(1);
    await d.idle();
    expect(await rows()).toMatchObject([
      { status: 'pending', attempts: 1, last_error: 'no answer within 5000 ms' },
    ]);
    await clock.advance(1_000);
    await d.idle();
    expect(await rows()).toMatchObject([{ status: 'done' }]);
    expect(calls).toBe(2);
  });

  it('ends a claim Convex refuses for good as dead, saying why; other claims still go', async () => {
    store = await openTestStore(dialect);
    const convex = fakeConvex((n) =>
      n === 0
        ? { status: 400, body: { code: 'invalid_argument', message: 'issuer must be a URL' } }
        : { status: 200 },
    );
    const d = delivery(convex.fetch);
    await owe(d, ['p1']);
    await owe(d, ['p2']);
    const states = (await rows()).map((r) => [r.status, r.last_error]).sort();
    expect(states).toEqual([
      ['dead', 'HTTP 400: issuer must be a URL'],
      ['done', null],
    ]);
    expect(await new ConvexClaims(store.db).counts()).toEqual({ pending: 0, done: 1, dead: 1 });
  });

  it('resumes in a new process what the last one still owed', async () => {
    store = await openTestStore(dialect);
    const down = fakeConvex(() => 'network-down');
    const first = delivery(down.fetch);
    await owe(first, ['p1']);
    await first.close();
    const convex = fakeConvex();
    const second = delivery(convex.fetch);
    await clock.advance(1_000);
    second.start();
    await second.idle();
    expect(convex.posted.map((p) => p.body.items)).toEqual([[{ productId: 'p1', name: 'Product p1' }]]);
    expect(await rows()).toMatchObject([{ status: 'done' }]);
  });
});
