/** Bad input gets a clear typed refusal and changes nothing; hostile strings are data, never SQL. */
import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, INJECTION, makeToolset, seedShop } from './fixtures.ts';
import { call, expectRefused } from './helpers.ts';

describe.each(TEST_DIALECTS)('bad inputs on %s', (dialect) => {
  const t = useTestStore(dialect);
  const setup = async () => {
    await seedShop(t.store.db);
    return makeToolset(t.store.db);
  };

  it('negative, zero, fractional and huge quantities are refused at the schema and in the service', async () => {
    const set = await setup();
    const c = ctx('u_alice');
    for (const quantity of [-1, 0, 1.5]) {
      const r = await expectRefused(
        call(set, 'add_to_cart', { productId: 'p_socks', quantity }, c),
        'invalid_input',
      );
      expect(r.error.message).toMatch(/quantity/);
    }
    await expectRefused(call(set, 'add_to_cart', { productId: 'p_socks', quantity: 21 }, c), 'invalid_input');
    await expect(
      set.services.carts.add('u_alice', null, 'en', { productId: 'p_socks', quantity: -3 }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const item = (await call(set, 'add_to_cart', { productId: 'p_socks' }, c)).result.added.itemId;
    await expectRefused(call(set, 'update_cart_item', { itemId: item, quantity: -2 }, c), 'invalid_input');
    expect((await call(set, 'view_cart', {}, c)).result.items[0].quantity).toBe(1);
    // 0 removes.
    expect((await call(set, 'update_cart_item', { itemId: item, quantity: 0 }, c)).result.items).toEqual([]);
  });

  it('unknown product, unknown size, ambiguous variant, out-of-stock size, more than in stock', async () => {
    const set = await setup();
    const c = ctx('u_alice');
    await expectRefused(call(set, 'add_to_cart', { productId: 'p_nope' }, c), 'not_found');
    await expectRefused(call(set, 'get_product', { productId: 'p_nope' }, c), 'not_found');
    const size = await expectRefused(
      call(set, 'add_to_cart', { productId: 'p_trail', size: '47' }, c),
      'not_found',
    );
    expect(size.error.details.sizes).toEqual(['42', '43']);
    const which = await expectRefused(
      call(set, 'add_to_cart', { productId: 'p_trail', size: '42' }, c),
      'variant_required',
    );
    expect(which.error.details.colors).toEqual(['Black', 'Blue']);
    await expectRefused(
      call(set, 'add_to_cart', { productId: 'p_trail', size: '43', color: 'blue' }, c),
      'out_of_stock',
    );
    await expectRefused(
      call(set, 'add_to_cart', { productId: 'p_hoodie', size: 'medium' }, c),
      'out_of_stock',
    );
    await call(set, 'add_to_cart', { productId: 'p_trail', size: '42', color: 'blue', quantity: 2 }, c);
    const more = await expectRefused(
      call(set, 'add_to_cart', { productId: 'p_trail', size: '42', color: 'blue', quantity: 2 }, c),
      'out_of_stock',
    );
    expect(more.error.details).toEqual({ stock: 3, inCart: 2 });
    await expectRefused(call(set, 'compare_products', { productIds: ['p_trail', 'p_nope'] }, c), 'not_found');
    await expectRefused(call(set, 'search_products', {}, c), 'invalid_input');
    await expectRefused(
      call(set, 'search_products', { query: 'x', minPrice: 50, maxPrice: 10 }, c),
      'invalid_input',
    );
    await expectRefused(call(set, 'identify_user', { postalCode: '28001' }, c), 'invalid_input');
    await expectRefused(call(set, 'submit_survey', { rating: 9 }, c), 'invalid_input');
  });

  it('a product in another currency cannot join the cart', async () => {
    const set = await setup();
    await t.store.db.updateTable('products').set({ currency: 'USD' }).where('id', '=', 'p_road').execute();
    await call(set, 'add_to_cart', { productId: 'p_socks' }, ctx('u_alice'));
    const r = await expectRefused(
      call(set, 'add_to_cart', { productId: 'p_road' }, ctx('u_alice')),
      'invalid_input',
    );
    expect(r.error.message).toMatch(/EUR.+USD/);
  });

  it('promo edge cases: unknown, expired, not started, inactive, below minimum, not applicable, free trial', async () => {
    const set = await setup();
    const c = ctx('u_alice');
    await expectRefused(call(set, 'apply_promo', { code: 'NOPE' }, c), 'promo_invalid');
    await call(set, 'add_to_cart', { productId: 'p_socks', quantity: 2 }, c); // 19.98
    const problems: Record<string, string> = {
      OLD20: 'expired',
      SOON: 'not_started',
      OFF: 'inactive',
      FIVEOFF: 'min_subtotal',
      APPTRIAL: 'not_applicable',
    };
    for (const [code, problem] of Object.entries(problems)) {
      const r = await expectRefused(call(set, 'apply_promo', { code }, c), 'promo_invalid');
      expect(r.error.details.problem).toBe(problem);
    }
    expect((await call(set, 'view_cart', {}, c)).result.promo).toBeNull();
    // Category promo: 50% off socks only.
    const socks = await call(set, 'apply_promo', { code: 'socks 50' }, c);
    expect(socks.result).toMatchObject({ subtotal: 19.98, discount: 9.99, total: 9.99, promo: 'SOCKS50' });
    // Free trial: one unit of the app free.
    await call(set, 'add_to_cart', { productId: 'p_app', quantity: 2 }, c);
    const trial = await call(set, 'apply_promo', { code: 'apptrial' }, c);
    expect(trial.result).toMatchObject({ subtotal: 43.98, discount: 12, total: 31.98, promo: 'APPTRIAL' });
    // Fixed with minimum, then the cart shrinks below it: the promo drops out and the cart says why.
    const fixed = await call(set, 'apply_promo', { code: 'FIVEOFF' }, c);
    expect(fixed.result).toMatchObject({ discount: 5, total: 38.98 });
    const app = fixed.result.items.find((i: { name: string }) => i.name === 'Training App Premium');
    const shrunk = await call(set, 'remove_from_cart', { itemId: app.itemId }, c);
    expect(shrunk.result).toMatchObject({
      discount: 0,
      total: 19.98,
      promo: null,
      promoProblem: 'min_subtotal',
    });
  });

  it('injection strings are stored and returned verbatim, never executed', async () => {
    const set = await setup();
    const db = t.store.db;
    const c = ctx('u_alice');
    const search = await call(set, 'search_products', { query: INJECTION }, c);
    expect(search.ok).toBe(true);
    const weird = await call(set, 'get_product', { productId: 'p_weird' }, c);
    expect(weird.result.name).toBe(INJECTION);
    expect(weird.result.variants[0].color).toBe(INJECTION);
    await expectRefused(call(set, 'get_product', { productId: INJECTION }, c), 'not_found');
    await expectRefused(call(set, 'order_status', { orderId: INJECTION }, c), 'not_found');
    await expectRefused(call(set, 'apply_promo', { code: INJECTION }, c), 'promo_invalid');
    await expectRefused(
      call(set, 'identify_user', { customerNumber: INJECTION, postalCode: INJECTION }, ctx('u_guest')),
      'identity_failed',
    );
    const saved = await call(
      set,
      'save_item',
      { productId: 'p_weird', color: INJECTION, note: INJECTION },
      c,
    );
    expect(saved.result.saved).toMatchObject({ name: INJECTION, color: INJECTION, note: INJECTION });
    await call(set, 'add_to_cart', { productId: 'p_weird', color: INJECTION }, c);
    const prep = await call(set, 'prepare_order', {}, c);
    expect(prep.result.summary).toContain(`1 ${INJECTION}, size M, ${INJECTION}`);
    await call(set, 'submit_survey', { rating: 4, comment: INJECTION }, c);
    const handoff = await call(set, 'request_human', { reason: INJECTION }, c);
    expect(handoff.result.say).toMatch(/team/);
    const survey = await db.selectFrom('surveys').selectAll().executeTakeFirstOrThrow();
    expect(survey.comment).toBe(INJECTION);
    expect((await set.services.handoff.list())[0]?.reason).toBe(INJECTION);
    // Every table is still there and intact.
    const n = await db
      .selectFrom('products')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(6);
  });
});
