/**
 * The conversations end to end: the offline engine as the model of the LLM layer's tool loop,
 * the real shop tools and catalog search on SQLite. The scenario catalogs (an apparel store and a
 * bookshop) are written by the test through the catalog writer, and demo-store conversations run
 * on the seeded demo catalog, so nothing in the engine can lean on the demo data.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/shop/demo/index.ts';
import { useTestStore } from '../store/databases.ts';
import { comparableCalls, numbersIn, spokenPrices } from './checks.ts';
import { APPAREL, BOOKS } from './fixtures.ts';
import { RealConversation, writeTestCatalog } from './real-shop.ts';
import { SCENARIOS, type Scenario } from './scenarios.ts';

const CATALOGS = { apparel: APPAREL, books: BOOKS };

const DEMO_SCENARIOS: Scenario[] = [
  {
    name: 'demo store: product by name, size and colour questions, order with yes',
    catalog: 'apparel',
    language: 'en',
    ordered: true,
    turns: [
      { say: 'show me the stride pace runner', calls: ['search_products'], reply: [/Stride Pace Runner/] },
      { say: 'add it to my cart', calls: [], reply: [/which size/i, /42/] },
      { say: 'size forty two', calls: [], reply: [/which colou?r/i] },
      { say: 'black', calls: ['add_to_cart'], reply: [/Added 1 Stride Pace Runner/] },
      { say: 'check out', calls: ['prepare_order'], reply: [/Stride Pace Runner/, /say yes/i] },
      { say: 'yes', calls: ['confirm_order'], reply: [/placed/i] },
    ],
  },
  {
    name: 'demo store: "check out" again after the read-back reads it again; only a yes places the order',
    catalog: 'apparel',
    language: 'en',
    ordered: true,
    turns: [
      { say: 'show me the stride pace runner', calls: ['search_products'], reply: [/Stride Pace Runner/] },
      {
        say: 'add it in size forty two in black',
        calls: ['add_to_cart'],
        reply: [/Added 1 Stride Pace Runner/],
      },
      { say: 'check out', calls: ['prepare_order'], reply: [/say yes/i] },
      { say: 'check out', calls: ['prepare_order'], reply: [/Stride Pace Runner/, /say yes/i] },
      { say: 'yes', calls: ['confirm_order'], reply: [/placed/i] },
    ],
  },
  {
    name: 'demo store: browse by position, empty cart checkout is refused by the shop',
    catalog: 'apparel',
    language: 'en',
    ordered: false,
    turns: [
      { say: 'show me running shoes', calls: ['search_products'], reply: [/options|found one/i] },
      { say: 'tell me about the second one', calls: ['get_product'], reply: [/sizes in stock/i] },
      { say: 'check out', calls: ['prepare_order'], reply: [/empty/i] },
      { say: 'yes', calls: [], reply: [/nothing to confirm/i] },
    ],
  },
  {
    name: 'demo store: Spanish shopper with promo and cart',
    catalog: 'apparel',
    language: 'es',
    ordered: false,
    turns: [
      { say: 'busco sudaderas', calls: ['search_products'], reply: [/opciones|Encontré uno/] },
      { say: 'háblame de la primera', calls: ['get_product'], reply: [/Tallas disponibles|agotado/] },
      { say: 'aplica el código welcome diez', calls: ['apply_promo'] },
      { say: 'qué hay en mi carrito', calls: ['view_cart'] },
    ],
  },
];

describe('conversations end to end: offline engine + tool loop + real shop tools (SQLite)', () => {
  const t = useTestStore('sqlite');
  let open: RealConversation | undefined;
  afterEach(async () => {
    await open?.close();
    open = undefined;
  });

  /** Waits until none of the shopper's research is pending (it runs in the background). */
  async function researchFinished(userId: string): Promise<void> {
    const deadline = performance.now() + 15_000;
    for (;;) {
      const pending = await t.store.db
        .selectFrom('research_results')
        .select('id')
        .where('user_id', '=', userId)
        .where('status', '=', 'pending')
        .execute();
      if (pending.length === 0) return;
      if (performance.now() > deadline) throw new Error(`research still pending after 15 s for ${userId}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async function play(sc: Scenario): Promise<void> {
    const c = await RealConversation.guest(t.store.db, sc.language);
    open = c;
    let previous: string[] = [];
    for (const turn of sc.turns) {
      if (turn.afterResearch) await researchFinished(c.userId);
      const r = await c.say(turn.say);
      const names = r.calls.map((x) => x.name);
      const where = `"${turn.say}" → ${names.join(',')} / ${r.text}`;
      if (turn.calls) expect(comparableCalls(names, turn.calls), where).toEqual(turn.calls);
      for (const re of turn.reply ?? []) expect(r.text, where).toMatch(re);
      if (names.includes('confirm_order')) expect(previous.at(-1), where).toBe('prepare_order');
      const known = numbersIn(c.context.messages().filter((m) => m.role === 'tool'));
      for (const p of spokenPrices(r.text))
        expect(known.has(p), `${where}: price ${p} not from a tool`).toBe(true);
      expect(r.text.length, where).toBeGreaterThan(0);
      previous = names;
    }
    const orders = await t.store.db
      .selectFrom('orders')
      .select('id')
      .where('user_id', 'like', 'u_guest_%')
      .execute();
    expect(orders.length > 0).toBe(sc.ordered);
  }

  for (const sc of SCENARIOS) {
    it(`${sc.catalog}/${sc.language}: ${sc.name}`, async () => {
      await writeTestCatalog(t.store.db, CATALOGS[sc.catalog]);
      await play(sc);
    });
  }

  for (const sc of DEMO_SCENARIOS) {
    it(sc.name, async () => {
      await seedDemo(t.store.db);
      await play(sc);
    });
  }
});
