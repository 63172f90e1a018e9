/** The shop REST API over the real domain services, identity resolver and demo catalog (SQLite). */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/store/databases.ts';
import { replyWithError } from '../http/errors.ts';
import { identitySupport } from '../http/identity.ts';
import { zodValidationSupport } from '../http/zod.ts';
import { seedDemo } from '../shop/demo/index.ts';
import { createShopServices, type ShopServices } from '../shop/services.ts';
import { createIdentityResolver, GUEST_COOKIE, registerCookies } from './identity.ts';
import { registerShopApi } from './shop-api.ts';

const ADMIN = 'admin-token-admin-token-admin-token';
let store: TestStore;
let app: FastifyInstance;
let base: string;
let shop: ShopServices;

beforeEach(async () => {
  store = await openTestStore('sqlite');
  await seedDemo(store.db);
  shop = createShopServices({
    db: store.db,
    config: { SHOP_CONFIRM_SECRET: 'test-secret-test-secret' },
  });
  app = Fastify();
  await registerCookies(app, 'cookie-secret-cookie-secret-cookie-secret');
  const identify = createIdentityResolver({ db: store.db, adminToken: ADMIN, secureCookies: false });
  app.setErrorHandler(replyWithError);
  await app.register(zodValidationSupport);
  await app.register(identitySupport, { identify });
  // Encapsulated, as the server registers it: its error handler is its own.
  await app.register((scope) => registerShopApi(scope, { shop }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await app.close();
  await store.close();
});

// biome-ignore lint/suspicious/noExplicitAny: loosely typed JSON replies in assertions
type Json = Record<string, any>;

/** A browser-like guest: keeps the signed cookie the first response sets. */
function guest() {
  let cookie = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith(`${GUEST_COOKIE}=`)) cookie = set.split(';')[0]!;
    return { status: res.status, json: (await res.json()) as Json };
  };
  return { call };
}

/** A product with an in-stock variant, and that variant's size/colour, from the API itself. */
async function inStockVariant(g: ReturnType<typeof guest>, q: string) {
  const found = await g.call('GET', `/api/products?q=${encodeURIComponent(q)}`);
  expect(found.status).toBe(200);
  for (const card of found.json.items) {
    const d = await g.call('GET', `/api/products/${card.id}`);
    const v = d.json.variants.find((x: Json) => x.stock >= 2);
    if (v) return { productId: card.id as string, size: v.size ?? undefined, color: v.color ?? undefined, v };
  }
  throw new Error(`no in-stock variant for ${q}`);
}

describe('shop API', () => {
  it('gives a new visitor a guest identity and remembers the language', async () => {
    const g = guest();
    const me = await g.call('GET', '/api/me');
    expect(me.json).toMatchObject({ kind: 'guest', language: 'en' });
    expect(me.json.userId).toMatch(/^guest_/);
    const set = await g.call('PATCH', '/api/me', { language: 'es' });
    expect(set.json.language).toBe('es');
    expect((await g.call('GET', '/api/me')).json).toMatchObject({ userId: me.json.userId, language: 'es' });
    expect((await g.call('PATCH', '/api/me', { language: 'fr' })).status).toBe(400);
  });

  it('searches in both languages and returns cards with sizes and colours', async () => {
    const g = guest();
    const en = await g.call('GET', '/api/products?q=running%20shoes&limit=3');
    expect(en.json.items.length).toBeGreaterThan(0);
    expect(en.json.items.length).toBeLessThanOrEqual(3);
    expect(en.json.items[0]).toHaveProperty('sizes');
    expect(en.json.items[0]).not.toHaveProperty('score');
    const es = await g.call('GET', '/api/products?q=zapatillas&lang=es');
    expect(es.json.items.length).toBeGreaterThan(0);
    const ids = en.json.items.map((i: Json) => i.id).join(',');
    const byIds = await g.call('GET', `/api/products?ids=${ids}`);
    expect(byIds.json.items.map((i: Json) => i.id)).toEqual(en.json.items.map((i: Json) => i.id));
    expect((await g.call('GET', '/api/products/nope')).status).toBe(404);
  });

  it('cart → promo → prepare → confirm (idempotent) → orders and history', async () => {
    const g = guest();
    const pick = await inStockVariant(g, 'running shoes');
    const add = await g.call('POST', '/api/cart/items', {
      productId: pick.productId,
      size: pick.size,
      color: pick.color,
      quantity: 1,
    });
    expect(add.status).toBe(200);
    expect(add.json.cart.items).toHaveLength(1);
    expect(add.json.cart.total).toBe(pick.v.price);
    const itemId = add.json.added.itemId as string;

    const two = await g.call('PATCH', `/api/cart/items/${itemId}`, { quantity: 2 });
    expect(two.json.cart.items[0].quantity).toBe(2);
    expect(two.json.cart.subtotal).toBeCloseTo(pick.v.price * 2, 2);

    const promo = await g.call('POST', '/api/cart/promo', { code: 'WELCOME10' });
    expect(promo.status).toBe(200);
    expect(promo.json.cart.promo.code).toBe('WELCOME10');
    expect(promo.json.cart.discount).toBeGreaterThan(0);
    const badPromo = await g.call('POST', '/api/cart/promo', { code: 'NOPE' });
    expect(badPromo).toMatchObject({ status: 422, json: { code: 'promo_invalid' } });

    const prep = await g.call('POST', '/api/orders/prepare');
    expect(prep.status).toBe(200);
    expect(prep.json.summary).toMatch(/WELCOME10/);
    const confirm = await g.call('POST', '/api/orders/confirm', { token: prep.json.token });
    expect(confirm.status).toBe(200);
    expect(confirm.json).toMatchObject({ replayed: false, order: { status: 'placed' } });
    const again = await g.call('POST', '/api/orders/confirm', { token: prep.json.token });
    expect(again.json).toMatchObject({ replayed: true, order: { id: confirm.json.order.id } });

    expect((await g.call('GET', '/api/cart')).json.cart.items).toHaveLength(0);
    const orders = await g.call('GET', '/api/orders');
    expect(orders.json.orders.map((o: Json) => o.id)).toEqual([confirm.json.order.id]);
    const history = await g.call('GET', '/api/history');
    expect(history.json.orders[0].id).toBe(confirm.json.order.id);
    expect(history.json.conversations).toEqual([]);
    expect(history.json.research).toEqual([]);
  });

  it('acts only for the caller: another guest’s cart item and token are refused as not found', async () => {
    const alice = guest();
    const bob = guest();
    const pick = await inStockVariant(alice, 'hoodie');
    const add = await alice.call('POST', '/api/cart/items', { ...pick, v: undefined, quantity: 1 });
    const itemId = add.json.added.itemId as string;
    const patch = await bob.call('PATCH', `/api/cart/items/${itemId}`, { quantity: 3 });
    expect(patch).toMatchObject({ status: 404, json: { code: 'not_found' } });
    expect(JSON.stringify(patch.json)).not.toContain(pick.productId);
    expect((await bob.call('DELETE', `/api/cart/items/${itemId}`)).status).toBe(404);
    const prep = await alice.call('POST', '/api/orders/prepare');
    const stolen = await bob.call('POST', '/api/orders/confirm', { token: prep.json.token });
    expect(stolen.status).toBe(409);
    expect((await bob.call('GET', '/api/orders')).json.orders).toEqual([]);
    // Alice's cart is untouched by Bob's attempts.
    const cart = await alice.call('GET', '/api/cart');
    expect(cart.json.cart.items[0]).toMatchObject({ itemId, quantity: 1 });
  });

  it('rejects bad bodies with a clear message and keeps the cart', async () => {
    const g = guest();
    const pick = await inStockVariant(g, 'hoodie');
    await g.call('POST', '/api/cart/items', {
      productId: pick.productId,
      size: pick.size,
      color: pick.color,
    });
    const bad = await g.call('POST', '/api/cart/items', { productId: pick.productId, quantity: -1 });
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/quantity/);
    expect((await g.call('POST', '/api/orders/confirm', {})).status).toBe(400);
    expect((await g.call('POST', '/api/orders/confirm', { token: 'forged' })).status).toBe(409);
    expect((await g.call('GET', '/api/cart')).json.cart.items).toHaveLength(1);
    const empty = guest();
    expect((await empty.call('POST', '/api/orders/prepare')).json.code).toBe('cart_empty');
  });

  it('saves items once per product and lists them', async () => {
    const g = guest();
    const pick = await inStockVariant(g, 'jacket');
    const first = await g.call('POST', '/api/saved', { productId: pick.productId });
    expect(first.json.saved.product.id).toBe(pick.productId);
    await g.call('POST', '/api/saved', { productId: pick.productId, note: 'for winter' });
    const list = await g.call('GET', '/api/saved');
    expect(list.json.saved).toHaveLength(1);
    expect(list.json.saved[0].note).toBe('for winter');
    expect((await g.call('POST', '/api/saved', { productId: 'missing' })).status).toBe(404);
  });

  it('lists recorded conversations: own for a guest, everyone’s for the shop owner', async () => {
    const g = guest();
    const me = (await g.call('GET', '/api/me')).json.userId as string;
    const ts = new Date().toISOString();
    // One conversation known only from the recorder's events, one from the sessions table.
    const event = (session_id: string, seq: number, type: string, payload: unknown) => ({
      session_id,
      seq,
      type,
      payload: JSON.stringify(payload),
      created_at: ts,
    });
    await store.db
      .insertInto('conversation_events')
      .values([
        event('s_mine', 1, 'session_start', { userId: me, transport: 'websocket', language: 'en' }),
        event('s_mine', 2, 'user_transcript', { text: 'show me hoodies' }),
        event('s_mine', 3, 'session_end', { reason: 'client disconnected' }),
        // An id that matches mine as a LIKE pattern ("_" is a wildcard) must not leak into my list.
        event('s_near', 1, 'session_start', { userId: me.replace('guest_', 'guest-'), transport: 'webrtc' }),
      ])
      .execute();
    await store.db
      .insertInto('sessions')
      .values({
        id: 's_other',
        user_id: 'u_demo_ana',
        transport: 'webrtc',
        language: 'es',
        started_at: ts,
      } as never)
      .execute();
    const mine = await g.call('GET', '/api/conversations');
    expect(mine.json.conversations).toEqual([
      expect.objectContaining({
        id: 's_mine',
        events: 3,
        firstUtterance: 'show me hoodies',
        endReason: 'client disconnected',
      }),
    ]);
    const res = await fetch(`${base}/api/conversations`, { headers: { authorization: `Bearer ${ADMIN}` } });
    const all = (await res.json()) as Json;
    expect(all.conversations.map((c: Json) => c.id).sort()).toEqual(['s_mine', 's_near', 's_other']);
    expect((await g.call('GET', '/api/history')).json.conversations.map((c: Json) => c.id)).toEqual([
      's_mine',
    ]);
  });

  it("shows the caller's own background research in the history, newest first, with its cards", async () => {
    const g = guest();
    const me = (await g.call('GET', '/api/me')).json.userId as string;
    const first = await shop.research.start(me, null, 'en', 'hoodies');
    await shop.research.settled(first.researchId);
    const second = await shop.research.start(me, null, 'en', 'running shoes');
    await shop.research.settled(second.researchId);
    const other = await shop.research.start('u_demo_ana', null, 'es', 'sudaderas');
    await shop.research.settled(other.researchId);
    const { research } = (await g.call('GET', '/api/history')).json;
    expect(research.map((r: Json) => [r.researchId, r.status])).toEqual([
      [second.researchId, 'done'],
      [first.researchId, 'done'],
    ]);
    expect(research[1].summary).toMatch(/^I compared \d+ products for "hoodies"/);
    expect(research[1].items.length).toBeGreaterThan(0);
    expect(research[1].sources).toEqual({ passages: [], web: [], problems: [] });
  });

  it('lists handoff requests for the shop owner only; a guest gets 403 and sees none', async () => {
    const g = guest();
    const me = (await g.call('GET', '/api/me')).json.userId as string;
    // Recorded by another services instance over the same database (the voice session's).
    const voice = createShopServices({
      db: store.db,
      config: { SHOP_CONFIRM_SECRET: 'test-secret-test-secret' },
    });
    const { handoffId } = await voice.handoff.request(me, 's_call', 'es', 'wants a person');
    const denied = await g.call('GET', '/api/handoffs');
    expect(denied.status).toBe(403);
    expect(JSON.stringify(denied.json)).not.toContain(handoffId);
    const res = await fetch(`${base}/api/handoffs`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).handoffs).toEqual([
      expect.objectContaining({
        id: handoffId,
        userId: me,
        sessionId: 's_call',
        reason: 'wants a person',
        language: 'es',
        status: 'open',
      }),
    ]);
    const bad = await fetch(`${base}/api/handoffs?limit=0`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(bad.status).toBe(400);
  });
});
