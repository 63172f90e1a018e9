/**
 * Smoke test of round 2's material (by the shared round suite, eval/dialogue/round-suite.ts) and of
 * its stricter checks (not of the engine's accuracy): each new check fails on a deliberately wrong
 * outcome and passes on the right one.
 */
import { describe, expect, it } from 'vitest';
import { cartIdFor } from '../../../src/shop/cart/service.ts';
import { cartState, evaluate, type StepState } from '../../dialogue/evaluate.ts';
import type { EvalShop, Turn } from '../../dialogue/harness.ts';
import { describeRoundMaterial } from '../../dialogue/round-suite.ts';
import type { Check } from '../../dialogue/types.ts';
import { DIALOGUE_ROUND2 } from './bench.ts';
import { B } from './scripts/beauty.handles.ts';

describeRoundMaterial(
  {
    dialogue: DIALOGUE_ROUND2,
    catalogs: { 'beauty-personal-care': null, 'hardware-tools': null },
    minSteps: 50,
    engineScript: 3,
  },
  (shops: ReadonlyMap<string, EvalShop>) => {
    describe('stricter checks fail on wrong outcomes', () => {
      const turn = (text: string, shownHandles: string[] = []): Turn => {
        const shop = shops.get('beauty-personal-care')!;
        const ids = shownHandles.map((h) => [...shop.products.values()].find((p) => p.handle === h)!.id);
        return {
          text,
          calls: [],
          ui: ids.length ? [{ type: 'products', query: 'q', items: ids.map((id) => ({ id }) as never) }] : [],
        };
      };
      const product = (h: string) =>
        [...shops.get('beauty-personal-care')!.products.values()].find((p) => p.handle === h)!;

      async function shopperState(text = '') {
        const shop = shops.get('beauty-personal-care')!;
        const shopper = await shop.newShopper('en');
        const state: StepState = { turn: turn(text), shop, userId: shopper.userId, language: 'en' };
        // Straight into the cart tables by SKU: the variant is the one the CSV names, whatever today's
        // importer and cart service make of options other than size and colour.
        const add = async (h: string, options: Record<string, string>, quantity: number) => {
          const p = product(h);
          const v = p.variants.find((x) =>
            Object.entries(options).every(([k, val]) => x.options[k] === val),
          )!;
          const variant = await shop.store.db
            .selectFrom('variants')
            .select(['id', 'price_cents'])
            .where('sku', '=', v.sku)
            .executeTakeFirstOrThrow();
          const ts = new Date().toISOString();
          const cartId = cartIdFor(shopper.userId);
          await shop.store.db
            .insertInto('carts')
            .values({
              id: cartId,
              user_id: shopper.userId,
              created_at: ts,
              updated_at: ts,
              promo_code: null,
              session_id: null,
            })
            .onConflict((oc) => oc.column('id').doNothing())
            .execute();
          await shop.store.db
            .insertInto('cart_items')
            .values({
              id: `ci_${v.sku}`,
              cart_id: cartId,
              product_id: p.id,
              variant_id: variant.id,
              quantity,
              unit_price_cents: variant.price_cents,
              created_at: ts,
              updated_at: ts,
            })
            .execute();
        };
        return { shop, shopper, state, add };
      }
      const ok = async (c: Check, s: StepState) => (await evaluate(c, s)).ok;

      it('cartDelta: the exact line added, nothing else; a refusal changes nothing', async () => {
        const { state, add } = await shopperState();
        const before = await cartState(state);
        const refused: Check = { kind: 'cartDelta', add: [] };
        expect(await ok(refused, { ...state, cartBefore: before })).toBe(true);
        await add(B.kissLock, { Shade: 'Fig' }, 1);
        // A sold-out Coral Reef refused, but Fig added unasked: the refusal check fails.
        expect(await ok(refused, { ...state, cartBefore: before })).toBe(false);
        const wantFig: Check = {
          kind: 'cartDelta',
          add: [{ handle: B.kissLock, options: { Shade: 'Fig' }, quantity: 1 }],
        };
        expect(await ok(wantFig, { ...state, cartBefore: before })).toBe(true);
        const wantRosewood: Check = {
          kind: 'cartDelta',
          add: [{ handle: B.kissLock, options: { Shade: 'Rosewood' } }],
        };
        expect(await evaluate(wantRosewood, { ...state, cartBefore: before })).toMatchObject({
          ok: false,
          reason: expect.stringContaining('+1 velvet-hour-kiss-lock-matte-liquid-lipstick Fig'),
        });
        expect(
          await ok({ ...wantFig, add: [{ ...wantFig.add[0]!, quantity: 2 }] } as Check, {
            ...state,
            cartBefore: before,
          }),
        ).toBe(false);
      });

      it('best: the right product first on screen or named before its rivals', async () => {
        const { state } = await shopperState();
        const check: Check = {
          kind: 'best',
          handles: [B.kidsStick],
          pattern: 'kids|stick',
          rivals: 'daily veil|beach proof',
        };
        expect(
          await ok(check, { ...state, turn: turn('Here are sunscreens.', [B.dailyVeil, B.kidsStick]) }),
        ).toBe(false);
        expect(
          await ok(check, { ...state, turn: turn('Here are sunscreens.', [B.kidsStick, B.dailyVeil]) }),
        ).toBe(true);
        expect(await ok(check, { ...state, turn: turn('Daily Veil, Beach Proof and the Kids stick.') })).toBe(
          false,
        );
        expect(
          await ok(check, { ...state, turn: turn('The cheapest is the Kids stick; Daily Veil costs more.') }),
        ).toBe(true);
      });

      it('saysCartTotal: the current total in dollars, not another amount, not euros', async () => {
        const { state, add } = await shopperState();
        expect(await ok({ kind: 'saysCartTotal' }, { ...state, turn: turn('Your cart is empty.') })).toBe(
          false,
        );
        await add(B.dewDrop, { Volume: '50 ml' }, 2);
        const s = (text: string) => ok({ kind: 'saysCartTotal' }, { ...state, turn: turn(text) });
        expect(await s('Two Dew Drop serums, total $68.00. Shall I place the order?')).toBe(true);
        expect(await s('Dos Dew Drop, total 68,00 US$.')).toBe(true);
        expect(await s('Two Dew Drop serums, $34.00 each.')).toBe(false);
        expect(await s('Two Dew Drop serums: 68 dollars in all.')).toBe(true);
        expect(await s('Two Dew Drop serums, total $68.50.')).toBe(false);
        expect(await s('Two Dew Drop serums, total 68,00 €.')).toBe(false);
      });

      it('addedShownAt, saved and the new product filters', async () => {
        const { shop, shopper, state, add } = await shopperState();
        const before = await cartState(state);
        await add(B.skyHigh, { Color: 'Black' }, 1);
        const second: Check = { kind: 'addedShownAt', position: 2, options: { Color: 'Black' } };
        const shownBefore = [product(B.stormProof).id, product(B.skyHigh).id];
        expect(await ok(second, { ...state, cartBefore: before, shownBefore })).toBe(true);
        expect(
          await ok(second, { ...state, cartBefore: before, shownBefore: [...shownBefore].reverse() }),
        ).toBe(false);
        expect(await ok({ kind: 'saved', handle: B.skarp }, state)).toBe(false);
        await shop.tools.services.saved.save(shopper.userId, 'en', { productId: product(B.skarp).id });
        expect(await ok({ kind: 'saved', handle: B.skarp }, state)).toBe(true);
        const lipsticks = { ...state, turn: turn('', [B.kissLock, B.satinSlip]) };
        const reds: Check = { kind: 'shown', where: { option: { name: 'Shade', values: ['Garnet'] } } };
        expect(await ok(reds, lipsticks)).toBe(false);
        expect(await ok({ kind: 'shownSome', where: reds.where }, lipsticks)).toBe(true);
        expect(await ok({ kind: 'shown', where: { notHandles: [B.satinSlip] } }, lipsticks)).toBe(false);
        expect(await ok({ kind: 'shown', where: { notType: ['Lipsticks'] } }, lipsticks)).toBe(false);
        expect(await ok({ kind: 'shown', where: { notType: ['Shampoos'] } }, lipsticks)).toBe(true);
      });
    });
  },
);
