/**
 * Finding products by the shopper's words and picking from what was shown, through the real
 * importer, tool loop and shop tools: a category's head noun said alone, "A or B" with an
 * article, a thing asked for by words of the shop's descriptions, a price bound after an add
 * (browsing, not ordering), model numbers said without their unit ("the 2000" for "2000A"), a
 * pick from the list with a variant value, and the broad kinds of Shopify's Product Category.
 */
import { describe, expect, it } from 'vitest';
import { taxonomyKinds } from '../../src/shop/catalog/import/taxonomy.ts';
import { useTestStore } from '../store/databases.ts';
import { loadOutdoor } from './dev/harness.ts';
import { poolCsv } from './dev/pool-catalog.ts';
import { RealConversation } from './real-shop.ts';

const shownOf = (r: Awaited<ReturnType<RealConversation['say']>>) =>
  (
    r.calls.filter((c) => c.name === 'search_products').at(-1)?.result as
      | { products?: { name: string; category: string }[] }
      | undefined
  )?.products ?? [];

const HEADER =
  'Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Qty,Variant Price,Status';
const row = (h: string, title: string, vendor: string, path: string, type: string, price: number) =>
  `${h},${title},<p>${title}.</p>,${vendor},${path},${type},,TRUE,Title,Default Title,${h}-1,5,${price},active`;
const BEAUTY = [
  row(
    'dew-serum',
    'Dew Drop Hydrating Serum',
    'Aurelle',
    'Health & Beauty > Personal Care > Cosmetics > Skin Care > Serums',
    'Serums',
    24,
  ),
  row(
    'veil-spf',
    'Daily Veil Sunscreen SPF 30',
    'Solstice',
    'Health & Beauty > Personal Care > Cosmetics > Skin Care',
    'Sunscreens',
    22,
  ),
  row(
    'fjord-oil',
    'Fjord Beard Oil for Soft Skin',
    'Nordhavn',
    'Health & Beauty > Personal Care > Shaving & Grooming',
    'Beard Care',
    19,
  ),
  row(
    'curl-shampoo',
    'Curl Shampoo',
    'Kindred',
    'Health & Beauty > Personal Care > Hair Care',
    'Shampoos',
    18,
  ),
];

describe('finding by the shopper’s words (pool store)', () => {
  const t = useTestStore('sqlite');

  it('a head noun only one category has names it, and a price bound after an add browses', async () => {
    await loadOutdoor(t.store.db, poolCsv());
    const c = await RealConversation.guest(t.store.db, 'en');
    await c.say('show me pool filters');
    await c.say('add the sand one');
    const r = await c.say('and a cover for the pool, under 200');
    expect(r.calls.map((x) => x.name)).not.toContain('add_to_cart');
    expect(shownOf(r).map((p) => p.name)).toContain('Sunguard Solar Blanket 8 mil');
    await c.close();
  });

  it('"A or an B" shows both kinds; a thing asked for by the descriptions’ words is searched', async () => {
    await loadOutdoor(t.store.db, poolCsv());
    const c = await RealConversation.guest(t.store.db, 'en');
    const either = shownOf(await c.say('goggles or a mask')).map((p) => p.category);
    expect(new Set(either)).toEqual(new Set(['swim-goggles', 'swim-masks']));
    const net = await c.say('a net for scooping leaves');
    expect(shownOf(net)[0]?.name).toBe('LeafCatch Telescopic Skimmer');
    await c.close();
  });
});

describe('picking from what was shown (car store)', () => {
  const t = useTestStore('sqlite');
  const csv = [
    'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Qty,Variant Price,Status',
    'surge-1000,Voltra Surge 1000A Compact Jump Starter,<p>Starts gas engines.</p>,Voltra,Jump Starters,,TRUE,Color,Black,s1-b,5,79,active',
    'surge-2000,Voltra Surge 2000A Lithium Jump Starter,<p>Starts diesel engines. USB-C power bank.</p>,Voltra,Jump Starters,,TRUE,Color,Black,s2-b,5,129,active',
    'surge-2000,,,,,,,,Volt Yellow,s2-y,5,129,active',
    'charger,Voltra Dual USB-C Car Charger,<p>Charges phones.</p>,Voltra,Chargers,,TRUE,Title,Default Title,ch-1,5,25,active',
  ].join('\n');

  it('"the second one, yellow" adds it in that colour; "the 2000" names the 2000A', async () => {
    await loadOutdoor(t.store.db, `${csv}\n`);
    const c = await RealConversation.guest(t.store.db, 'en');
    await c.say('show me jump starters');
    await c.say('the second one, yellow');
    expect((await c.cart()).view.items.map((l) => [l.name, l.color])).toEqual([
      ['Voltra Surge 2000A Lithium Jump Starter', 'Volt Yellow'],
    ]);
    const r = await c.say('tell me about the 2000');
    expect(r.text).toMatch(/Surge 2000A/);
    expect(r.text).not.toMatch(/Surge 1000A/);
    await c.close();
  });
});

describe('broad kinds from the Product Category column', () => {
  const t = useTestStore('sqlite');

  it('gives each type the levels above it that not every product shares', () => {
    const kinds = taxonomyKinds([
      { type: 'Serums', path: 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Serums' },
      { type: 'Shampoos', path: 'Health & Beauty > Personal Care > Hair Care' },
    ]);
    expect(kinds.get('serums')).toEqual(['Cosmetics', 'Skin Care']);
    expect(kinds.get('shampoos')).toEqual(['Hair Care']);
  });

  it('"skincare under 30" finds the skin care types only, not a beard oil for soft skin', async () => {
    await loadOutdoor(t.store.db, `${HEADER}\n${BEAUTY.join('\n')}\n`);
    const c = await RealConversation.guest(t.store.db, 'en');
    const r = await c.say("I'm looking for skincare under 30 dollars");
    expect(new Set(shownOf(r).map((p) => p.category))).toEqual(new Set(['serums', 'sunscreens']));
    await c.close();
  });
});
