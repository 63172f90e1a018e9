/**
 * Smoke test of round 3's material (not of the engine's accuracy): the catalogs, promos and policies
 * load the app's way, every script names real products and variants, EN and ES ask the same things,
 * each catalog's steps cover every failure kind of issue 12, and the scorer runs on the real engine.
 * The check kinds themselves are tested with round 2 (eval/round2/dialogue/scorer.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogueTables } from '../../dialogue/bench.ts';
import { EvalShop } from '../../dialogue/harness.ts';
import { unknownNames } from '../../dialogue/material.ts';
import { scoreScript } from '../../dialogue/scorer.ts';
import { ROUND3 } from '../set.ts';
import { DIALOGUE_ROUND3 } from './bench.ts';
import { SCRIPTS_ROUND3 } from './scripts/index.ts';

const CATALOGS = { 'coffee-and-tea': 88, 'bicycles-cycling': 96 } as const;

/** The failure kinds of issue 12 (and rounds 2–3), as words each catalog's `covers` must use (`|`: either). */
const KINDS = [
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

describe('round 3 set', () => {
  const shops = new Map<string, EvalShop>();
  beforeAll(async () => {
    for (const c of Object.keys(CATALOGS)) shops.set(c, await EvalShop.open(c, ROUND3));
  });
  afterAll(async () => {
    for (const s of shops.values()) await s.close();
  });

  it('imports each catalog whole, its promo codes through the promo import, and its policy text', async () => {
    for (const [catalog, variants] of Object.entries(CATALOGS)) {
      const shop = shops.get(catalog)!;
      expect(shop.products.size, catalog).toBe(36);
      expect(shop.importNotes, catalog).toEqual([]);
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

  it('has at least 55 steps per catalog and language, EN and ES asking the same things', () => {
    for (const catalog of Object.keys(CATALOGS)) {
      const [en, es] = (['en', 'es'] as const).map((l) =>
        SCRIPTS_ROUND3.find((s) => s.catalog === catalog && s.language === l),
      );
      const steps = (s: typeof en) => s!.conversations.flatMap((c) => c.steps);
      expect(steps(en).length, catalog).toBeGreaterThanOrEqual(55);
      expect(steps(es).map((s) => s.covers)).toEqual(steps(en).map((s) => s.covers));
      expect(steps(es).every((s, i) => s.say !== steps(en)[i]!.say)).toBe(true);
    }
  });

  it('covers every failure kind in each catalog', () => {
    for (const catalog of Object.keys(CATALOGS)) {
      const covers = SCRIPTS_ROUND3.find((s) => s.catalog === catalog)!.conversations.flatMap((c) =>
        c.steps.map((s) => s.covers.toLowerCase()),
      );
      const missing = KINDS.filter((k) => !covers.some((c) => k.split('|').some((w) => c.includes(w))));
      expect(missing, catalog).toEqual([]);
    }
  });

  it('names only products and option values the catalogs have', () => {
    for (const script of SCRIPTS_ROUND3) expect(unknownNames(script, shops.get(script.catalog)!)).toEqual([]);
  });
});

describe('round 3 scorer on the real engine', () => {
  it('runs the first steps of each conversation, scores every one and builds the tables', async () => {
    const script = SCRIPTS_ROUND3[1]!;
    const score = await scoreScript(script, { maxSteps: 2, catalogs: ROUND3 });
    expect(score.steps).toBe(script.conversations.length * 2);
    for (const o of score.outcomes) {
      expect(o.reply.length).toBeGreaterThan(0);
      expect(o.ok).toBe(o.failures.length === 0);
    }
    const [summary, , failures] = dialogueTables([score], DIALOGUE_ROUND3);
    expect(summary!.title).toContain('round 3');
    expect(failures!.rows).toHaveLength(score.steps - score.right);
  });
});
