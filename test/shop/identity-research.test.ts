import { describe, expect, it } from 'vitest';
import { ShopError } from '../../src/shop/errors.ts';
import type { ProductSearch } from '../../src/shop/products/search-port.ts';
import { createShopTools } from '../../src/shop/tools/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, fixtureSearch, makeToolset, seedShop, tickingClock } from './fixtures.ts';
import { call, expectRefused } from './helpers.ts';

describe.each(TEST_DIALECTS)('identity on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('a phone guest proves an account with spoken forms; history then shows the account; the cart comes along', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    const guest = () => ctx('u_guest', 's_call');
    // Alice has a past order.
    await call(set, 'add_to_cart', { productId: 'p_socks' }, ctx('u_alice'));
    const prep = await call(set, 'prepare_order', {}, ctx('u_alice'));
    const order = (await call(set, 'confirm_order', { token: prep.result.token }, ctx('u_alice'))).result
      .orderId;

    await call(set, 'add_to_cart', { productId: 'p_hoodie', size: 'small' }, guest());
    const before = await call(set, 'shopping_history', {}, guest());
    expect(before.result).toMatchObject({ orders: [], identified: false });
    await expectRefused(call(set, 'order_status', { orderId: order }, guest()), 'identity_required');

    const ok = await call(
      set,
      'identify_user',
      {
        documentNumber: 'uno dos tres cuatro cinco seis siete ocho zeta',
        postalCode: 'dos ocho cero cero uno',
      },
      guest(),
    );
    expect(ok.result).toEqual({ verified: true, firstName: 'Alice', movedCartItems: 1 });
    expect((await call(set, 'order_status', { orderId: order }, guest())).result.orderId).toBe(order);
    const history = await call(set, 'shopping_history', {}, guest());
    expect(history.result.orders.map((o: { orderId: string }) => o.orderId)).toEqual([order]);
    expect(history.result.identified).toBeUndefined();
    const cart = await call(set, 'view_cart', {}, guest());
    expect(cart.result.items.map((i: { name: string }) => i.name)).toEqual(['Club Hoodie']);
    // Another call (session) of the same guest is not verified.
    await expectRefused(
      call(set, 'order_status', { orderId: order }, ctx('u_guest', 's_other')),
      'identity_required',
    );
  });

  it('wrong details never say which factor failed, and lock the session after 3 tries', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    const g = () => ctx('u_guest2', 's_locked');
    const wrongPostal = await expectRefused(
      call(set, 'identify_user', { customerNumber: 'C-1001', postalCode: '99999' }, g()),
      'identity_failed',
    );
    const wrongNumber = await expectRefused(
      call(set, 'identify_user', { customerNumber: 'C-9999', postalCode: '28001' }, g()),
      'identity_failed',
    );
    expect(wrongPostal.error.message.replace(/\d attempts?/, '')).toBe(
      wrongNumber.error.message.replace(/\d attempts?/, ''),
    );
    await expectRefused(
      call(set, 'identify_user', { customerNumber: 'C-1001', postalCode: '28002' }, g()),
      'identity_locked',
    );
    // Even the right details are refused now.
    await expectRefused(
      call(set, 'identify_user', { customerNumber: 'C-1001', postalCode: '28001' }, g()),
      'identity_locked',
    );
  });

  it('a logged-in account can confirm itself but never switch to another account', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    await expectRefused(
      call(set, 'identify_user', { customerNumber: 'C-1001', postalCode: '28001' }, ctx('u_bob')),
      'identity_failed',
    );
    const self = await call(
      set,
      'identify_user',
      { customerNumber: '1002', postalCode: '08001' },
      ctx('u_bob'),
    );
    expect(self.result.verified).toBe(true);
  });
});

describe.each(TEST_DIALECTS)('background research on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('runs several searches, stores a comparative summary, and get_research returns it with cards', async () => {
    await seedShop(t.store.db);
    const seen: string[] = [];
    const base = fixtureSearch(t.store.db);
    const search: ProductSearch = async (q, signal) => {
      seen.push(`${q.text ?? ''}|${q.inStock ?? ''}|${q.maxPrice ?? ''}`);
      return base(q, signal);
    };
    const set = createShopTools({
      db: t.store.db,
      search,
      now: tickingClock(),
      config: { SHOP_CONFIRM_SECRET: 'x'.repeat(20) },
    });
    const c = ctx('u_alice');
    const finished: unknown[] = [];
    const stop = set.services.research.onFinished((e) => finished.push(e));
    const start = await call(
      set,
      'start_research',
      { query: 'running', angles: [{ text: 'stride', maxPrice: 70 }] },
      c,
    );
    expect(start.result.status).toBe('pending');
    await set.services.research.settled(start.result.researchId);
    // Told once it is stored, with who asked and where, so the session can push it to the screen.
    expect(finished).toEqual([
      {
        researchId: start.result.researchId,
        userId: 'u_alice',
        sessionId: c.sessionId,
        language: 'en',
        status: 'done',
      },
    ]);
    stop();
    expect(seen.sort()).toEqual(['running|true|', 'running||', 'stride||70'].sort());
    const r = await call(set, 'get_research', { researchId: start.result.researchId }, c);
    expect(r.result.status).toBe('done');
    expect(r.result.summary).toContain('I compared');
    expect(r.result.summary).toContain('The cheapest in stock is Running Socks at €9.99.');
    expect(r.ui[0]).toMatchObject({ type: 'research', query: 'running' });
    expect(r.result.products.map((p: { id: string }) => p.id)).toContain('p_trail');
  });

  it('ending the session aborts its running job (recorded as failed: cancelled); close() aborts the rest', async () => {
    await seedShop(t.store.db);
    const search: ProductSearch = (_q, signal) =>
      new Promise((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(new ShopError('cancelled', 'aborted')), {
          once: true,
        });
      });
    const set = createShopTools({
      db: t.store.db,
      search,
      now: tickingClock(),
      config: { SHOP_CONFIRM_SECRET: 'x'.repeat(20) },
    });
    const c = ctx('u_alice');
    const finished: unknown[] = [];
    set.services.research.onFinished((e) => finished.push(e));
    const start = await call(set, 'start_research', { query: 'anything' }, c);
    expect((await call(set, 'get_research', { researchId: start.result.researchId }, c)).result.status).toBe(
      'pending',
    );
    const other = await call(set, 'start_research', { query: 'other call' }, ctx('u_alice', 's_other'));
    await set.services.endSession(c.sessionId);
    const r = await call(set, 'get_research', { researchId: start.result.researchId }, c);
    expect(r.result).toMatchObject({ status: 'failed', error: 'cancelled' });
    // Only that session's job stopped; shutdown stops the rest.
    expect((await call(set, 'get_research', { researchId: other.result.researchId }, c)).result.status).toBe(
      'pending',
    );
    await set.services.close();
    expect((await call(set, 'get_research', { researchId: other.result.researchId }, c)).result.status).toBe(
      'failed',
    );
    // A cancelled job is nobody's news: nothing is pushed for it.
    expect(finished).toEqual([]);
  });

  it('a job that fails on its own is reported as failed, so the session can say so', async () => {
    await seedShop(t.store.db);
    const search: ProductSearch = async () => {
      throw new Error('search backend down');
    };
    const set = createShopTools({
      db: t.store.db,
      search,
      now: tickingClock(),
      config: { SHOP_CONFIRM_SECRET: 'x'.repeat(20) },
    });
    const finished: { status: string }[] = [];
    set.services.research.onFinished((e) => finished.push(e));
    const start = await call(set, 'start_research', { query: 'anything' }, ctx('u_alice'));
    await set.services.research.settled(start.result.researchId);
    expect(finished.map((e) => e.status)).toEqual(['failed']);
    const r = await call(set, 'get_research', { researchId: start.result.researchId }, ctx('u_alice'));
    expect(r.result).toMatchObject({ status: 'failed', error: 'search backend down' });
  });
});
