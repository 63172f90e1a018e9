/**
 * Every tool that takes an id of something a shopper owns refuses another shopper's id, and a
 * refused call changes nothing. The matrix is checked against the tools' own input schemas, so a
 * new id-taking tool without a row here fails the test.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ShopErrorCode } from '../../src/shop/errors.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, makeToolset, seedShop } from './fixtures.ts';
import { call, expectRefused } from './helpers.ts';

/** Input fields naming a shopper-owned thing (catalog ids are public and excluded). */
const OWNED_ID_FIELD = /^(itemId|orderId|researchId|token)$/;

type Owned = { itemId: string; orderId: string; researchId: string; token: string };
/** Ids nobody has, of the same shapes. */
const UNKNOWN: Owned = {
  itemId: 'ci_00000000-0000-4000-8000-000000000000',
  orderId: 'O-99999999',
  researchId: 'rs_00000000-0000-4000-8000-000000000000',
  token: 'ct_unknown',
};
const MATRIX: Record<
  string,
  {
    input: (o: Owned) => unknown;
    account: ShopErrorCode;
    guest: ShopErrorCode;
    /** The id the refusal may echo (so Alice's and an unknown one compare equal once replaced). */
    unknown?: (o: Owned) => string;
  }
> = {
  update_cart_item: {
    input: (o) => ({ itemId: o.itemId, quantity: 5 }),
    account: 'not_found',
    guest: 'not_found',
    unknown: (o) => o.itemId,
  },
  remove_from_cart: {
    input: (o) => ({ itemId: o.itemId }),
    account: 'not_found',
    guest: 'not_found',
    unknown: (o) => o.itemId,
  },
  order_status: {
    input: (o) => ({ orderId: o.orderId }),
    account: 'not_found',
    guest: 'identity_required',
    unknown: (o) => o.orderId,
  },
  cancel_order: {
    input: (o) => ({ orderId: o.orderId, confirm: true }),
    account: 'not_found',
    guest: 'identity_required',
    unknown: (o) => o.orderId,
  },
  get_research: {
    input: (o) => ({ researchId: o.researchId }),
    account: 'not_found',
    guest: 'not_found',
    unknown: (o) => o.researchId,
  },
  confirm_order: {
    input: (o) => ({ token: o.token }),
    account: 'confirmation_invalid',
    guest: 'confirmation_invalid',
  },
};

describe.each(TEST_DIALECTS)('authorization on %s', (dialect) => {
  const t = useTestStore(dialect);

  async function aliceOwns() {
    const db = t.store.db;
    await seedShop(db);
    const set = makeToolset(db);
    const alice = ctx('u_alice');
    await call(set, 'add_to_cart', { productId: 'p_socks', quantity: 2 }, alice);
    const prep = await call(set, 'prepare_order', {}, alice);
    const placed = await call(set, 'confirm_order', { token: prep.result.token }, alice);
    const add = await call(set, 'add_to_cart', { productId: 'p_hoodie', size: 'S' }, alice);
    const pending = await call(set, 'prepare_order', {}, alice);
    const research = await call(set, 'start_research', { query: 'running shoes' }, alice);
    await set.services.research.settled(research.result.researchId);
    const owned: Owned = {
      itemId: add.result.added.itemId,
      orderId: placed.result.orderId,
      researchId: research.result.researchId,
      token: pending.result.token,
    };
    return { db, set, alice, owned };
  }

  it('the matrix covers every tool that takes an owned id', async () => {
    await seedShop(t.store.db);
    const set = makeToolset(t.store.db);
    const idTaking = set.tools
      .filter((tool) => {
        const schema = z.toJSONSchema(tool.inputSchema, { io: 'input' }) as {
          properties?: Record<string, unknown>;
        };
        return Object.keys(schema.properties ?? {}).some((k) => OWNED_ID_FIELD.test(k));
      })
      .map((tool) => tool.name)
      .sort();
    expect(idTaking).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(['u_bob', 'u_guest'])(
    '%s cannot touch Alice’s cart item, order, research or confirmation',
    async (intruder) => {
      const { db, set, alice, owned } = await aliceOwns();
      const before = {
        items: await db.selectFrom('cart_items').selectAll().orderBy('id').execute(),
        orders: await db.selectFrom('orders').selectAll().orderBy('id').execute(),
        stock: await db.selectFrom('variants').select(['id', 'stock']).orderBy('id').execute(),
      };
      const c = ctx(intruder);
      for (const [tool, row] of Object.entries(MATRIX)) {
        const r = await expectRefused(
          call(set, tool as never, row.input(owned), c),
          intruder === 'u_guest' ? row.guest : row.account,
        );
        // The refusal reveals nothing of Alice's data, not even that the id exists: it reads
        // exactly like the refusal of an id nobody has.
        expect(JSON.stringify(r)).not.toMatch(/alice|Running Socks|Club Hoodie|28001/i);
        if (row.unknown) {
          const unknown = await call(set, tool as never, row.input(UNKNOWN), c);
          expect(JSON.stringify(r).replaceAll(row.unknown(owned), '<id>')).toBe(
            JSON.stringify(unknown.result).replaceAll(row.unknown(UNKNOWN), '<id>'),
          );
        }
      }
      expect(await db.selectFrom('cart_items').selectAll().orderBy('id').execute()).toEqual(before.items);
      expect(await db.selectFrom('orders').selectAll().orderBy('id').execute()).toEqual(before.orders);
      expect(await db.selectFrom('variants').select(['id', 'stock']).orderBy('id').execute()).toEqual(
        before.stock,
      );
      // Alice herself still can.
      expect((await call(set, 'order_status', { orderId: owned.orderId }, alice)).ok).toBe(true);
      expect((await call(set, 'get_research', { researchId: owned.researchId }, alice)).result.status).toBe(
        'done',
      );
      const confirmed = await call(set, 'confirm_order', { token: owned.token }, alice);
      expect(confirmed.result.alreadyPlaced).toBe(false);
    },
  );

  it('a guest verified as Bob is still refused Alice’s order; unknown ids are not_found for accounts', async () => {
    const { set, owned } = await aliceOwns();
    const guest = ctx('u_guest', 's_phone');
    await expectRefused(call(set, 'order_status', { orderId: 'O-00000000' }, guest), 'identity_required');
    const id = await call(
      set,
      'identify_user',
      { customerNumber: 'c dash one zero zero two', postalCode: '0 8 0 0 1' },
      guest,
    );
    expect(id.result).toMatchObject({ verified: true, firstName: 'Bob' });
    await expectRefused(
      call(set, 'order_status', { orderId: owned.orderId }, ctx('u_guest', 's_phone')),
      'not_found',
    );
    await expectRefused(call(set, 'order_status', { orderId: 'O-00000000' }, ctx('u_bob')), 'not_found');
    await expectRefused(call(set, 'remove_from_cart', { itemId: 'ci_nope' }, ctx('u_bob')), 'not_found');
    await expectRefused(call(set, 'get_research', { researchId: 'rs_nope' }, ctx('u_bob')), 'not_found');
  });
});
