/**
 * Cross-site request forgery: a page on another origin posting forms (or no-cors fetches) that
 * carry the shopper's cookies changes nothing — add to cart, apply promo, prepare order, sign
 * out, start a session are all 403 with a detail. The site itself, PUBLIC_URL's origin, listed
 * origins, clients without a browser's Origin, and bearer-token clients keep working; CORS does
 * not hand loopback origins credentials once PUBLIC_URL is set.
 */
import { describe, expect, it } from 'vitest';
import { seedShop } from '../shop/fixtures.ts';
import { useTestStore } from '../store/databases.ts';
import { ADMIN_TOKEN, Browser, startHarness } from './harness.ts';

const PUBLIC = 'https://shop.example.test';
const PASSWORD = 'correct horse battery staple 42';

/** A browser form post: no JSON content type, the shopper's cookie, the attacker's origin. */
async function formPost(
  base: string,
  path: string,
  cookie: string,
  opts: { origin?: string; site?: string; type?: string; body?: string } = {},
) {
  const headers: Record<string, string> = {
    cookie,
    'content-type': opts.type ?? 'text/plain',
  };
  if (opts.origin !== undefined) headers.origin = opts.origin;
  if (opts.site !== undefined) headers['sec-fetch-site'] = opts.site;
  const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: opts.body ?? '' });
  const text = await res.text();
  return { status: res.status, detail: text ? (JSON.parse(text) as { detail?: string }).detail : undefined };
}

describe('cross-site requests', () => {
  const t = useTestStore('sqlite');

  it('refuses cross-site form posts with the cookie: add to cart, promo, prepare order, sign out', async () => {
    await seedShop(t.store.db);
    const h = await startHarness(t.store, { env: { PUBLIC_URL: PUBLIC } });
    const shopper = new Browser(h.base, { origin: PUBLIC, 'sec-fetch-site': 'same-origin' });
    const up = await shopper.fetch('/api/auth/sign-up', {
      method: 'POST',
      body: { email: 'victim@example.test', password: PASSWORD },
    });
    expect(up.status).toBe(200);
    const added = await shopper.fetch('/api/cart/items', {
      method: 'POST',
      body: { productId: 'p_trail', size: '42', color: 'blue' },
    });
    expect(added.status).toBe(200);

    const evil = { origin: 'https://evil.example.test', site: 'cross-site' };
    const attempts = [
      ['/api/cart/items', { ...evil, body: '{"productId":"p_socks","x":"="}' }],
      ['/api/cart/items', { ...evil, type: 'application/x-www-form-urlencoded', body: 'productId=p_socks' }],
      ['/api/cart/promo', { ...evil, body: '{"code":"WELCOME10","x":"="}' }],
      ['/api/orders/prepare', evil],
      ['/api/auth/sign-out', evil],
      ['/start', evil],
      // A sibling subdomain or another local port is same-site: the cookie goes along, it is still refused.
      ['/api/orders/prepare', { origin: 'https://blog.example.test', site: 'same-site' }],
      // Sandboxed frames and some redirects send the opaque origin.
      ['/api/auth/sign-out', { origin: 'null', site: 'cross-site' }],
      // A browser that says cross-site but withholds Origin.
      ['/api/auth/sign-out', { site: 'cross-site' }],
      // Loopback origins are a development convenience, not allowed once PUBLIC_URL is set.
      ['/api/auth/sign-out', { origin: 'http://localhost:3000', site: 'same-site' }],
    ] as const;
    for (const [path, opts] of attempts) {
      const r = await formPost(h.base, path, shopper.cookie, opts);
      expect({ path, opts, status: r.status }).toEqual({ path, opts, status: 403 });
      expect(r.detail).toMatch(/^cross-site request refused/);
    }

    // Nothing changed: still signed in, one line in the cart, no promo.
    const me = await shopper.fetch('/api/me');
    expect(me.json).toMatchObject({ kind: 'account' });
    const cart = await shopper.fetch('/api/cart');
    expect(cart.json.cart.items).toHaveLength(1);
    expect(cart.json.cart.promoCode ?? null).toBeNull();
  });

  it('lets the site, listed origins, originless clients and bearer clients through', async () => {
    await seedShop(t.store.db);
    const h = await startHarness(t.store, {
      env: { PUBLIC_URL: PUBLIC, ALLOWED_ORIGINS: 'https://kiosk.example.test' },
    });
    const add = { productId: 'p_trail', size: '42', color: 'blue' };
    const via = async (headers: Record<string, string>) =>
      (await new Browser(h.base, headers).fetch('/api/cart/items', { method: 'POST', body: add })).status;
    expect(await via({ origin: PUBLIC, 'sec-fetch-site': 'same-origin' })).toBe(200);
    expect(await via({ origin: h.base, 'sec-fetch-site': 'same-origin' })).toBe(200);
    expect(await via({ origin: 'https://kiosk.example.test', 'sec-fetch-site': 'cross-site' })).toBe(200);
    expect(await via({})).toBe(200); // curl, server clients
    expect(await via({ 'sec-fetch-site': 'same-origin' })).toBe(200);
    // The admin has no cart; /start is a state change it may make from any page with its token.
    const bearer = await new Browser(h.base, {
      origin: 'https://evil.example.test',
      authorization: `Bearer ${ADMIN_TOKEN}`,
    }).fetch('/start', { method: 'POST', body: {} });
    expect(bearer.status).toBe(200);
    // Safe methods are not state changes: a cross-site GET is answered (CORS keeps the body from the page).
    expect((await new Browser(h.base, { origin: 'https://evil.example.test' }).fetch('/api/me')).status).toBe(
      200,
    );
  });

  it('CORS: loopback origins get credentials only in development (no PUBLIC_URL, no list)', async () => {
    const preflight = async (base: string, origin: string) =>
      (
        await fetch(`${base}/api/cart/items`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        })
      ).headers.get('access-control-allow-origin');
    const prod = await startHarness(t.store, { env: { PUBLIC_URL: PUBLIC } });
    expect(await preflight(prod.base, 'http://localhost:5173')).toBeNull();
    expect(await preflight(prod.base, 'http://127.0.0.1:8080')).toBeNull();
    expect(await preflight(prod.base, PUBLIC)).toBe(PUBLIC);

    const dev = await startHarness(t.store);
    expect(await preflight(dev.base, 'http://localhost:5173')).toBe('http://localhost:5173');
    const r = await formPost(dev.base, '/api/auth/sign-out', '', {
      origin: 'http://localhost:5173',
      site: 'same-site',
    });
    expect(r.status).toBe(200);
    expect(
      (await formPost(dev.base, '/api/auth/sign-out', '', { origin: 'https://evil.example.test' })).status,
    ).toBe(403);
  });
});
