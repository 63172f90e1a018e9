/** The tools over the shipped demo catalog and the real catalog search, EN and ES, on both databases. */
import { describe, expect, it } from 'vitest';
import { DEMO_OUT_OF_STOCK_PRODUCT, seedDemo } from '../../src/shop/demo/index.ts';
import { createShopTools } from '../../src/shop/tools/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, tickingClock } from './fixtures.ts';
import { call, expectRefused, type Loose } from './helpers.ts';

describe.each(TEST_DIALECTS)('demo store on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('Spanish shopper: search → details → availability → add → promo → prepare → confirm → status', async () => {
    const db = t.store.db;
    await seedDemo(db);
    const set = createShopTools({
      db,
      now: tickingClock(),
      config: { SHOP_CONFIRM_SECRET: 'demo-secret-demo-secret' },
    });
    const c = () => ctx('u_demo_ana', 's_demo', 'es');

    const search = await call(set, 'search_products', { query: 'zapatillas de trail', inStock: true }, c());
    expect(search.result.count).toBeGreaterThan(0);
    const first = search.result.products[0];
    const details = await call(set, 'get_product', { productId: first.id }, c());
    const variant = details.result.variants.find((v: Loose) => v.stock >= 1);
    expect(variant).toBeDefined();
    const avail = await call(
      set,
      'check_availability',
      { productId: first.id, size: variant.size, color: variant.color },
      c(),
    );
    expect(avail.result).toMatchObject({ available: true, price: variant.price });

    const add = await call(set, 'add_to_cart', { productId: first.id, variantId: variant.variantId }, c());
    expect(add.result.cart.total).toBe(variant.price);
    const promo = await call(set, 'apply_promo', { code: 'welcome 10' }, c());
    expect(promo.result.discount).toBeCloseTo(Math.round(variant.price * 10) / 100, 2);
    const prep = await call(set, 'prepare_order', {}, c());
    expect(prep.result.summary).toMatch(/^Tu pedido: 1 .+ Código WELCOME10: menos .+ ¿Confirmo el pedido\?$/);
    const placed = await call(set, 'confirm_order', { token: prep.result.token }, c());
    expect(placed.result.status).toBe('placed');
    const status = await call(set, 'order_status', {}, c());
    expect(status.result.orders[0].orderId).toBe(placed.result.orderId);
  });

  it('English phone guest verifies as a demo customer and asks about a past order by its digits', async () => {
    const db = t.store.db;
    await seedDemo(db);
    const set = createShopTools({
      db,
      now: tickingClock(),
      config: { SHOP_CONFIRM_SECRET: 'demo-secret-demo-secret' },
    });
    const ts = new Date().toISOString();
    await db
      .insertInto('users')
      .values({ id: 'u_phone', kind: 'guest', created_at: ts, updated_at: ts })
      .execute();
    const james = await db.selectFrom('orders').select('id').where('user_id', '=', 'u_demo_james').execute();
    expect(james.length).toBeGreaterThan(0);
    const orderId = james[0]!.id;
    const digits = orderId.replace(/\D/g, '');
    const c = () => ctx('u_phone', 's_phone');
    await expectRefused(call(set, 'order_status', { orderId: digits }, c()), 'identity_required');
    const id = await call(
      set,
      'identify_user',
      { customerNumber: 'C dash one zero zero two', postalCode: 'zero eight zero zero one' },
      c(),
    );
    expect(id.result).toMatchObject({ verified: true, firstName: 'James' });
    const st = await call(set, 'order_status', { orderId: digits.split('').join(' ') }, c());
    expect(st.result.orderId).toBe(orderId);
  });

  it('the demo’s out-of-stock product cannot be added', async () => {
    const db = t.store.db;
    await seedDemo(db);
    const set = createShopTools({
      db,
      now: tickingClock(),
      config: { SHOP_CONFIRM_SECRET: 'demo-secret-demo-secret' },
    });
    const p = await db
      .selectFrom('products')
      .select('id')
      .where('handle', '=', DEMO_OUT_OF_STOCK_PRODUCT)
      .executeTakeFirstOrThrow();
    const details = await call(set, 'get_product', { productId: p.id }, ctx('u_demo_james'));
    expect(details.result.inStock).toBe(false);
    const v = details.result.variants[0];
    await expectRefused(
      call(set, 'add_to_cart', { productId: p.id, variantId: v.variantId }, ctx('u_demo_james')),
      'out_of_stock',
    );
  });
});
