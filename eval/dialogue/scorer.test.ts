/**
 * Smoke test of the evaluation harness itself (not of the engine's accuracy): the catalog
 * imports, the engine answers, and a check fails and passes on known states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogueTables } from './bench.ts';
import { cartState, evaluate, type StepState } from './evaluate.ts';
import { EvalShop, type Turn } from './harness.ts';
import { detectLanguage } from './language.ts';
import { scoreScript } from './scorer.ts';
import { SCRIPTS } from './scripts/index.ts';
import type { Check } from './types.ts';

const POT = 'bellwood-terracotta-rolled-rim-pot';

describe('eval harness', () => {
  let shop: EvalShop;
  beforeAll(async () => {
    shop = await EvalShop.open('garden-supplies');
  });
  afterAll(async () => {
    await shop?.close();
  });

  it('imports the whole catalog through the real importer, with no skipped rows', () => {
    expect(shop.products.size).toBe(36);
    expect(shop.importNotes).toEqual([]);
  });

  it('scores cart checks against the real cart: fails before the add, passes after', async () => {
    const shopper = await shop.newShopper('en');
    const empty: Turn = { text: '', calls: [], ui: [] };
    const state: StepState = { turn: empty, shop, userId: shopper.userId, language: 'en' };
    const check: Check = { kind: 'cartHas', handle: POT, options: ['Small'], quantity: 3 };
    expect((await evaluate(check, state)).ok).toBe(false);
    const pot = [...shop.products.values()].find((p) => p.handle === POT)!;
    await shop.tools.services.carts.add(shopper.userId, `s_${shopper.userId}`, 'en', {
      productId: pot.id,
      size: 'Small',
      quantity: 3,
    });
    expect(await evaluate(check, state)).toEqual({ ok: true, reason: '' });
    const wrongQuantity = await evaluate({ ...check, quantity: 2 }, state);
    expect(wrongQuantity).toMatchObject({ ok: false, reason: 'quantity 3, wanted 2' });
    expect((await evaluate({ kind: 'cartLacks', handle: POT, options: ['Large'] }, state)).ok).toBe(true);
    const withPot = await cartState(state);
    const keeps: Check = { kind: 'cartKeeps', except: [] };
    expect((await evaluate(keeps, { ...state, cartBefore: withPot })).ok).toBe(true);
    const line = (await shop.tools.services.carts.view(shopper.userId, 'en')).view.items[0];
    await shop.tools.services.carts.remove(shopper.userId, 'en', line!.itemId);
    expect((await evaluate(keeps, { ...state, cartBefore: withPot })).ok).toBe(false);
    expect((await evaluate({ kind: 'cartKeeps', except: [POT] }, { ...state, cartBefore: withPot })).ok).toBe(
      true,
    );
  });

  it('scores shown-product, reply and any/all checks on a known turn', async () => {
    const pot = [...shop.products.values()].find((p) => p.handle === POT)!;
    const turn: Turn = {
      text: 'Bellwood Terracotta Rolled-Rim Pot costs $8.99; it is not frost-resistant.',
      calls: [{ name: 'search_products', input: { category: 'planters' } }],
      ui: [{ type: 'products', query: 'pots', items: [{ id: pot.id } as never] }],
    };
    const state: StepState = { turn, shop, userId: 'u_nobody', language: 'en' };
    const ok = async (c: Parameters<typeof evaluate>[0]) => (await evaluate(c, state)).ok;
    expect(await ok({ kind: 'shown', where: { type: 'Planters', maxPrice: 10 }, nonEmpty: true })).toBe(true);
    expect(await ok({ kind: 'shown', where: { vendor: 'Verdano' }, nonEmpty: true })).toBe(false);
    expect(await ok({ kind: 'shownOnly', handles: [POT] })).toBe(true);
    expect(
      await ok({ kind: 'tool', name: 'search_products', called: true, input: { category: 'PLANT' } }),
    ).toBe(true);
    expect(await ok({ kind: 'tool', name: 'add_to_cart', called: true })).toBe(false);
    expect(await ok({ kind: 'says', pattern: 'frost' })).toBe(true);
    expect(await ok({ kind: 'saysNot', pattern: '€' })).toBe(true);
    expect(
      await ok({
        kind: 'any',
        of: [
          { kind: 'says', pattern: 'zzz' },
          { kind: 'lang', is: 'en' },
        ],
      }),
    ).toBe(true);
    expect(
      await ok({
        kind: 'all',
        of: [
          { kind: 'says', pattern: 'zzz' },
          { kind: 'lang', is: 'en' },
        ],
      }),
    ).toBe(false);
  });

  it('tells English from Spanish replies even when they name English products', () => {
    const names = ['Rootwell Mudlark Waterproof Garden Boot', 'Slate'];
    expect(
      detectLanguage('Added 1 Rootwell Mudlark Waterproof Garden Boot, size 9, Slate, to your cart.', names),
    ).toBe('en');
    expect(
      detectLanguage('He añadido 1 Rootwell Mudlark Waterproof Garden Boot en Slate a tu carrito.', names),
    ).toBe('es');
    expect(detectLanguage('Rootwell Mudlark Waterproof Garden Boot', names)).toBe('unknown');
  });
});

describe('eval dialogue scorer on the real engine', () => {
  it('runs the first steps of each conversation, scores every one and builds the tables', async () => {
    const script = SCRIPTS[0]!;
    const score = await scoreScript(script, { maxSteps: 2 });
    expect(score.steps).toBe(script.conversations.length * 2);
    for (const o of score.outcomes) {
      expect(o.reply.length).toBeGreaterThan(0);
      expect(o.ok).toBe(o.failures.length === 0);
    }
    const [summary, , failures] = dialogueTables([score]);
    expect(summary!.rows[0]).toEqual([
      script.catalog,
      script.language,
      score.right,
      score.steps,
      expect.any(String),
      score.vacuous,
    ]);
    expect(failures!.rows).toHaveLength(score.steps - score.right);
  });
});
