/**
 * Cross-user matrix over every route the server documents (the shop REST API, the session API,
 * SmallWebRTC signalling, accounts, server-to-server, plus the debug stream): Bob, signed in,
 * aims at everything Alice owns and gets 401/404/409/closed sockets, and nothing Bob can read
 * contains any of Alice's identifiers. A new documented route without a row here fails the
 * coverage check. Tools have their own matrix in test/shop/authorization.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { registerS2sRoutes } from '../../src/server/s2s/routes.ts';
import { createShopServices } from '../../src/shop/services.ts';
import { SimulatedWebRtcClient } from '../../src/transports/webrtc/testing.ts';
import { seedShop } from '../shop/fixtures.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { Browser, startHarness } from './harness.ts';

const PASSWORD = 'correct horse battery staple';
const S2S = 's2s-secret-for-the-matrix-0123456789abcdef';

describe.each(TEST_DIALECTS)('cross-user access on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('refuses every endpoint aimed at another shopper and leaks none of their ids', async () => {
    await seedShop(t.store.db);
    const h = await startHarness(t.store, {
      webrtc: true,
      extraPlugins: [
        (app) => registerS2sRoutes(app, { secret: S2S, shop: createShopServices({ db: t.store.db }) }),
      ],
    });
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
    // A SmallWebRTC session with a live peer connection, and research started for her by a backend.
    const rtcSession = (await alice.fetch('/start', { method: 'POST', body: { transport: 'webrtc' } })).json
      .sessionId as string;
    const rtc = new SimulatedWebRtcClient({
      offerUrl: `${h.base}/sessions/${rtcSession}/api/offer`,
      headers: { cookie: alice.cookie },
      ping: false,
    });
    const s2s = { 'x-s2s-secret': S2S, 'content-type': 'application/json' };
    try {
      await rtc.connect();
      const pcId = rtc.pcId!;
      const research = (await (
        await fetch(`${h.base}/api/s2s/research`, {
          method: 'POST',
          headers: s2s,
          body: JSON.stringify({ userId: aliceId, query: 'alice-research-77' }),
        })
      ).json()) as { researchId: string };
      expect(
        [aliceId, order.id, itemId, session, handoffId, rtcSession, pcId, research.researchId].every(Boolean),
      ).toBe(true);
      const secrets = [
        aliceId,
        order.id,
        itemId,
        session,
        handoffId,
        rtcSession,
        pcId,
        research.researchId,
        'alice-note-42',
        'alice-research-77',
        'alice@x.test',
      ];

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
        headers?: Record<string, string>,
      ): Promise<void> => {
        covered.add(`${method} ${route}`);
        const res = await bob.fetch(path, {
          method,
          ...(body !== undefined ? { body } : {}),
          ...(headers ? { headers } : {}),
        });
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
      // Starting sessions is Bob's own business; nothing of Alice's comes back.
      await check('POST', '/start', '/start', 200, {});
      await check('POST', '/connect', '/connect', 200, { transport: 'webrtc' });
      // SmallWebRTC signalling aimed at Alice's session and peer connection.
      const offer = { sdp: 'v=0\r\n', type: 'offer' };
      const candidates = { pc_id: pcId, candidates: [] };
      await check('POST', '/sessions/{id}/api/offer', `/sessions/${rtcSession}/api/offer`, 404, offer);
      await check('POST', '/sessions/{id}/api/offer', `/sessions/${rtcSession}/api/offer`, 404, {
        ...offer,
        pc_id: pcId,
        restart_pc: true,
      });
      await check('PATCH', '/sessions/{id}/api/offer', `/sessions/${rtcSession}/api/offer`, 404, candidates);
      await check('POST', '/api/offer', '/api/offer', 404, { ...offer, pc_id: pcId });
      await check('POST', '/api/offer', '/api/offer', 404, { ...offer, pc_id: pcId, restart_pc: true });
      await check('PATCH', '/api/offer', '/api/offer', 404, candidates);
      // Accounts: Bob cannot sign in as Alice, and signing out ends only his own sign-in.
      await check('POST', '/api/auth/sign-in', '/api/auth/sign-in', 401, {
        email: 'alice@x.test',
        password: 'not alice password',
      });
      await check('POST', '/api/auth/sign-up', '/api/auth/sign-up', 409, {
        email: 'alice@x.test',
        password: PASSWORD,
      });
      // Server-to-server: a shopper's cookie is no credential; with the secret, Alice's research is
      // still only hers.
      await check('POST', '/api/s2s/research', '/api/s2s/research', 401, { userId: aliceId, query: 'x' });
      await check(
        'GET',
        '/api/s2s/research/{id}',
        `/api/s2s/research/${research.researchId}?userId=${aliceId}`,
        401,
      );
      await check('GET', '/api/s2s/sessions/{id}/events', `/api/s2s/sessions/${session}/events`, 401);
      await check('GET', '/api/s2s/webhooks', '/api/s2s/webhooks', 401);
      await check('GET', '/api/s2s/convex', '/api/s2s/convex', 401);
      const bobId = (await bob.fetch('/api/me')).json.userId as string;
      await check(
        'GET',
        '/api/s2s/research/{id}',
        `/api/s2s/research/${research.researchId}?userId=${bobId}`,
        404,
        undefined,
        { 'x-s2s-secret': S2S },
      );
      await check('POST', '/api/auth/sign-out', '/api/auth/sign-out', 200);
      expect(leaks).toEqual([]);
      expect((await alice.fetch('/api/me')).json.userId).toBe(aliceId);
      expect(rtc.opened).toBe(true);

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

      // Every documented route is in the matrix, but those that serve no one's data.
      const PUBLIC = new Set(['GET /healthz', 'GET /readyz', 'GET /metrics']);
      const docs = (await (await fetch(`${h.base}/docs/json`)).json()) as { paths: Record<string, object> };
      const documented = Object.entries(docs.paths)
        .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
        .filter((r) => !r.startsWith('HEAD ') && !PUBLIC.has(r));
      expect(documented.length).toBeGreaterThan(30);
      expect(documented.filter((r) => !covered.has(r))).toEqual([]);
    } finally {
      await rtc.close();
    }
  });
});
