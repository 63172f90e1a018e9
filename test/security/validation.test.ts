/**
 * Route input is validated by Fastify from each route's zod schemas, before the handler, and
 * refused in one shape: `{detail: "invalid body: quantity: …"}` (`invalid start request: …` for
 * the Pipecat start endpoint, whose client shows it). Validation runs after the checks that must
 * come first: a caller who cannot be identified gets 401, not 400; a rate-limited start mints no
 * guest. The OpenAPI document shows every route's schemas.
 */
import { describe, expect, it } from 'vitest';
import { registerS2sRoutes } from '../../src/server/s2s/routes.ts';
import { seedShop } from '../shop/fixtures.ts';
import { useTestStore } from '../store/databases.ts';
import { Browser, startHarness } from './harness.ts';

const S2S = 's2s-secret-for-tests-0123456789abcdef-xyz';
const WRONG_BEARER = { authorization: 'Bearer not-a-token' };

describe('route validation', () => {
  const t = useTestStore('sqlite');

  const harness = async (env: Record<string, string> = {}) => {
    await seedShop(t.store.db);
    let shop!: Awaited<ReturnType<typeof startHarness>>['shop'];
    const h = await startHarness(t.store, {
      env,
      extraPlugins: [
        (app) =>
          registerS2sRoutes(app, {
            secret: S2S,
            shop: {
              db: t.store.db,
              get research() {
                return shop.research;
              },
            },
          }),
      ],
    });
    shop = h.shop;
    return h;
  };

  it('/start: the wording the Pipecat client shows, and no body at all is an empty request', async () => {
    const h = await harness();
    const b = new Browser(h.base);
    const bad = await b.fetch('/start', { method: 'POST', body: { transport: 'carrier-pigeon' } });
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/^invalid start request: Invalid input: expected "websocket"$/);
    const lang = await b.fetch('/connect', { method: 'POST', body: { language: 'fr' } });
    expect(lang.status).toBe(400);
    expect(lang.json.detail).toMatch(/^invalid start request: /);
    // No content type, no body: the client without requestData.
    const none = await fetch(`${h.base}/start`, { method: 'POST', headers: { cookie: b.cookie } });
    expect(none.status).toBe(200);
    expect(Object.keys((await none.json()) as object).sort()).toEqual(['token', 'wsUrl']);
  });

  it('/start: 401 before 400 for a caller who cannot be identified; a rate-limited start mints no guest', async () => {
    const h = await harness({ SESSION_RATE_PER_MINUTE: '2', SESSION_RATE_PER_IDENTITY_PER_MINUTE: '5' });
    const forged = new Browser(h.base, WRONG_BEARER);
    const refused = await forged.fetch('/start', { method: 'POST', body: { transport: 'carrier-pigeon' } });
    expect(refused.status).toBe(401);
    expect(refused.json.detail).toMatch(/sign in/);

    // The refused caller spent one of the address's two starts; this one spends the other.
    const first = new Browser(h.base);
    expect((await first.fetch('/start', { method: 'POST', body: {} })).status).toBe(200);
    expect(first.cookie).toMatch(/vs_guest=/);
    // The address's budget is spent: refused before anyone is identified, so no guest is made.
    const second = new Browser(h.base);
    const limited = await second.fetch('/start', { method: 'POST', body: { transport: 'carrier-pigeon' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.getSetCookie()).toEqual([]);
    expect(second.cookie).toBe('');
  });

  it('shop API: each bad field named per part; 401 and 403 come before 400; nothing changes', async () => {
    const h = await harness();
    const g = new Browser(h.base);
    const bad = await g.fetch('/api/cart/items', { method: 'POST', body: { productId: 'p', quantity: -1 } });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      detail: 'invalid body: quantity: Too small: expected number to be >=1',
      code: 'invalid_input',
    });
    const two = await g.fetch('/api/cart/items', { method: 'POST', body: { quantity: 0.5 } });
    expect(two.json.detail).toMatch(/^invalid body: productId: .+; quantity: /);
    const query = await g.fetch('/api/products?limit=0');
    expect(query.status).toBe(400);
    expect(query.json.detail).toMatch(/^invalid query: limit: Too small/);
    expect((await g.fetch('/api/cart?lang=fr')).json.detail).toMatch(/^invalid query: lang: /);
    const confirm = await g.fetch('/api/orders/confirm', { method: 'POST' });
    expect(confirm.status).toBe(400);
    expect(confirm.json.detail).toMatch(/^invalid body: token: /);
    expect((await g.fetch('/api/cart')).json.cart.items).toEqual([]);

    const forged = new Browser(h.base, WRONG_BEARER);
    const unauthenticated = await forged.fetch('/api/cart/items', { method: 'POST', body: { quantity: -1 } });
    expect(unauthenticated.status).toBe(401);
    expect(forged.cookie).toBe('');
    const notOwner = await g.fetch('/api/handoffs?limit=0');
    expect(notOwner).toMatchObject({ status: 403, json: { detail: 'shop owner only' } });
    expect((await g.fetch('/api/handoffs?limit=5')).status).toBe(403);
  });

  it('accounts and server-to-server routes refuse in the same shape, after their own checks', async () => {
    const h = await harness();
    const signIn = await new Browser(h.base).fetch('/api/auth/sign-in', {
      method: 'POST',
      body: { email: 'not an email', password: 'x' },
    });
    expect(signIn.status).toBe(400);
    expect(signIn.json.detail).toMatch(/^invalid body: email: /);
    const s2s = (secret?: string) => new Browser(h.base, secret ? { 'x-s2s-secret': secret } : {});
    expect((await s2s().fetch('/api/s2s/research', { method: 'POST', body: {} })).status).toBe(401);
    const research = await s2s(S2S).fetch('/api/s2s/research', {
      method: 'POST',
      body: { query: 'socks', userId: ' ' },
    });
    expect(research.status).toBe(400);
    expect(research.json.detail).toMatch(/^invalid body: userId: /);
    const read = await s2s(S2S).fetch('/api/s2s/research/r1?userId=');
    expect(read.json.detail).toMatch(/^invalid query: userId: /);
    // Nobody named at all: neither userId nor the identity headers of the user acted for.
    const nobody = await s2s(S2S).fetch('/api/s2s/research', { method: 'POST', body: { query: 'socks' } });
    expect(nobody.status).toBe(400);
    expect(nobody.json.detail).toMatch(/^send userId, or send x-s2s-user-issuer and x-s2s-user-subject/);
  });

  it('the OpenAPI document shows every route’s body, query and path schemas', async () => {
    const h = await harness();
    // biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is loosely typed JSON
    const docs = (await (await fetch(`${h.base}/docs/json`)).json()) as { paths: Record<string, any> };
    const op = (method: string, path: string) => {
      const found = docs.paths[path]?.[method];
      if (!found) throw new Error(`${method.toUpperCase()} ${path} is not documented`);
      return found;
    };
    const bodyFields = (method: string, path: string) =>
      Object.keys(op(method, path).requestBody?.content?.['application/json']?.schema?.properties ?? {});
    const params = (method: string, path: string, where: 'query' | 'path') =>
      (op(method, path).parameters ?? [])
        .filter((p: { in: string }) => p.in === where)
        .map((p: { name: string }) => p.name);

    expect(bodyFields('post', '/start')).toEqual(
      expect.arrayContaining(['transport', 'language', 'enableDefaultIceServers', 'body']),
    );
    expect(bodyFields('post', '/api/cart/items')).toEqual([
      'productId',
      'size',
      'color',
      'options',
      'quantity',
    ]);
    expect(bodyFields('patch', '/api/cart/items/{itemId}')).toEqual(['quantity']);
    expect(bodyFields('post', '/api/cart/promo')).toEqual(['code']);
    expect(bodyFields('post', '/api/orders/confirm')).toEqual(['token', 'idempotencyKey']);
    expect(bodyFields('post', '/api/saved')).toEqual(['productId', 'size', 'color', 'note']);
    expect(bodyFields('patch', '/api/me')).toEqual(['language']);
    expect(bodyFields('post', '/api/auth/sign-up')).toEqual(['email', 'password', 'name']);
    expect(bodyFields('post', '/api/auth/sign-in')).toEqual(['email', 'password']);
    expect(bodyFields('post', '/api/s2s/research')).toEqual(['userId', 'query', 'language', 'sessionId']);
    expect(params('get', '/api/products', 'query')).toEqual(['q', 'limit', 'lang', 'ids']);
    expect(params('get', '/api/cart', 'query')).toEqual(['lang']);
    expect(params('get', '/api/handoffs', 'query')).toEqual(['limit']);
    expect(params('get', '/api/s2s/research/{id}', 'query')).toEqual(['userId', 'language']);
    // Every path parameter of every documented route has its schema.
    for (const [path, ops] of Object.entries(docs.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const method of Object.keys(ops))
        expect(params(method, path, 'path'), `${method} ${path}`).toEqual(names);
    }
  });
});
