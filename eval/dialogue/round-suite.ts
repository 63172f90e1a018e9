/**
 * The smoke tests every frozen round runs on its own material (not on the engine's accuracy): the
 * catalogs, promos and policies load the app's way, every script names real products and variants,
 * EN and ES ask the same things, each catalog's steps cover the failure kinds asked of the round, and
 * the scorer runs on the real engine. A round's scorer.test.ts calls these with its material.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DialogueSet, dialogueTables } from './bench.ts';
import { EvalShop } from './harness.ts';
import { unknownNames } from './material.ts';
import { scoreScript } from './scorer.ts';

/** The failure kinds of issue 12 (and rounds 2–3), as words each catalog's `covers` must use (`|`: either). */
export const FAILURE_KINDS: readonly string[] = [
  'refinement',
  'negation',
  'start over',
  'several items',
  'quantity',
  'half size|decimal size',
  'by catalog name',
  'colour family',
  'superlative over price',
  'superlative over a numeric attribute',
  'spec question answered',
  'answer in the text is no',
  "not in the text: don't know",
  'comparison',
  'sold-out',
  'empty the cart',
  'remove an item',
  'save for later',
  'cancel an unfulfilled order asks for confirmation',
  'cancel after confirmation',
  'order status',
  'policy question answered from the policy text',
  'the text does not answer',
  'list the promos',
  'apply a promo code',
  'expired promo code refused',
  'checkout read-back',
  'order placed after an explicit yes',
  'no order on',
  'ask for a human',
  'ordinal',
  'draft product is never offered',
  'cart read-back',
  "price in the store's currency",
];

export interface RoundMaterial {
  /** The round's dialogue set (its label, `round <n>`, names the describe blocks). */
  dialogue: DialogueSet;
  /** The round's catalogs, each with the variant count its README states (null: not checked). */
  catalogs: Readonly<Record<string, number | null>>;
  /** Fewest steps a catalog's script has in each language. */
  minSteps: number;
  /** Failure kinds every catalog must cover (none: not checked). */
  kinds?: readonly string[];
  /** Which script the engine smoke test runs the first steps of. */
  engineScript: number;
}

/**
 * The round's material tests. `more` adds tests in the same describe block, with the round's
 * catalogs open (round 2 tests its stricter check kinds there).
 */
export function describeRoundMaterial(
  round: RoundMaterial,
  more?: (shops: ReadonlyMap<string, EvalShop>) => void,
): void {
  const { label, scripts, catalogs: set } = round.dialogue;
  const names = Object.keys(round.catalogs);

  describe(`${label} set`, () => {
    const shops = new Map<string, EvalShop>();
    beforeAll(async () => {
      for (const c of names) shops.set(c, await EvalShop.open(c, set));
    });
    afterAll(async () => {
      for (const s of shops.values()) await s.close();
    });

    it('imports each catalog whole, its promo codes through the promo import, and its policy text', async () => {
      for (const [catalog, variants] of Object.entries(round.catalogs)) {
        const shop = shops.get(catalog)!;
        expect(shop.products.size, catalog).toBe(36);
        expect(shop.importNotes, catalog).toEqual([]);
        if (variants !== null)
          expect([...shop.products.values()].flatMap((p) => p.variants).length, catalog).toBe(variants);
        expect(new Set([...shop.products.values()].map((p) => p.vendor)).size, catalog).toBe(6);
        const codes = await shop.store.db.selectFrom('promos').select('code').execute();
        expect(codes, catalog).toHaveLength(3);
        const policy = shop.tools.tools.find((t) => t.name === 'get_policy')!;
        const out = (await policy.execute({ topic: 'shipping' }, {
          userId: 'u_x',
          sessionId: 's_x',
          language: 'en',
        } as never)) as { result: { text: string | null } };
        expect(out.result.text, catalog).toMatch(/Canada/);
      }
    });

    it(`has at least ${round.minSteps} steps per catalog and language, EN and ES asking the same things`, () => {
      for (const catalog of names) {
        const [en, es] = (['en', 'es'] as const).map((l) =>
          scripts.find((s) => s.catalog === catalog && s.language === l),
        );
        const steps = (s: typeof en) => s!.conversations.flatMap((c) => c.steps);
        expect(steps(en).length, catalog).toBeGreaterThanOrEqual(round.minSteps);
        expect(steps(es).map((s) => s.covers)).toEqual(steps(en).map((s) => s.covers));
        expect(steps(es).every((s, i) => s.say !== steps(en)[i]!.say)).toBe(true);
      }
    });

    const kinds = round.kinds;
    if (kinds)
      it('covers every failure kind in each catalog', () => {
        for (const catalog of names) {
          const covers = scripts
            .find((s) => s.catalog === catalog)!
            .conversations.flatMap((c) => c.steps.map((s) => s.covers.toLowerCase()));
          const missing = kinds.filter((k) => !covers.some((c) => k.split('|').some((w) => c.includes(w))));
          expect(missing, catalog).toEqual([]);
        }
      });

    it('names only products and option values the catalogs have', () => {
      for (const script of scripts) expect(unknownNames(script, shops.get(script.catalog)!)).toEqual([]);
    });

    more?.(shops);
  });

  describe(`${label} scorer on the real engine`, () => {
    it('runs the first steps of each conversation, scores every one and builds the tables', async () => {
      const script = scripts[round.engineScript]!;
      const score = await scoreScript(script, { maxSteps: 2, catalogs: set });
      expect(score.steps).toBe(script.conversations.length * 2);
      for (const o of score.outcomes) {
        expect(o.reply.length).toBeGreaterThan(0);
        expect(o.ok).toBe(o.failures.length === 0);
      }
      const [summary, , failures] = dialogueTables([score], round.dialogue);
      expect(summary!.title).toContain(label);
      expect(failures!.rows).toHaveLength(score.steps - score.right);
    });
  });
}
