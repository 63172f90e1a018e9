/**
 * A confirmation token places one order, for the cart it read back: once that order is placed,
 * refilling the cart with the same items does not make the old token (or an older unused one)
 * work again, whatever idempotency key comes with it; a second order needs a new read-back.
 */
import { describe, expect, it } from 'vitest';
import { ctx, makeToolset, seedShop } from '../shop/fixtures.ts';
import { call, expectRefused } from '../shop/helpers.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';

describe.each(TEST_DIALECTS)('confirmation tokens are single-order on %s', (dialect) => {
  const t = useTestStore(dialect);
  const add = { productId: 'p_trail', size: '42', color: 'blue', quantity: 1 };
  const orders = async () => (await t.store.db.selectFrom('orders').select('id').execute()).length;

  it('after an order, a refilled identical cart needs a new read-back (same token, new key)', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    const alice = ctx('u_alice');
    await call(set, 'add_to_cart', add, alice);
    const { token } = (await call(set, 'prepare_order', {}, alice)).result;
    const first = await call(set, 'confirm_order', { token, idempotencyKey: 'first-order' }, alice);
    expect(first.ok).toBe(true);

    await call(set, 'add_to_cart', add, alice);
    const reused = await expectRefused(
      call(set, 'confirm_order', { token, idempotencyKey: 'second-order' }, alice),
      'confirmation_invalid',
    );
    expect(reused.error.details.reason).toBe('mismatch');
    // The default key (the token's nonce) still answers the first order as a replay, never a new one.
    const replay = await call(set, 'confirm_order', { token, idempotencyKey: 'first-order' }, alice);
    expect(replay.result).toMatchObject({ orderId: first.result.orderId, alreadyPlaced: true });
    expect(await orders()).toBe(1);

    const fresh = (await call(set, 'prepare_order', {}, alice)).result.token;
    const second = await call(set, 'confirm_order', { token: fresh }, alice);
    expect(second.result.alreadyPlaced).toBe(false);
    expect(await orders()).toBe(2);
  });

  it('an older unused token of the same cart dies with the order placed after it', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    const alice = ctx('u_alice');
    await call(set, 'add_to_cart', add, alice);
    const older = (await call(set, 'prepare_order', {}, alice)).result.token;
    const newer = (await call(set, 'prepare_order', {}, alice)).result.token;
    expect((await call(set, 'confirm_order', { token: newer }, alice)).ok).toBe(true);

    await call(set, 'add_to_cart', add, alice);
    await expectRefused(call(set, 'confirm_order', { token: older }, alice), 'confirmation_invalid');
    expect(await orders()).toBe(1);
  });
});
