import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { registerS2sRoutes } from '../../src/server/s2s/routes.ts';
import { seedShop } from '../shop/fixtures.ts';
import { useTestStore } from '../store/databases.ts';
import { Browser, startHarness } from './harness.ts';

const S2S = 's2s-secret-for-tests-0123456789abcdef-xyz';

function upgrade(url: string, origin?: string): Promise<{ opened: boolean; status?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, origin ? { origin } : {});
    ws.once('open', () => {
      ws.close();
      resolve({ opened: true });
    });
    ws.once('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode }));
    ws.once('error', () => resolve({ opened: false }));
  });
}

describe('limits and hardening', () => {
  const t = useTestStore('sqlite');

  it('refuses WebSocket upgrades from foreign origins before the handshake; allows listed, own and originless', async () => {
    const h = await startHarness(t.store, { env: { ALLOWED_ORIGINS: 'https://shop.example.test' } });
    const token = async () => {
      const r = await new Browser(h.base).fetch('/start', { method: 'POST', body: {} });
      return r.json.token as string;
    };
    const ws = `ws://127.0.0.1:${h.port}/ws`;
    expect(await upgrade(`${ws}?token=${await token()}`, 'https://evil.example.test')).toEqual({
      opened: false,
      status: 403,
    });
    expect(await upgrade(`${ws}?token=${await token()}`, 'http://localhost:3000')).toEqual({
      opened: false,
      status: 403,
    });
    expect((await upgrade(`${ws}?token=${await token()}`, 'https://shop.example.test')).opened).toBe(true);
    expect((await upgrade(`${ws}?token=${await token()}`, `http://127.0.0.1:${h.port}`)).opened).toBe(true);
    expect((await upgrade(`${ws}?token=${await token()}`)).opened).toBe(true);
    expect(await upgrade(`ws://127.0.0.1:${h.port}/ws/debug`, 'https://evil.example.test')).toEqual({
      opened: false,
      status: 403,
    });
  });

  it('answers CORS only for allowed origins', async () => {
    const h = await startHarness(t.store, { env: { ALLOWED_ORIGINS: 'https://shop.example.test' } });
    const good = await fetch(`${h.base}/api/me`, { headers: { origin: 'https://shop.example.test' } });
    expect(good.headers.get('access-control-allow-origin')).toBe('https://shop.example.test');
    const bad = await fetch(`${h.base}/api/me`, { headers: { origin: 'https://evil.example.test' } });
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rate-limits session creation per identity and per IP', async () => {
    const h = await startHarness(t.store, {
      env: {
        SESSION_RATE_PER_IDENTITY_PER_MINUTE: '3',
        SESSION_RATE_PER_MINUTE: '5',
        MAX_SESSIONS_PER_IDENTITY: '50',
      },
    });
    const alice = new Browser(h.base);
    await alice.fetch('/api/me');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await alice.fetch('/start', { method: 'POST', body: {} })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await alice.fetch('/start', { method: 'POST', body: {} });
    expect(limited.json.detail).toMatch(/too quickly/);
    // Another shopper on the same address gets the rest of the IP's budget, then the IP limit.
    const bob = new Browser(h.base);
    await bob.fetch('/api/me');
    const more: number[] = [];
    for (let i = 0; i < 2; i++) more.push((await bob.fetch('/start', { method: 'POST', body: {} })).status);
    expect(more).toEqual([429, 429]);
    expect((await bob.fetch('/start', { method: 'POST', body: {} })).json.detail).toMatch(/this address/);
  });

  it('limits request bodies and WebSocket frames to MAX_MESSAGE_BYTES', async () => {
    const h = await startHarness(t.store, { env: { MAX_MESSAGE_BYTES: '4096' } });
    const b = new Browser(h.base);
    const big = await b.fetch('/api/auth/sign-in', {
      method: 'POST',
      body: { email: 'a@b.co', password: 'x'.repeat(10_000) },
    });
    expect(big.status).toBe(413);
    const { token } = (await b.fetch('/start', { method: 'POST', body: {} })).json;
    const ws = new WebSocket(`ws://127.0.0.1:${h.port}/ws?token=${token}`);
    await new Promise((r) => ws.once('message', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send(Buffer.alloc(8192));
    expect(await closed).toBe(1009);
  });

  it('sends security headers; the static app and /docs still load under the CSP', async () => {
    const h = await startHarness(t.store);
    const res = await fetch(`${h.base}/docs/static/index.html`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    // Every script and stylesheet of the docs page is same-origin, which the CSP allows.
    const html = await res.text();
    const srcs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(srcs.length).toBeGreaterThan(2);
    for (const src of srcs) expect(src).not.toMatch(/^(https?:)?\/\//);
    expect((await fetch(`${h.base}/docs/json`)).status).toBe(200);
  });

  it('server-to-server: refuses missing and wrong secrets, works with the right one, and is off without one', async () => {
    await seedShop(t.store.db);
    // The routes are registered while the harness starts; they reach its shop services lazily.
    let h2Shop!: Awaited<ReturnType<typeof startHarness>>['shop'];
    const h2 = await startHarness(t.store, {
      extraPlugins: [
        (app) =>
          registerS2sRoutes(app, {
            secret: S2S,
            shop: {
              db: t.store.db,
              get research() {
                return h2Shop.research;
              },
            },
            listEvents: async () => [{ type: 'user_transcript' }],
          }),
      ],
    });
    h2Shop = h2.shop;
    const call = (path: string, secret?: string, body?: unknown) =>
      new Browser(h2.base, secret === undefined ? {} : { 'x-s2s-secret': secret }).fetch(path, {
        ...(body ? { method: 'POST', body } : {}),
      });
    expect((await call('/api/s2s/webhooks')).status).toBe(401);
    expect((await call('/api/s2s/webhooks', `${S2S}x`)).status).toBe(401);
    expect((await call('/api/s2s/webhooks', S2S.slice(0, -1))).status).toBe(401);
    expect((await call('/api/s2s/webhooks', '')).status).toBe(401);
    expect((await call('/api/s2s/webhooks', S2S)).status).toBe(200);
    const started = await call('/api/s2s/research', S2S, { userId: 'u_alice', query: 'warm socks' });
    expect(started.status).toBe(202);
    await h2Shop.research.settled(started.json.researchId);
    const read = await call(`/api/s2s/research/${started.json.researchId}?userId=u_alice`, S2S);
    expect(read.json).toMatchObject({ status: 'done', query: 'warm socks' });
    const other = await call(`/api/s2s/research/${started.json.researchId}?userId=u_bob`, S2S);
    expect(other.status).toBe(404);
    expect((await call('/api/s2s/research', S2S, { userId: 'u_nobody', query: 'x' })).status).toBe(404);
    expect((await call('/api/s2s/sessions/s1/events', S2S)).json.events).toHaveLength(1);
    const docs = (await fetch(`${h2.base}/docs/json`).then((r) => r.json())) as {
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(Object.keys(docs.paths)).toContain('/api/s2s/research/{id}');
    expect(docs.components.securitySchemes.s2sSecret).toBeTruthy();

    const off = await startHarness(t.store, {
      extraPlugins: [(app) => registerS2sRoutes(app, { secret: undefined, shop: h2Shop })],
    });
    expect((await new Browser(off.base, { 'x-s2s-secret': S2S }).fetch('/api/s2s/webhooks')).status).toBe(
      503,
    );
  });
});
