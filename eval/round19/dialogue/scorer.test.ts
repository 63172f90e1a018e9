/**
 * Smoke test of round 19's material (not of the engine's accuracy), by the shared round suite
 * (eval/dialogue/round-suite.ts), plus the pound read-back its sailing store is the first to need.
 * The other check kinds are tested with round 2 (eval/round2/dialogue/scorer.test.ts).
 */
import { expect, it } from 'vitest';
import { cartIdFor } from '../../../src/shop/cart/service.ts';
import { evaluate } from '../../dialogue/evaluate.ts';
import { describeRoundMaterial, FAILURE_KINDS } from '../../dialogue/round-suite.ts';
import { DIALOGUE_ROUND19 } from './bench.ts';
import { H } from './scripts/sailing.handles.ts';

describeRoundMaterial(
  {
    dialogue: DIALOGUE_ROUND19,
    catalogs: { sailing: 118, canning: 85 },
    minSteps: 76,
    kinds: FAILURE_KINDS,
    engineScript: 0,
  },
  (shops) => {
    it('imports the sailing store in GBP and the canning store in USD', () => {
      expect(shops.get('sailing')!.currency).toBe('GBP');
      expect(shops.get('canning')!.currency).toBe('USD');
    });

    it('saysCartTotal in the sailing store: the total in pounds, not in dollars or euros', async () => {
      const shop = shops.get('sailing')!;
      const shopper = await shop.newShopper('en');
      const product = [...shop.products.values()].find((p) => p.handle === H.softShackle)!;
      const sku = product.variants.find((v) => v.options.Diameter === '5 mm')!.sku;
      const variant = await shop.store.db
        .selectFrom('variants')
        .select(['id', 'price_cents'])
        .where('sku', '=', sku)
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
        .execute();
      await shop.store.db
        .insertInto('cart_items')
        .values({
          id: `ci_${sku}`,
          cart_id: cartId,
          product_id: product.id,
          variant_id: variant.id,
          quantity: 2,
          unit_price_cents: variant.price_cents,
          created_at: ts,
          updated_at: ts,
        })
        .execute();
      const says = async (text: string) =>
        (
          await evaluate(
            { kind: 'saysCartTotal' },
            { turn: { text, calls: [], ui: [] }, shop, userId: shopper.userId, language: 'en' },
          )
        ).ok;
      expect(await says('Two soft shackles of 5 mm: total £18.00.')).toBe(true);
      expect(await says('Dos grilletes blandos, 18 libras en total.')).toBe(true);
      expect(await says('Two soft shackles, total $18.00.')).toBe(false);
      expect(await says('Two soft shackles, 18 euros in all.')).toBe(false);
      expect(await says('Two soft shackles, £9.00 each.')).toBe(false);
    });
  },
);
