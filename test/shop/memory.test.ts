/** Shopper memory on both databases: the service, its tools, and a guest's memory moving into an account. */
import { describe, expect, it } from 'vitest';
import { MAX_PREFERENCES } from '../../src/shop/memory/service.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, makeToolset, seedShop, tickingClock } from './fixtures.ts';
import { call, expectRefused } from './helpers.ts';

describe.each(TEST_DIALECTS)('shopper memory on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('a size replaces the last one of its scope; brands accumulate; forget by kind, by id, or all', async () => {
    await seedShop(t.store.db);
    const { services: s } = makeToolset(t.store.db);
    await s.memory.remember('u_alice', { kind: 'size', value: '42', scope: 'shoes' }, 's1');
    await s.memory.remember('u_alice', { kind: 'size', value: 'M' }, 's1');
    await s.memory.remember('u_alice', { kind: 'size', value: '43', scope: 'shoes' }, 's2');
    await s.memory.remember('u_alice', { kind: 'brand', value: 'Stride' }, 's2');
    await s.memory.remember('u_alice', { kind: 'brand', value: 'Knit' }, 's2');
    const all = await s.memory.list('u_alice');
    expect(all.map((p) => [p.kind, p.scope, p.value])).toEqual([
      ['brand', '', 'Knit'],
      ['brand', '', 'Stride'],
      ['size', 'shoes', '43'],
      ['size', '', 'M'],
    ]);
    // Another shopper's id forgets nothing and says nothing about it.
    expect(await s.memory.forget('u_guest', { id: all[0]!.id })).toBe(0);
    expect(await s.memory.forget('u_alice', { id: all[0]!.id })).toBe(1);
    expect(await s.memory.forget('u_alice', { kind: 'size' })).toBe(2);
    expect((await s.memory.list('u_alice')).map((p) => p.value)).toEqual(['Stride']);
    expect(await s.memory.forget('u_alice')).toBe(1);
    expect(await s.memory.list('u_alice')).toEqual([]);
  });

  it('bad input is refused with the field named and loses nothing already remembered', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    const me = ctx('u_alice');
    await call(set, 'remember_preference', { kind: 'size', value: '42', scope: 'shoes' }, me);
    for (const bad of [
      { kind: 'size', value: '' },
      { kind: 'shoe', value: '42' },
      { kind: 'brand', value: 'x'.repeat(61) },
      { kind: 'color', value: 'navy\u0000' },
      { kind: 'size', value: '42', scope: 'a\nb' },
    ]) {
      const r = await expectRefused(call(set, 'remember_preference', bad, me), 'invalid_input');
      expect(r.error.message).toMatch(/^(kind|value|scope):/);
    }
    const listed = await call(set, 'list_preferences', {}, me);
    expect(listed.result).toEqual({ count: 1, preferences: [{ kind: 'size', value: '42', scope: 'shoes' }] });
  });

  it('keeps the newest preferences when a shopper says more than the cap', async () => {
    await seedShop(t.store.db);
    const { services: s } = makeToolset(t.store.db);
    for (let i = 0; i < MAX_PREFERENCES + 3; i++)
      await s.memory.remember('u_alice', { kind: 'brand', value: `Brand ${i}` }, null);
    const kept = await s.memory.list('u_alice');
    expect(kept).toHaveLength(MAX_PREFERENCES);
    expect(kept[0]!.value).toBe(`Brand ${MAX_PREFERENCES + 2}`);
    expect(kept.some((p) => p.value === 'Brand 0')).toBe(false);
  });

  it('add_to_cart without a size offers the usual size of that kind of product when it is in stock', async () => {
    await seedShop(t.store.db);
    // A second size in stock, so the shop has a size to ask (with only one buyable size it asks
    // for the colour alone, and there is nothing to offer).
    await t.store.db
      .insertInto('variants')
      .values({
        id: 'v_trail_44_blue',
        product_id: 'p_trail',
        sku: 'SKU-v_trail_44_blue',
        size: '44',
        color: 'Blue',
        price_cents: 5999,
        compare_at_cents: null,
        stock: 2,
        created_at: '2025-06-01T00:00:00.000Z',
        updated_at: '2025-06-01T00:00:00.000Z',
      })
      .execute();
    const set = makeToolset(t.store.db);
    const me = ctx('u_alice');
    const plain = await expectRefused(
      call(set, 'add_to_cart', { productId: 'p_trail' }, me),
      'variant_required',
    );
    expect(plain.error.details.usual).toBeUndefined();
    // A usual size the product has only sold out (43) is not offered.
    await call(set, 'remember_preference', { kind: 'size', value: '43', scope: 'running shoes' }, me);
    const soldOut = await expectRefused(
      call(set, 'add_to_cart', { productId: 'p_trail' }, me),
      'variant_required',
    );
    expect(soldOut.error.details.usual).toBeUndefined();
    await call(set, 'remember_preference', { kind: 'size', value: '42', scope: 'shoes' }, me);
    const offered = await expectRefused(
      call(set, 'add_to_cart', { productId: 'p_trail' }, me),
      'variant_required',
    );
    expect(offered.error.details.usual).toEqual({ size: '42' });
    expect(offered.error.message).toMatch(/usual size is 42/);
    // A size said for hoodies is not a shoe size.
    await set.services.memory.forget('u_alice', { kind: 'size' });
    await call(set, 'remember_preference', { kind: 'size', value: '42', scope: 'hoodies' }, me);
    const other = await expectRefused(
      call(set, 'add_to_cart', { productId: 'p_trail' }, me),
      'variant_required',
    );
    expect(other.error.details.usual).toBeUndefined();
  });

  it("a guest's memory follows them into the account they prove, and identify_user says what the account remembers", async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db, tickingClock());
    await set.services.memory.remember('u_alice', { kind: 'size', value: '41', scope: 'shoes' }, null);
    await set.services.memory.remember('u_alice', { kind: 'brand', value: 'Knit' }, null);
    const guest = ctx('u_guest', 's_call');
    await call(set, 'remember_preference', { kind: 'size', value: '42', scope: 'shoes' }, guest);
    const ok = await call(set, 'identify_user', { documentNumber: '12345678Z', postalCode: '28001' }, guest);
    expect(ok.result.verified).toBe(true);
    expect(ok.result.preferences).toEqual([
      { kind: 'size', value: '42', scope: 'shoes' },
      { kind: 'brand', value: 'Knit' },
    ]);
    // The guest said 42 last: it replaces the account's older 41; the guest keeps nothing.
    expect((await set.services.memory.list('u_alice', 'size')).map((p) => p.value)).toEqual(['42']);
    expect(await set.services.memory.list('u_guest')).toEqual([]);
  });
});
