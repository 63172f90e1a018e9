/**
 * The shop tools added for issue 12 on the outdoor-gear import: sold-out refusals that name what is
 * in stock, empty the cart, list promos, policy text, and cancelling an unshipped order in two
 * steps (never a shipped one, never another shopper's).
 */
import { describe, expect, it } from 'vitest';
import type { ToolContext } from '../../../src/shop/contract.ts';
import { createShopTools, runShopTool } from '../../../src/shop/tools/index.ts';
import { useTestStore } from '../../store/databases.ts';
import { loadOutdoor } from './harness.ts';
import { outdoorCsv } from './outdoor-catalog.ts';

describe('new shop tools (SQLite)', () => {
  const t = useTestStore('sqlite');

  async function setup(policy?: string) {
    await loadOutdoor(t.store.db, outdoorCsv());
    const ts = new Date().toISOString();
    for (const id of ['u_a', 'u_b'])
      await t.store.db
        .insertInto('users')
        .values({ id, kind: 'account', created_at: ts, updated_at: ts })
        .execute();
    const set = createShopTools({
      db: t.store.db,
      config: {
        SHOP_CONFIRM_SECRET: 'tools-test-secret-1234',
        ...(policy ? { SHOP_POLICY_TEXT: policy } : {}),
      },
    });
    let n = 0;
    const call = async (user: string, name: string, input: unknown) => {
      const ctx: ToolContext = {
        userId: user,
        sessionId: `s_${user}`,
        language: 'en',
        toolCallId: `c${n++}`,
        abortSignal: new AbortController().signal,
      };
      return runShopTool(set.byName.get(name as never)!, input, ctx);
    };
    return { set, call };
  }

  it('refuses a sold-out variant and says what is in stock instead', async () => {
    const { call, set } = await setup();
    const r = await call('u_a', 'add_to_cart', { productId: 'p_cascade-mid-gtx-boots', size: '9.5' });
    expect(r.ok).toBe(false);
    const err = (
      r.result as { error: { code: string; message: string; details: { inStock: { sizes: string[] } } } }
    ).error;
    expect(err.code).toBe('out_of_stock');
    expect(err.message).toMatch(/9\.5 .*sold out/);
    expect(err.details.inStock.sizes).toEqual(['8', '8.5', '9', '10', '11']);
    expect((await set.services.carts.view('u_a', 'en')).view.items).toEqual([]);
    await set.services.close();
  });

  it('empties the cart and lists the promos that apply', async () => {
    const { call, set } = await setup();
    await call('u_a', 'add_to_cart', { productId: 'p_jetflame-stove' });
    await call('u_a', 'apply_promo', { code: 'SAVE10' });
    const cleared = await call('u_a', 'clear_cart', {});
    expect((cleared.result as { items: unknown[]; promo: unknown }).items).toEqual([]);
    expect((cleared.result as { promo: unknown }).promo).toBeNull();
    const promos = await call('u_a', 'list_promos', {});
    // The figures come with the owner's description, so a reply can say the promo in any language.
    expect(promos.result).toEqual({
      promos: [
        {
          code: 'SAVE10',
          description: '10% off everything',
          descriptionLanguage: 'en',
          discount: { kind: 'percent', percent: 10 },
        },
      ],
    });
    await set.services.close();
  });

  it('answers policy questions from the configured text only', async () => {
    const none = await setup();
    expect((await none.call('u_a', 'get_policy', { topic: 'returns' })).result).toMatchObject({ text: null });
    await none.set.services.close();
  });

  it('picks the policy sentences about the topic', async () => {
    const { call, set } = await setup('Returns are free within 30 days. Shipping takes 3 days.');
    expect((await call('u_a', 'get_policy', { topic: 'returns' })).result).toEqual({
      topic: 'returns',
      text: 'Returns are free within 30 days.',
    });
    await set.services.close();
  });

  it('cancels an unshipped order in two steps and restocks it; never a shipped one or another shopper’s', async () => {
    const { call, set } = await setup();
    const db = t.store.db;
    const stock = async () =>
      (
        await db
          .selectFrom('variants')
          .select('stock')
          .where('id', '=', 'v_jetflame-stove-default')
          .executeTakeFirstOrThrow()
      ).stock;
    await call('u_a', 'add_to_cart', { productId: 'p_jetflame-stove', quantity: 2 });
    const prep = (await call('u_a', 'prepare_order', {})).result as { token: string };
    const placed = (await call('u_a', 'confirm_order', { token: prep.token })).result as { orderId: string };
    expect(await stock()).toBe(4);
    const other = await call('u_b', 'cancel_order', { orderId: placed.orderId, confirm: true });
    expect(other.ok).toBe(false);
    const preview = await call('u_a', 'cancel_order', {});
    expect(preview.result).toMatchObject({
      orderId: placed.orderId,
      cancelled: false,
      needsConfirmation: true,
    });
    expect((await set.services.orders.list('u_a', 1))[0]!.status).toBe('placed');
    const done = await call('u_a', 'cancel_order', { orderId: placed.orderId, confirm: true });
    expect(done.result).toMatchObject({ cancelled: true, status: 'cancelled' });
    expect(await stock()).toBe(6);
    const again = await call('u_a', 'cancel_order', { confirm: true });
    expect(again.ok).toBe(false);
    await db.updateTable('orders').set({ status: 'shipped' }).where('id', '=', placed.orderId).execute();
    const shipped = await call('u_a', 'cancel_order', { confirm: true });
    expect((shipped.result as { error: { message: string } }).error.message).toMatch(/shipped/);
    await set.services.close();
  });
});
