import { describe, expect, it } from 'vitest';
import { seedShop } from '../shop/fixtures.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { Browser, startHarness } from './harness.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(TEST_DIALECTS)('accounts on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('a guest signs up, keeps the cart, signs out back to the guest and signs in again', async () => {
    await seedShop(t.store.db);
    const h = await startHarness(t.store);
    const browser = new Browser(h.base);
    const me = await browser.fetch('/api/me');
    expect(me.json.kind).toBe('guest');
    const guestId = me.json.userId as string;
    expect(
      (
        await browser.fetch('/api/cart/items', {
          method: 'POST',
          body: { productId: 'p_socks', quantity: 2 },
        })
      ).status,
    ).toBe(200);

    const up = await browser.fetch('/api/auth/sign-up', {
      method: 'POST',
      body: { email: 'Shopper@Example.org', password: PASSWORD, name: 'Sam' },
    });
    expect(up.status).toBe(200);
    expect(up.json.movedCartItems).toBe(1);
    const account = await browser.fetch('/api/me');
    expect(account.json).toMatchObject({ kind: 'account', userId: up.json.userId });
    expect(account.json.userId).not.toBe(guestId);
    const cart = await browser.fetch('/api/cart');
    expect(
      cart.json.cart.items.map((i: { productId: string; quantity: number }) => [i.productId, i.quantity]),
    ).toEqual([['p_socks', 2]]);

    // The password is stored hashed, never as given.
    const stored = await t.store.db
      .withTables<{ auth_accounts: { password: string | null } }>()
      .selectFrom('auth_accounts')
      .select('password')
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.password).toBeTruthy();
    expect(stored[0]!.password).not.toContain(PASSWORD);

    expect((await browser.fetch('/api/auth/sign-out', { method: 'POST' })).status).toBe(200);
    const back = await browser.fetch('/api/me');
    expect(back.json).toMatchObject({ kind: 'guest', userId: guestId });
    expect((await browser.fetch('/api/cart')).json.cart.items).toEqual([]);

    const other = new Browser(h.base);
    const again = await other.fetch('/api/auth/sign-in', {
      method: 'POST',
      body: { email: 'shopper@example.org', password: PASSWORD },
    });
    expect(again.status).toBe(200);
    expect(again.json.userId).toBe(up.json.userId);
    expect((await other.fetch('/api/cart')).json.cart.items).toHaveLength(1);
  });

  it('refuses duplicate, malformed and weak sign-ups with a detail', async () => {
    const h = await startHarness(t.store);
    const b = new Browser(h.base);
    expect(
      (await b.fetch('/api/auth/sign-up', { method: 'POST', body: { email: 'a@b.co', password: PASSWORD } }))
        .status,
    ).toBe(200);
    const dup = await new Browser(h.base).fetch('/api/auth/sign-up', {
      method: 'POST',
      body: { email: 'a@b.co', password: PASSWORD },
    });
    expect(dup.status).toBe(409);
    expect(dup.json.detail).toMatch(/sign in/);
    const bad = await b.fetch('/api/auth/sign-up', {
      method: 'POST',
      body: { email: 'nope', password: PASSWORD },
    });
    expect(bad.status).toBe(400);
    const weak = await b.fetch('/api/auth/sign-up', {
      method: 'POST',
      body: { email: 'c@d.co', password: 'short' },
    });
    expect(weak.status).toBe(400);
  });

  it('throttles repeated failed sign-ins per account, even with the right password, until the lock ends', async () => {
    const h = await startHarness(t.store, {
      env: { AUTH_SIGNIN_MAX_FAILURES: '3', AUTH_SIGNIN_LOCK_S: '60' },
    });
    await new Browser(h.base).fetch('/api/auth/sign-up', {
      method: 'POST',
      body: { email: 'victim@example.org', password: PASSWORD },
    });
    const attacker = new Browser(h.base);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await attacker.fetch('/api/auth/sign-in', {
        method: 'POST',
        body: { email: 'victim@example.org', password: `guess-${i}-guess-guess` },
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const locked = await new Browser(h.base).fetch('/api/auth/sign-in', {
      method: 'POST',
      body: { email: 'victim@example.org', password: PASSWORD },
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.json.detail).not.toMatch(/password/);
    await h.clock.advance(61_000);
    const ok = await new Browser(h.base).fetch('/api/auth/sign-in', {
      method: 'POST',
      body: { email: 'victim@example.org', password: PASSWORD },
    });
    expect(ok.status).toBe(200);
  });

  it('a forged account cookie is not an identity (a new guest instead)', async () => {
    const h = await startHarness(t.store);
    const b = new Browser(h.base, { cookie: 'vs.session_token=forged.signature' });
    const me = await b.fetch('/api/me');
    expect(me.json.kind).toBe('guest');
  });
});
