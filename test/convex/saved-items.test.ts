import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../convex/_generated/api.js';
import { ANN, BOB, errorOf, newBackend } from './backend.ts';

afterEach(() => vi.unstubAllEnvs());

const shoe = {
  productId: 'p-1',
  name: 'Trail shoe',
  price: 89.5,
  currency: 'USD',
  url: 'https://shop.test/p-1',
};

describe('savedItems', () => {
  it('adds, lists newest first, keeps one row per product, removes', async () => {
    const t = newBackend();
    const ann = t.withIdentity(ANN);
    const first = await ann.mutation(api.savedItems.add, { item: shoe });
    expect(first.duplicate).toBe(false);
    const again = await ann.mutation(api.savedItems.add, { item: { ...shoe, name: 'Trail shoe v2' } });
    expect(again).toEqual({ itemId: first.itemId, duplicate: true });
    await ann.mutation(api.savedItems.add, { item: { productId: 'p-2', name: '  Rain jacket ' } });
    const list = await ann.query(api.savedItems.list, {});
    expect(list.map((i) => i.name)).toEqual(['Rain jacket', 'Trail shoe']);
    await ann.mutation(api.savedItems.remove, { itemId: first.itemId });
    expect((await ann.query(api.savedItems.list, {})).map((i) => i.productId)).toEqual(['p-2']);
  });

  it("never shows or removes another user's items, answered like a missing one", async () => {
    const t = newBackend();
    const { itemId } = await t.withIdentity(ANN).mutation(api.savedItems.add, { item: shoe });
    const bob = t.withIdentity(BOB);
    expect(await bob.query(api.savedItems.list, {})).toEqual([]);
    expect(await errorOf(bob.mutation(api.savedItems.remove, { itemId }))).toEqual({
      code: 'not_found',
      message: 'no such saved item',
    });
    // Bob even signed in and saved something: Ann's item is still not his.
    await bob.mutation(api.savedItems.add, { item: { productId: 'p-9', name: 'Cap' } });
    expect(await errorOf(bob.mutation(api.savedItems.remove, { itemId }))).toMatchObject({
      code: 'not_found',
    });
    expect(await t.withIdentity(ANN).query(api.savedItems.list, {})).toHaveLength(1);
  });

  it('refuses callers without an identity', async () => {
    const t = newBackend();
    expect(await errorOf(t.mutation(api.savedItems.add, { item: shoe }))).toMatchObject({
      code: 'unauthenticated',
    });
    expect(await errorOf(t.query(api.savedItems.list, {}))).toMatchObject({ code: 'unauthenticated' });
  });

  it('validates arguments: shape by v, bounds and URLs by the function', async () => {
    const t = newBackend();
    const ann = t.withIdentity(ANN);
    // Wrong shape: Convex's validator refuses before the handler runs.
    await expect(ann.mutation(api.savedItems.add, { item: { productId: 1 } } as never)).rejects.toThrow(
      /Validator error|ArgumentValidationError/,
    );
    expect(await errorOf(ann.mutation(api.savedItems.add, { item: { ...shoe, name: '   ' } }))).toEqual({
      code: 'invalid_argument',
      message: 'name must not be empty',
    });
    expect(
      await errorOf(ann.mutation(api.savedItems.add, { item: { ...shoe, url: 'javascript:alert(1)' } })),
    ).toMatchObject({ code: 'invalid_argument', message: 'url must be an http(s) URL' });
    expect(await errorOf(ann.mutation(api.savedItems.add, { item: { ...shoe, price: -1 } }))).toMatchObject({
      code: 'invalid_argument',
    });
    expect(await errorOf(ann.query(api.savedItems.list, { limit: 0 }))).toMatchObject({
      code: 'invalid_argument',
    });
    expect(await ann.query(api.savedItems.list, {})).toEqual([]);
  });
});
