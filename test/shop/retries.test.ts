/** Replayed tool calls (same tool call id) are applied once; products taken off sale cannot be ordered. */
import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, makeToolset, seedShop } from './fixtures.ts';
import { call, expectRefused } from './helpers.ts';

describe.each(TEST_DIALECTS)('retries on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('the same add_to_cart call replayed (also concurrently) adds once; a new call id adds again', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    const c = { ...ctx('u_alice'), toolCallId: 'fixed:add-1' };
    const input = { productId: 'p_socks', quantity: 2 };
    const [a, b] = await Promise.all([
      call(set, 'add_to_cart', input, c),
      call(set, 'add_to_cart', input, c),
    ]);
    const again = await call(set, 'add_to_cart', input, c);
    expect(a.result).toEqual(b.result);
    expect(again.result).toEqual(a.result);
    expect((await call(set, 'view_cart', {}, ctx('u_alice'))).result.items[0].quantity).toBe(2);
    await call(set, 'add_to_cart', input, ctx('u_alice'));
    expect((await call(set, 'view_cart', {}, ctx('u_alice'))).result.items[0].quantity).toBe(4);
    // The same id with different arguments is a different call.
    const third = await call(set, 'add_to_cart', { ...input, quantity: 1 }, c);
    expect(third.ok, JSON.stringify(third.result)).toBe(true);
    expect((await call(set, 'view_cart', {}, ctx('u_alice'))).result.items[0].quantity).toBe(5);
  });

  it('a failed call is not remembered: the retry with the same id runs for real', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    const c = { ...ctx('u_alice'), toolCallId: 'fixed:promo-1' };
    await expectRefused(call(set, 'apply_promo', { code: 'FIVEOFF' }, c), 'promo_invalid');
    await call(set, 'add_to_cart', { productId: 'p_trail', size: '42', color: 'blue' }, ctx('u_alice'));
    expect((await call(set, 'apply_promo', { code: 'FIVEOFF' }, c)).result.discount).toBe(5);
  });

  it('concurrent adds of the last units never put more in the cart than is in stock', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    const input = { productId: 'p_trail', size: '42', color: 'blue', quantity: 1 }; // stock 3
    const results = await Promise.all(
      Array.from({ length: 6 }, () => call(set, 'add_to_cart', input, ctx('u_alice'))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    for (const r of results.filter((x) => !x.ok)) expect(r.result.error.code).toBe('out_of_stock');
    expect((await call(set, 'view_cart', {}, ctx('u_alice'))).result.items[0].quantity).toBe(3);
  });

  it('a product archived after it was added blocks checkout as sold out', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    await call(set, 'add_to_cart', { productId: 'p_socks' }, ctx('u_alice'));
    await t.store.db
      .updateTable('products')
      .set({ status: 'archived' })
      .where('id', '=', 'p_socks')
      .execute();
    const cart = await call(set, 'view_cart', {}, ctx('u_alice'));
    expect(cart.result.stockProblems).toEqual([
      { itemId: cart.result.items[0].itemId, name: 'Running Socks', quantity: 1, stock: 0 },
    ]);
    await expectRefused(call(set, 'prepare_order', {}, ctx('u_alice')), 'out_of_stock');
  });
});
