/**
 * Scores scripted conversations on the development catalogs: each step is right when every
 * outcome it names holds (tool calls made or not made, their arguments, the products shown, the
 * cart afterwards, the reply's content and language). Steps are scored independently, the
 * conversation goes on after a miss, so the score is the share of steps right.
 */
import type { Kysely } from 'kysely';
import { importCatalogText } from '../../../src/shop/catalog/import/index.ts';
import type { Database } from '../../../src/store/schema.ts';
import { RealConversation } from '../real-shop.ts';

export interface Shown {
  /** Every product shown is in this category (catalog category id). */
  category?: string;
  brand?: string;
  notBrand?: string;
  maxPrice?: number;
  /** Some product shown matches / none matches. */
  some?: RegExp;
  none?: RegExp;
  /** The first product shown. */
  first?: RegExp;
  count?: number;
}

export interface CartExpect {
  name: RegExp;
  size?: string;
  color?: string;
  /** Options other than size and colour the line must carry ({Keys: "88"}). */
  options?: Record<string, string>;
  quantity?: number;
}

export interface DevStep {
  say: string;
  /** The failure kind of issue 12 the step covers (sets that name one per step; not scored). */
  kind?: string;
  /** These tools are called (in any order, others may be too). */
  calls?: string[];
  /** These tools are not called. */
  notCalls?: string[];
  /** Subset of the input of the last call of a tool. */
  args?: Record<string, Record<string, unknown>>;
  shown?: Shown;
  /** The whole cart after the turn ([] = empty). */
  cart?: CartExpect[];
  reply?: RegExp[];
  notReply?: RegExp[];
  /** Status of the shopper's latest order after the turn. */
  orderStatus?: string;
  /** The cart holds the nth product (1-based) of the latest list shown before this turn. */
  cartShown?: number;
  /** The reply names the nth product (1-based) of the latest list shown before this turn. */
  replyShown?: number;
  /**
   * The product the turn puts forward (a superlative: "the lightest one"): the first product shown
   * when the turn searched, else the lead of the reply ("The lightest is X, against …", "X at $45").
   */
  best?: RegExp;
}

export interface DevScript {
  name: string;
  language: 'en' | 'es';
  steps: DevStep[];
}

interface ShownProduct {
  name: string;
  brand?: string;
  category?: string;
  price?: number;
}

function shownOf(result: unknown): ShownProduct[] | undefined {
  const r = result as { products?: ShownProduct[] } | undefined;
  return Array.isArray(r?.products) ? r.products : undefined;
}

const ENGLISH_IN_SPANISH = /\b(your|which|found|sorry|added|you|would|please|here are|cart is)\b/i;

export async function loadOutdoor(db: Kysely<Database>, csv: string): Promise<void> {
  await importCatalogText(db, csv, { name: 'outdoor.csv' });
  // A Shopify CSV carries no currency; this store sells in US dollars.
  await db.updateTable('products').set({ currency: 'USD' }).execute();
  const ts = new Date().toISOString();
  await db
    .insertInto('promos')
    .values({
      code: 'SAVE10',
      kind: 'percent',
      value: 10,
      description: '10% off everything',
      description_es: '10% de descuento en todo',
      min_subtotal_cents: 0,
      applies_to: null,
      active: 1,
      starts_at: null,
      ends_at: null,
      created_at: ts,
    })
    .execute();
}

/** Plays one script; returns the misses (empty when every step was right) and, per step, whether it was right. */
export async function playScript(
  db: Kysely<Database>,
  script: DevScript,
  /** The store's policy text (SHOP_POLICY_TEXT), for sets that ask policy questions. */
  policyText?: string,
): Promise<{ steps: number; misses: string[]; right: boolean[] }> {
  const c = await RealConversation.guest(db, script.language, policyText);
  const misses: string[] = [];
  const right: boolean[] = [];
  let lastShown: ShownProduct[] = [];
  try {
    for (const step of script.steps) {
      const shownBefore = lastShown;
      const problems: string[] = [];
      let r: Awaited<ReturnType<RealConversation['say']>>;
      try {
        r = await c.say(step.say);
      } catch (err) {
        misses.push(`[${script.language}] ${script.name} / "${step.say}": threw ${(err as Error).message}`);
        right.push(false);
        continue;
      }
      const names = r.calls.map((x) => x.name);
      const latest = r.calls.filter((x) => x.name === 'search_products' && !x.error).at(-1);
      const latestShown = latest ? shownOf(latest.result) : undefined;
      if (latestShown?.length) lastShown = latestShown;
      const nth = (n: number) => shownBefore[n - 1]?.name;
      if (step.replyShown !== undefined) {
        const want = nth(step.replyShown);
        if (!want || !r.text.includes(want)) problems.push(`reply lacks shown #${step.replyShown} ${want}`);
      }
      for (const n of step.calls ?? []) if (!names.includes(n)) problems.push(`no ${n}`);
      for (const n of step.notCalls ?? []) if (names.includes(n)) problems.push(`called ${n}`);
      for (const [tool, want] of Object.entries(step.args ?? {})) {
        const got = r.calls.filter((x) => x.name === tool).at(-1)?.input as
          | Record<string, unknown>
          | undefined;
        for (const [k, v] of Object.entries(want))
          if (JSON.stringify(got?.[k]) !== JSON.stringify(v))
            problems.push(`${tool}.${k}=${JSON.stringify(got?.[k])} want ${JSON.stringify(v)}`);
      }
      if (step.shown) {
        const search = r.calls.filter((x) => x.name === 'search_products' && !x.error).at(-1);
        const ps = search ? shownOf(search.result) : undefined;
        const s = step.shown;
        if (!ps) problems.push('no products shown');
        else {
          if (ps.length === 0) problems.push('nothing found');
          if (s.category && ps.some((p) => p.category !== s.category))
            problems.push(`other categories: ${ps.map((p) => p.category).join(',')}`);
          if (s.brand && ps.some((p) => p.brand !== s.brand))
            problems.push(`other brands: ${ps.map((p) => p.brand).join(',')}`);
          if (s.notBrand && ps.some((p) => p.brand === s.notBrand)) problems.push(`shows ${s.notBrand}`);
          if (s.maxPrice !== undefined && ps.some((p) => (p.price ?? 0) > s.maxPrice!))
            problems.push('over the price cap');
          if (s.some && !ps.some((p) => s.some!.test(p.name))) problems.push(`none shown matches ${s.some}`);
          if (s.none && ps.some((p) => s.none!.test(p.name))) problems.push(`shows ${s.none}`);
          if (s.first && !s.first.test(ps[0]?.name ?? '')) problems.push(`first is ${ps[0]?.name}`);
          if (s.count !== undefined && ps.length !== s.count) problems.push(`${ps.length} shown`);
        }
      }
      if (step.best) {
        const ps = latestShown;
        const lead = r.text.split(/,| against | frente a | \(/)[0] ?? '';
        const put = ps?.length ? ps[0]?.name : lead;
        if (!put || !step.best.test(put)) problems.push(`puts forward ${put ?? 'nothing'}, not ${step.best}`);
      }
      if (step.cart) {
        const cart = await c.cart();
        const lines = cart.view.items;
        const ok =
          lines.length === step.cart.length &&
          step.cart.every((w) =>
            lines.some(
              (l) =>
                w.name.test(l.name) &&
                (w.size === undefined || l.size === w.size) &&
                (w.color === undefined || l.color === w.color) &&
                (w.quantity === undefined || l.quantity === w.quantity) &&
                Object.entries(w.options ?? {}).every(([k, v]) => l.options?.[k] === v),
            ),
          );
        if (!ok)
          problems.push(
            `cart is [${lines.map((l) => `${l.quantity}x ${l.name} ${l.size ?? ''} ${l.color ?? ''} ${JSON.stringify(l.options ?? {})}`).join('; ')}]`,
          );
      }
      if (step.cartShown !== undefined) {
        const want = nth(step.cartShown);
        const cart = await c.cart();
        if (!want || !cart.view.items.some((l) => l.name === want))
          problems.push(`cart lacks shown #${step.cartShown} ${want}`);
      }
      if (step.orderStatus) {
        const o = await c.latestOrder();
        if (o?.status !== step.orderStatus) problems.push(`order is ${o?.status ?? 'none'}`);
      }
      for (const re of step.reply ?? []) if (!re.test(r.text)) problems.push(`reply lacks ${re}`);
      for (const re of step.notReply ?? []) if (re.test(r.text)) problems.push(`reply has ${re}`);
      if (script.language === 'es' && ENGLISH_IN_SPANISH.test(r.text)) problems.push('reply in English');
      right.push(problems.length === 0);
      if (problems.length)
        misses.push(
          `[${script.language}] ${script.name} / "${step.say}" → ${names.join(',') || '-'} / ${r.text}\n    ${problems.join('; ')}`,
        );
    }
  } finally {
    await c.close();
  }
  return { steps: script.steps.length, misses, right };
}
