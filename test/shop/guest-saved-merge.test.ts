/**
 * A guest's saved items follow them into the account they sign in to, like their cart: moved in
 * one transaction with whatever the caller must write alongside (the Convex claim), the
 * account's own row kept where both saved the same product, and nothing moved if that write fails.
 */
import { describe, expect, it } from 'vitest';
import { IdentityService } from '../../src/shop/identity/service.ts';
import { SavedItemsService } from '../../src/shop/saved/service.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { seedShop } from './fixtures.ts';

describe.each(TEST_DIALECTS)('guest saved items on %s', (dialect) => {
  const t = useTestStore(dialect);

  async function setUp() {
    const { db } = t.store;
    await seedShop(db);
    let tick = Date.parse('2026-12-06T10:00:00Z');
    const now = () => {
      tick += 1000;
      return new Date(tick);
    };
    const saved = new SavedItemsService({ db, now });
    await saved.save('u_guest', 'en', { productId: 'p_hoodie' });
    await saved.save('u_guest', 'en', { productId: 'p_socks', note: 'for the guest' });
    await saved.save('u_alice', 'en', { productId: 'p_socks', note: 'alice’s own' });
    return { db, saved, identity: new IdentityService({ db }) };
  }

  it('moves them into the account, keeping the account’s row for a product both saved', async () => {
    const { saved, identity } = await setUp();
    const aliceSocks = (await saved.list('u_alice', 'en'))[0]!;
    const seen: string[][] = [];
    const merged = await identity.mergeGuest('u_guest', 'u_alice', null, {
      onSavedMoved: async (_trx, ids) => {
        seen.push([...ids]);
      },
    });
    expect(merged).toEqual({ cartLines: 0, savedProductIds: ['p_hoodie', 'p_socks'] });
    expect(seen).toEqual([['p_hoodie', 'p_socks']]);
    const alice = await saved.list('u_alice', 'en');
    expect(alice.map((e) => e.product.id).sort()).toEqual(['p_hoodie', 'p_socks']);
    const socks = alice.find((e) => e.product.id === 'p_socks')!;
    expect(socks).toMatchObject({ savedId: aliceSocks.savedId, note: 'alice’s own' });
    expect(await saved.list('u_guest', 'en')).toEqual([]);
    // Again: nothing left to move, and the hook is not asked to owe anything.
    expect(
      await identity.mergeGuest('u_guest', 'u_alice', null, {
        onSavedMoved: async () => {
          throw new Error('not called');
        },
      }),
    ).toEqual({ cartLines: 0, savedProductIds: [] });
  });

  it('moves nothing when the write that goes with the move fails', async () => {
    const { db, saved, identity } = await setUp();
    await expect(
      identity.mergeGuest('u_guest', 'u_alice', null, {
        onSavedMoved: async (trx) => {
          // The write reached the transaction before failing: it must be rolled back too.
          await trx.updateTable('users').set({ name: 'half-written' }).where('id', '=', 'u_alice').execute();
          throw new Error('the outbox is unavailable');
        },
      }),
    ).rejects.toThrow('the outbox is unavailable');
    expect((await saved.list('u_guest', 'en')).map((e) => e.product.id).sort()).toEqual([
      'p_hoodie',
      'p_socks',
    ]);
    expect((await saved.list('u_alice', 'en')).map((e) => e.product.id)).toEqual(['p_socks']);
    const alice = await db.selectFrom('users').select('name').where('id', '=', 'u_alice').executeTakeFirst();
    expect(alice?.name).not.toBe('half-written');
  });
});
