/**
 * Smoke test of round 20's material (not of the engine's accuracy), by the shared round suite
 * (eval/dialogue/round-suite.ts), plus the Australian-dollar read-back its cricket store is the first to need.
 * The other check kinds are tested with round 2 (eval/round2/dialogue/scorer.test.ts).
 */
import { expect, it } from 'vitest';
import { cartIdFor } from '../../../src/shop/cart/service.ts';
import { evaluate } from '../../dialogue/evaluate.ts';
import { describeRoundMaterial, FAILURE_KINDS } from '../../dialogue/round-suite.ts';
import { DIALOGUE_ROUND20 } from './bench.ts';
import { H } from './scripts/cricket.handles.ts';

describeRoundMaterial(
  {
    dialogue: DIALOGUE_ROUND20,
    catalogs: { cricket: 141, spices: 115 },
    minSteps: 57,
    kinds: FAILURE_KINDS,
    engineScript: 0,
  },
  (shops) => {
    it('imports the cricket store in AUD and the spice shop in USD', () => {
      expect(shops.get('cricket')!.currency).toBe('AUD');
      expect(shops.get('spices')!.currency).toBe('USD');
    });

    it('saysCartTotal in the cricket store: the total in Australian dollars, not in US dollars, euros or pounds', async () => {
      const shop = shops.get('cricket')!;
      const shopper = await shop.newShopper('en');
      const product = [...shop.products.values()].find((p) => p.handle === H.spikes)!;
      const sku = product.variants.find((v) => v.options.Pack === '18 Spikes')!.sku;
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
      expect(await says('Two packs of 18 replacement spikes: total $38.00.')).toBe(true);
      expect(await says('Two packs of spikes, A$38.00 in all.')).toBe(true);
      expect(await says('Dos paquetes de clavos, 38 dólares en total.')).toBe(true);
      expect(await says('Two packs of spikes, total US$38.00.')).toBe(false);
      expect(await says('Two packs of spikes, 38 euros in all.')).toBe(false);
      expect(await says('Two packs of spikes, £38.00 in all.')).toBe(false);
      expect(await says('Two packs of spikes, $19.00 each.')).toBe(false);
    });
  },
);
