/**
 * Idempotent ordering: a retried, replayed or concurrent confirm never makes two orders or takes
 * stock twice, on SQLite (one serialised connection) and PostgreSQL (a pool of real connections).
 */
import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, makeToolset, NOW, seedShop, tickingClock } from './fixtures.ts';
import { call, expectRefused } from './helpers.ts';

describe.each(TEST_DIALECTS)('idempotent ordering on %s', (dialect) => {
  const t = useTestStore(dialect);

  async function prepared(userId = 'u_alice') {
    const db = t.store.db;
    await seedShop(db);
    const set = makeToolset(db);
    await call(
      set,
      'add_to_cart',
      { productId: 'p_trail', size: '42', color: 'blue', quantity: 2 },
      ctx(userId),
    );
    const prep = await call(set, 'prepare_order', {}, ctx(userId));
    return { db, set, token: prep.result.token as string };
  }
  const orderCount = async (db: typeof t.store.db) =>
    Number(
      (
        await db
          .selectFrom('orders')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const stockOf = async (db: typeof t.store.db, id: string) =>
    (await db.selectFrom('variants').select('stock').where('id', '=', id).executeTakeFirstOrThrow()).stock;

  it('a retried confirm (new tool call id, same token) returns the first order', async () => {
    const { db, set, token } = await prepared();
    const first = await call(set, 'confirm_order', { token }, ctx('u_alice'));
    const retry = await call(set, 'confirm_order', { token }, ctx('u_alice'));
    expect(first.result.alreadyPlaced).toBe(false);
    expect(retry.result).toMatchObject({ orderId: first.result.orderId, alreadyPlaced: true });
    expect(await orderCount(db)).toBe(1);
    expect(await stockOf(db, 'v_trail_42_blue')).toBe(1);
  });

  it('8 concurrent confirms with the same token make exactly one order', async () => {
    const { db, set, token } = await prepared();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => call(set, 'confirm_order', { token }, ctx('u_alice'))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.result.orderId)).size).toBe(1);
    expect(results.filter((r) => r.result.alreadyPlaced === false)).toHaveLength(1);
    expect(await orderCount(db)).toBe(1);
    expect(await stockOf(db, 'v_trail_42_blue')).toBe(1);
    const items = await db.selectFrom('order_items').selectAll().execute();
    expect(items.map((i) => i.quantity)).toEqual([2]);
  });

  it('concurrent confirms with different explicit keys: one order, the rest see a changed cart', async () => {
    const { db, set, token } = await prepared();
    const results = await Promise.all(
      ['k1', 'k2', 'k3', 'k4'].map((k) =>
        call(set, 'confirm_order', { token, idempotencyKey: k }, ctx('u_alice')),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r.result.error.code).toBe('confirmation_invalid');
    expect(await orderCount(db)).toBe(1);
    expect(await stockOf(db, 'v_trail_42_blue')).toBe(1);
    // Replaying the winning key returns the same order.
    const winner = results.findIndex((r) => r.ok);
    const again = await call(
      set,
      'confirm_order',
      { token, idempotencyKey: `k${winner + 1}` },
      ctx('u_alice'),
    );
    expect(again.result).toMatchObject({ orderId: results[winner]!.result.orderId, alreadyPlaced: true });
  });

  it('idempotency keys are per shopper: Bob reusing Alice’s key gets his own order', async () => {
    const { db, set, token } = await prepared();
    await call(set, 'confirm_order', { token, idempotencyKey: 'same' }, ctx('u_alice'));
    await call(set, 'add_to_cart', { productId: 'p_socks' }, ctx('u_bob'));
    const bobPrep = await call(set, 'prepare_order', {}, ctx('u_bob'));
    const bob = await call(
      set,
      'confirm_order',
      { token: bobPrep.result.token, idempotencyKey: 'same' },
      ctx('u_bob'),
    );
    expect(bob.result).toMatchObject({ alreadyPlaced: false, total: 9.99 });
    expect(await orderCount(db)).toBe(2);
  });

  it('a token is void once the cart changes, and after it expires', async () => {
    const { db, set, token } = await prepared();
    await call(set, 'add_to_cart', { productId: 'p_socks' }, ctx('u_alice'));
    const r = await expectRefused(
      call(set, 'confirm_order', { token }, ctx('u_alice')),
      'confirmation_invalid',
    );
    expect(r.error.details.reason).toBe('mismatch');

    const late = makeToolset(db, tickingClock(new Date(NOW.getTime() + 11 * 60_000)));
    const fresh = await call(set, 'prepare_order', {}, ctx('u_alice'));
    const expired = await expectRefused(
      call(late, 'confirm_order', { token: fresh.result.token }, ctx('u_alice')),
      'confirmation_invalid',
    );
    expect(expired.error.details.reason).toBe('expired');
    expect(await orderCount(db)).toBe(0);
  });

  it('a price change between prepare and confirm voids the token (the shopper agreed to the old price)', async () => {
    const { db, set, token } = await prepared();
    await db.updateTable('variants').set({ price_cents: 6999 }).where('id', '=', 'v_trail_42_blue').execute();
    await expectRefused(call(set, 'confirm_order', { token }, ctx('u_alice')), 'confirmation_invalid');
    const again = await call(set, 'prepare_order', {}, ctx('u_alice'));
    expect(again.result.total).toBe(139.98);
  });

  it('stock sold elsewhere after prepare: refused, nothing written', async () => {
    const { db, set, token } = await prepared();
    await db.updateTable('variants').set({ stock: 1 }).where('id', '=', 'v_trail_42_blue').execute();
    await expectRefused(call(set, 'confirm_order', { token }, ctx('u_alice')), 'out_of_stock');
    expect(await orderCount(db)).toBe(0);
    expect(await stockOf(db, 'v_trail_42_blue')).toBe(1);
    expect((await call(set, 'view_cart', {}, ctx('u_alice'))).result.items).toHaveLength(1);
  });

  it('an empty cart cannot be prepared; garbage tokens are refused', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    await expectRefused(call(set, 'prepare_order', {}, ctx('u_bob')), 'cart_empty');
    await expectRefused(
      call(set, 'confirm_order', { token: 'yes please' }, ctx('u_bob')),
      'confirmation_invalid',
    );
  });
});
