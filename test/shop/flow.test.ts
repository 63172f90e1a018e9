import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, makeToolset, seedShop } from './fixtures.ts';
import { call } from './helpers.ts';

describe.each(TEST_DIALECTS)('shopping flow on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('search → size check → add → promo → prepare → confirm → order status', async () => {
    const db = t.store.db;
    await seedShop(db);
    const set = makeToolset(db);
    const alice = ctx('u_alice');

    const search = await call(set, 'search_products', { query: 'trail shoes', maxPrice: 100 }, alice);
    expect(search.ok).toBe(true);
    expect(search.result.products.map((p: { id: string }) => p.id)).toContain('p_trail');
    const trail = search.result.products.find((p: { id: string }) => p.id === 'p_trail');
    expect(trail.price).toBe(59.99); // lowest in-stock variant price from the database
    expect(trail.sizesInStock).toEqual(['42']);
    expect(search.ui[0]?.type).toBe('products');

    const no43 = await call(
      set,
      'check_availability',
      { productId: 'p_trail', size: '43', color: 'blue' },
      alice,
    );
    expect(no43.result).toMatchObject({ available: false, stock: 0, alternatives: { sizes: ['42'] } });
    const yes42 = await call(
      set,
      'check_availability',
      { productId: 'p_trail', size: 'forty two', color: 'azul', quantity: 2 },
      alice,
    );
    expect(yes42.result).toMatchObject({ available: true, stock: 3, price: 59.99 });

    const add = await call(
      set,
      'add_to_cart',
      { productId: 'p_trail', size: '42', color: 'Blue', quantity: 2 },
      alice,
    );
    expect(add.ok).toBe(true);
    expect(add.result.cart).toMatchObject({ subtotal: 119.98, total: 119.98, currency: 'EUR' });
    await call(set, 'add_to_cart', { productId: 'p_socks' }, alice);

    const promo = await call(set, 'apply_promo', { code: 'summer 10' }, alice);
    expect(promo.ok).toBe(true);
    // (11998 + 999) = 12997 cents; 10% = 1299.7 → 1300
    expect(promo.result).toMatchObject({ subtotal: 129.97, discount: 13, total: 116.97, promo: 'SUMMER10' });

    const prep = await call(set, 'prepare_order', {}, alice);
    expect(prep.ok).toBe(true);
    expect(prep.result.summary).toBe(
      'Your order: 2 Trail Runner 2, size 42, Blue, at €59.99 each; and 1 Running Socks, size M, White, at €9.99. ' +
        'Subtotal €129.97. Promo SUMMER10: minus €13.00. Total €116.97, shipping to postal code 28001. Shall I place the order?',
    );
    expect(prep.ui.map((e) => e.type)).toEqual(['cart', 'confirm']);

    const confirm = await call(set, 'confirm_order', { token: prep.result.token }, alice);
    expect(confirm.ok).toBe(true);
    expect(confirm.result).toMatchObject({ status: 'placed', total: 116.97, alreadyPlaced: false });
    const orderId: string = confirm.result.orderId;
    expect(orderId).toMatch(/^O-\d{8}$/);

    // Stock moved, cart emptied, promo cleared.
    const v = await db
      .selectFrom('variants')
      .select('stock')
      .where('id', '=', 'v_trail_42_blue')
      .executeTakeFirstOrThrow();
    expect(v.stock).toBe(1);
    const cart = await call(set, 'view_cart', {}, alice);
    expect(cart.result).toMatchObject({ items: [], total: 0, promo: null });

    // Order status by the id as spoken.
    const spoken = `o dash ${orderId.slice(2).split('').join(' ')}`;
    const status = await call(set, 'order_status', { orderId: spoken }, alice);
    expect(status.result).toMatchObject({ orderId, status: 'placed', total: 116.97 });
    expect(status.ui[0]).toMatchObject({ type: 'order', order: { id: orderId, total: 116.97 } });
    const items = await db.selectFrom('order_items').selectAll().where('order_id', '=', orderId).execute();
    expect(items.map((i) => [i.variant_id, i.quantity, i.line_total_cents]).sort()).toEqual([
      ['v_socks', 1, 999],
      ['v_trail_42_blue', 2, 11998],
    ]);
    const history = await call(set, 'shopping_history', {}, alice);
    expect(history.result.orders.map((o: { orderId: string }) => o.orderId)).toEqual([orderId]);
  });

  it('Spanish read-back uses the Spanish title and number format', async () => {
    const db = t.store.db;
    await seedShop(db);
    const set = makeToolset(db);
    const c = ctx('u_alice', 's1', 'es');
    await call(set, 'add_to_cart', { productId: 'p_trail', size: '42', color: 'negro' }, c);
    const prep = await call(set, 'prepare_order', {}, c);
    expect(prep.result.summary).toBe(
      'Tu pedido: 1 Zapatilla Trail Runner 2, talla 42, negro, a 64,99\u00a0€. Total 64,99\u00a0€, con envío al código postal 28001. ¿Confirmo el pedido?',
    );
  });
});
