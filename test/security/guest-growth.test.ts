/**
 * Guest rows cannot grow without bound: a cookieless client gets a limited number of new guests
 * per address and minute (429 after, with a wait), and guests that kept nothing are pruned a
 * while after creation — a returning one is re-created from its cookie.
 */
import { describe, expect, it } from 'vitest';
import { UsersRepository } from '../../src/store/repositories/users.ts';
import { ctx, makeToolset, seedShop } from '../shop/fixtures.ts';
import { call } from '../shop/helpers.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { Browser, startHarness } from './harness.ts';

describe('guests per address', () => {
  const t = useTestStore('sqlite');

  it('mints a limited number of guests per IP and minute; a guest with its cookie is not limited', async () => {
    const h = await startHarness(t.store, { env: { AUTH_GUEST_RATE_PER_IP_PER_MINUTE: '3' } });
    const guests = async () =>
      (await t.store.db.selectFrom('users').select('id').where('kind', '=', 'guest').execute()).length;
    const before = await guests();
    const kept = new Browser(h.base);
    const statuses: number[] = [(await kept.fetch('/api/me')).status];
    for (let i = 0; i < 4; i++) statuses.push((await new Browser(h.base).fetch('/api/me')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await new Browser(h.base).fetch('/api/cart');
    expect(refused.json.detail).toMatch(/too many new visitors from this address/);
    expect(await guests()).toBe(before + 3);
    // The shopper who kept the cookie goes on as before.
    expect((await kept.fetch('/api/cart')).status).toBe(200);
    await h.clock.advance(60_000);
    expect((await new Browser(h.base).fetch('/api/me')).status).toBe(200);
  });
});

describe.each(TEST_DIALECTS)('pruning guests on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('deletes old guests that kept nothing, and nobody else', async () => {
    const db = t.store.db;
    await seedShop(db);
    const users = new UsersRepository(db);
    const old = new Date('2026-01-01T00:00:00.000Z');
    const recent = new Date('2026-01-03T00:00:00.000Z');
    for (const id of ['guest_empty_old_000000', 'guest_cart_old_0000000', 'guest_saved_old_000000'])
      await users.ensureGuest(id, old);
    await users.ensureGuest('guest_empty_recent_000', recent);
    const set = makeToolset(db);
    await call(set, 'add_to_cart', { productId: 'p_socks' }, ctx('guest_cart_old_0000000'));
    await call(set, 'save_item', { productId: 'p_socks' }, ctx('guest_saved_old_000000'));
    const accountsBefore = await db.selectFrom('users').select('id').where('kind', '!=', 'guest').execute();

    const all = (await db.selectFrom('users').select('id').execute()).map((u) => u.id);
    const pruned = await users.pruneEmptyGuests(new Date('2026-01-02T00:00:00.000Z'));
    const left = (await db.selectFrom('users').select('id').execute()).map((u) => u.id);
    expect(pruned).toBe(all.length - left.length);
    expect(pruned).toBeGreaterThanOrEqual(1);
    expect(left).not.toContain('guest_empty_old_000000');
    for (const id of ['guest_cart_old_0000000', 'guest_saved_old_000000', 'guest_empty_recent_000'])
      expect(left).toContain(id);
    for (const a of accountsBefore) expect(left).toContain(a.id);
  });
});
