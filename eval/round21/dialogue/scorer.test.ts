/**
 * Smoke test of round 21's material (not of the engine's accuracy), by the shared round suite
 * (eval/dialogue/round-suite.ts), plus the Canadian-dollar read-back its lacrosse store is the first to need.
 * The other check kinds are tested with round 2 (eval/round2/dialogue/scorer.test.ts).
 */
import { expect, it } from 'vitest';
import { cartIdFor } from '../../../src/shop/cart/service.ts';
import { evaluate } from '../../dialogue/evaluate.ts';
import { describeRoundMaterial, FAILURE_KINDS } from '../../dialogue/round-suite.ts';
import { DIALOGUE_ROUND21 } from './bench.ts';
import { H } from './scripts/lacrosse.handles.ts';

describeRoundMaterial(
  {
    dialogue: DIALOGUE_ROUND21,
    catalogs: { lacrosse: 177, hydroponics: 97 },
    minSteps: 57,
    kinds: FAILURE_KINDS,
    engineScript: 0,
  },
  (shops) => {
    it('imports the lacrosse store in CAD and the hydroponics shop in USD', () => {
      expect(shops.get('lacrosse')!.currency).toBe('CAD');
      expect(shops.get('hydroponics')!.currency).toBe('USD');
    });

    it('saysCartTotal in the lacrosse store: the total in Canadian dollars, not in US or Australian dollars, euros or pounds', async () => {
      const shop = shops.get('lacrosse')!;
      const shopper = await shop.newShopper('en');
      const product = [...shop.products.values()].find((p) => p.handle === H.tape)!;
      const sku = product.variants.find(
        (v) => v.options.Pack === '3 Rolls' && v.options.Color === 'Black',
      )!.sku;
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
      expect(await says('Two three-roll packs of stick tape: total $25.98.')).toBe(true);
      expect(await says('Two packs of tape, CA$25.98 in all.')).toBe(true);
      expect(await says('Two packs of tape, C$25.98 in all.')).toBe(true);
      expect(await says('Dos paquetes de cinta, 25,98 dólares en total.')).toBe(true);
      expect(await says('Two packs of tape, total US$25.98.')).toBe(false);
      expect(await says('Two packs of tape, A$25.98 in all.')).toBe(false);
      expect(await says('Two packs of tape, 25.98 euros in all.')).toBe(false);
      expect(await says('Two packs of tape, £25.98 in all.')).toBe(false);
      expect(await says('Two packs of tape, $12.99 each.')).toBe(false);
    });
  },
);
