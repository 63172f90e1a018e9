/**
 * Cross-user matrix over every REST endpoint the server documents under /api (plus the session
 * API, its events and the debug stream): Bob, signed in, aims at everything Alice owns and gets
 * 404/409/closed sockets, and nothing Bob can read contains any of Alice's identifiers. A new
 * /api route without a row here fails the coverage check. Tools have their own matrix in
 * test/shop/authorization.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { seedShop } from '../shop/fixtures.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { Browser, startHarness } from './harness.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(TEST_DIALECTS)('cross-user access on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('refuses every endpoint aimed at another shopper and leaks none of their ids', async () => {
    await seedShop(t.store.db);
    const h = await startHarness(t.store);
    const alice = new Browser(h.base);
    const aliceId = (
      await alice.fetch('/api/auth/sign-up', {
        method: 'POST',
        body: { email: 'alice@x.test', password: PASSWORD },
      })
    ).json.userId as string;
    await alice.fetch('/api/cart/items', { method: 'POST', body: { productId: 'p_socks', quantity: 1 } });
    const prep = await alice.fetch('/api/orders/prepare', { method: 'POST' });
    const order = (
      await alice.fetch('/api/orders/confirm', { method: 'POST', body: { token: prep.json.token } })
    ).json.order;
    const added = await alice.fetch('/api/cart/items', {
      method: 'POST',
      body: { productId: 'p_hoodie', size: 'S', quantity: 1 },
    });
    const itemId = added.json.added.itemId as string;
    const pending = (await alice.fetch('/api/orders/prepare', { method: 'POST' })).json.token as string;
    await alice.fetch('/api/saved', {
      method: 'POST',
      body: { productId: 'p_socks', note: 'alice-note-42' },
    });
    const { token: wsToken } = (await alice.fetch('/start', { method: 'POST', body: {} })).json;
    const session = (await alice.fetch('/api/sessions')).json.sessions[0].id as string;
    // As request_human records it from Alice's voice session.
    const { handoffId } = await h.shop.handoff.request(aliceId, session, 'en', 'alice-wants-a-human');
    expect([aliceId, order.id, itemId, session, handoffId].every(Boolean)).toBe(true);
    const secrets = [aliceId, order.id, itemId, session, handoffId, 'alice-note-42', 'alice@x.test'];

    const bob = new Browser(h.base);
    await bob.fetch('/api/auth/sign-up', {
      method: 'POST',
      body: { email: 'bob@x.test', password: PASSWORD },
    });
    const covered = new Set<string>();
    const leaks: string[] = [];
    const check = async (
      method: string,
      route: string,
      path: string,
      expected: number,
      body?: unknown,
    ): Promise<void> => {
      covered.add(`${method} ${route}`);
      const res = await bob.fetch(path, { method, ...(body !== undefined ? { body } : {}) });
      expect({ route: `${method} ${path}`, status: res.status }).toEqual({
        route: `${method} ${path}`,
        status: expected,
      });
      for (const s of secrets) if (res.text.includes(s)) leaks.push(`${method} ${path} → ${s}`);
    };

    await check('GET', '/api/me', '/api/me', 200);
    await check('PATCH', '/api/me', '/api/me', 200, { language: 'es' });
    await check('GET', '/api/products', '/api/products?q=socks', 200);
    await check('GET', '/api/products/{id}', '/api/products/p_socks', 200);
    await check('GET', '/api/cart', '/api/cart', 200);
    await check('POST', '/api/cart/items', '/api/cart/items', 200, { productId: 'p_socks', quantity: 1 });
    await check('PATCH', '/api/cart/items/{itemId}', `/api/cart/items/${itemId}`, 404, { quantity: 9 });
    await check('DELETE', '/api/cart/items/{itemId}', `/api/cart/items/${itemId}`, 404);
    await check('POST', '/api/cart/promo', '/api/cart/promo', 422, { code: 'NOPE' });
    await check('POST', '/api/orders/prepare', '/api/orders/prepare', 200);
    await check('POST', '/api/orders/confirm', '/api/orders/confirm', 409, { token: pending });
    await check('GET', '/api/orders', '/api/orders', 200);
    await check('GET', '/api/saved', '/api/saved', 200);
    await check('POST', '/api/saved', '/api/saved', 200, { productId: 'p_hoodie' });
    await check('GET', '/api/history', '/api/history', 200);
    await check('GET', '/api/conversations', '/api/conversations', 200);
    await check('GET', '/api/handoffs', '/api/handoffs', 403);
    await check('GET', '/api/sessions', '/api/sessions', 200);
    await check('GET', '/api/sessions/{id}', `/api/sessions/${session}`, 404);
    await check('GET', '/api/sessions/{id}/events', `/api/sessions/${session}/events`, 404);
    await check('DELETE', '/api/sessions/{id}', `/api/sessions/${session}`, 404);
    // Public: the transports' labels, nobody's data.
    await check('GET', '/api/transports', '/api/transports', 200);
    expect(leaks).toEqual([]);

    // Alice's things are untouched.
    const aliceCart = (await alice.fetch('/api/cart')).json.cart.items as {
      itemId: string;
      quantity: number;
    }[];
    expect(aliceCart.find((i) => i.itemId === itemId)?.quantity).toBe(1);
    expect((await alice.fetch(`/api/sessions/${session}`)).json.state).toBe('pending');
    expect(
      (await alice.fetch('/api/orders/confirm', { method: 'POST', body: { token: pending } })).status,
    ).toBe(200);

    // The debug stream of Alice's session is closed for Bob; a session token is single-purpose.
    const closeCode = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${h.port}/ws/debug?session=${session}`, {
        headers: { cookie: bob.cookie },
      });
      ws.once('close', (code) => resolve(code));
    });
    expect(closeCode).toBe(4003);
    const own = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${h.port}/ws?token=${wsToken}`);
      ws.once('message', (d) => {
        resolve(String(d));
        ws.close();
      });
    });
    expect(own).toBe(`hello ${aliceId}`);

    // Every documented shopper route is in the matrix.
    const docs = (await (await fetch(`${h.base}/docs/json`)).json()) as { paths: Record<string, object> };
    const documented = Object.entries(docs.paths)
      .filter(([p]) => p.startsWith('/api/') && !p.startsWith('/api/auth/') && !p.startsWith('/api/s2s/'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .filter((r) => !r.startsWith('HEAD '));
    expect(documented.filter((r) => !covered.has(r))).toEqual([]);
  });
});
