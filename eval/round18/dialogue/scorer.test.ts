/**
 * Smoke test of round 18's material (not of the engine's accuracy), by the shared round suite
 * (eval/dialogue/round-suite.ts), plus the euro read-back its cleaning store is the first to need.
 * The other check kinds are tested with round 2 (eval/round2/dialogue/scorer.test.ts).
 */
import { expect, it } from 'vitest';
import { cartIdFor } from '../../../src/shop/cart/service.ts';
import { evaluate } from '../../dialogue/evaluate.ts';
import { describeRoundMaterial, FAILURE_KINDS } from '../../dialogue/round-suite.ts';
import { DIALOGUE_ROUND18 } from './bench.ts';
import { H } from './scripts/cleaning.handles.ts';

describeRoundMaterial(
  {
    dialogue: DIALOGUE_ROUND18,
    catalogs: { juggling: 114, cleaning: 95 },
    minSteps: 76,
    kinds: FAILURE_KINDS,
    engineScript: 0,
  },
  (shops) => {
    it('imports the juggling store in USD and the cleaning store in EUR', () => {
      expect(shops.get('juggling')!.currency).toBe('USD');
      expect(shops.get('cleaning')!.currency).toBe('EUR');
    });

    it('saysCartTotal in the cleaning store: the total in euros, not in dollars', async () => {
      const shop = shops.get('cleaning')!;
      const shopper = await shop.newShopper('es');
      const product = [...shop.products.values()].find((p) => p.handle === H.glass)!;
      const sku = product.variants.find((v) => v.options.Size === '1 L')!.sku;
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
            { turn: { text, calls: [], ui: [] }, shop, userId: shopper.userId, language: 'es' },
          )
        ).ok;
      expect(await says('Dos Glass Cleaner de 1 L: total 15,00 €.')).toBe(true);
      expect(await says('Two bottles of glass cleaner, 15 euros in all.')).toBe(true);
      expect(await says('Two bottles of glass cleaner, total $15.00.')).toBe(false);
      expect(await says('Dos botellas, 7,50 € cada una.')).toBe(false);
    });
  },
);
