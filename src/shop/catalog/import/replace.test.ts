import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../../../../test/store/databases.ts';
import type { Database } from '../../../store/schema.ts';
import { CartService } from '../../cart/service.ts';
import { DEMO_PROMOS, seedDemo } from '../../demo/index.ts';
import { formatMoney } from '../../money.ts';
import { loadProducts } from '../../products/details.ts';
import { getProductCards } from '../cards.ts';
import { searchProducts } from '../search.ts';
import { getCatalogVersion, onCatalogChange } from '../version.ts';
import { importCatalog, importCatalogText } from './index.ts';
import { loadShopData } from './startup.ts';

const GOOD = join(import.meta.dirname, 'fixtures', 'shopify-good.csv');
const HEADER =
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Qty,Variant Price,Status';

const handles = (r: { items: { handle: string }[] }) => r.items.map((i) => i.handle).sort();

async function activeHandles(db: import('kysely').Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('products').select('handle').where('status', '=', 'active').execute();
  return rows.map((r) => r.handle).sort();
}

describe.each(TEST_DIALECTS)('a replacing catalog import on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('after a first start with the demo store, CATALOG=file leaves only the shop’s products (issue 12)', async () => {
    const db = t.store.db;
    await loadShopData(db, { env: {} }); // first start: no CATALOG, the demo store
    const demoJackets = handles(await searchProducts(db, { query: 'jackets', limit: 50 }));
    expect(demoJackets.length).toBeGreaterThan(0);
    expect(demoJackets.every((h) => h !== 'storm-shell-jacket')).toBe(true);
    const orderItemsBefore = await db.selectFrom('order_items').select('id').execute();

    await loadShopData(db, { catalog: GOOD, env: {} }); // second start: CATALOG=shop.csv
    expect(handles(await searchProducts(db, { query: 'jackets', limit: 50 }))).toEqual([
      'storm-shell-jacket',
    ]);
    expect(handles(await searchProducts(db, { query: 'tennis balls', limit: 50 }))).toEqual([]);
    expect(await activeHandles(db)).toEqual(['road-socks', 'storm-shell-jacket']);
    // The demo's categories ("rackets", "yoga mats"…) no longer steer search.
    expect((await db.selectFrom('categories').select('id').orderBy('id').execute()).map((c) => c.id)).toEqual(
      ['jackets', 'socks'],
    );
    // Archived, not deleted: the demo customers' order history is intact.
    expect(await db.selectFrom('order_items').select('id').execute()).toHaveLength(orderItemsBefore.length);
    expect(
      await db.selectFrom('products').select('id').where('status', '=', 'archived').execute(),
    ).not.toHaveLength(0);
    // The demo's promo codes no longer work in the shop.
    const promos = await db.selectFrom('promos').select(['code', 'active']).execute();
    for (const p of DEMO_PROMOS) expect(Number(promos.find((r) => r.code === p.code)?.active)).toBe(0);

    // A third start without CATALOG does not seed the demo back into the shop's catalog.
    const seeded = await seedDemo(db);
    expect(seeded).toMatchObject({ seeded: false, skipped: 'imported-catalog' });
    expect(await activeHandles(db)).toEqual(['road-socks', 'storm-shell-jacket']);
  });

  it('the bug as it was: merging (upsert, the old behaviour) leaves the demo jackets in the shop', async () => {
    const db = t.store.db;
    await loadShopData(db, { env: {} });
    await loadShopData(db, { catalog: GOOD, env: { CATALOG_MODE: 'upsert' } });
    const jackets = handles(await searchProducts(db, { query: 'jackets', limit: 50 }));
    expect(jackets).toContain('storm-shell-jacket');
    expect(jackets.length).toBeGreaterThan(1);
  });

  it('a start imports PROMOS after CATALOG, with the settings of both', async () => {
    const db = t.store.db;
    const promos = join(import.meta.dirname, '../../promos/import/fixtures/shopify-discounts-good.csv');
    await loadShopData(db, { catalog: GOOD, env: { CATALOG_CURRENCY: 'usd', PROMOS: promos } });
    expect(await db.selectFrom('products').select('currency').distinct().execute()).toEqual([
      { currency: 'USD' },
    ]);
    expect(
      (await db.selectFrom('promos').select('code').orderBy('code').execute()).map((p) => p.code),
    ).toEqual(['SPRING5', 'SUMMER15', 'TENOFF']);
    await expect(loadShopData(db, { catalog: GOOD, env: { CATALOG_CURRENCY: 'dollars' } })).rejects.toThrow(
      /Invalid catalog configuration:\n {2}CATALOG_CURRENCY: must be an ISO 4217 currency code/,
    );
  });

  it('`catalog import` before a start without CATALOG: the demo store is never mixed in', async () => {
    const db = t.store.db;
    await importCatalog(db, GOOD);
    await loadShopData(db, { env: {} });
    expect(await activeHandles(db)).toEqual(['road-socks', 'storm-shell-jacket']);
  });

  it('replace archives products the file dropped; upsert keeps them; both keep cart lines intact', async () => {
    const db = t.store.db;
    await importCatalog(db, GOOD);
    // A shopper has the red L jacket in the cart.
    const ts = '2026-01-01T00:00:00.000Z';
    await db
      .insertInto('users')
      .values({ id: 'u1', kind: 'guest', created_at: ts, updated_at: ts })
      .execute();
    const cart = new CartService({ db });
    await cart.ensureCart(db, 'u1', null);
    const { cartId } = await cart.readState(db, 'u1', 'en');
    await db
      .insertInto('cart_items')
      .values({
        id: 'ci1',
        cart_id: cartId,
        product_id: 'p_storm-shell-jacket',
        variant_id: 'v_SSJ-L-RED',
        quantity: 1,
        unit_price_cents: 13450,
        created_at: ts,
        updated_at: ts,
      })
      .execute();

    const socksOnly = `${HEADER}\nroad-socks,Road Socks 3-Pack,Cushioned socks,Stride,Socks,running,true,Title,Default Title,RS-3,30,14.99,active\n`;
    const upsert = await importCatalogText(db, socksOnly, { name: 'feed.csv', mode: 'upsert' });
    expect(upsert).toMatchObject({ changed: true, productsArchived: 0, productsUpdated: 1 });
    expect(await activeHandles(db)).toEqual(['road-socks', 'storm-shell-jacket']);

    const replace = await importCatalogText(db, socksOnly, { name: 'shop.csv' });
    expect(replace).toMatchObject({ mode: 'replace', changed: true, productsArchived: 1 });
    expect(await activeHandles(db)).toEqual(['road-socks']);
    expect(handles(await searchProducts(db, { query: 'jacket', limit: 50 }))).toEqual([]);
    expect(await loadProducts(db, ['p_storm-shell-jacket'], 'en')).toEqual([]);
    expect(
      (await getProductCards(db, ['p_storm-shell-jacket', 'p_road-socks'], 'en')).map((c) => c.id),
    ).toEqual(['p_road-socks']);
    // The cart line survives and reads as sold out, so it cannot be ordered.
    const state = await cart.readState(db, 'u1', 'en');
    expect(state.lines.map((l) => [l.itemId, l.stock])).toEqual([['ci1', 0]]);
    expect(cart.snapshot(state).stockProblems).toHaveLength(1);
  });

  it('with skipInvalid, a replace leaves a product whose rows were invalid as it was', async () => {
    const db = t.store.db;
    await importCatalog(db, GOOD);
    const badJacket = `${HEADER}
storm-shell-jacket,Storm Shell Jacket,Waterproof shell,Northpeak,Jackets,waterproof,true,Size,S,SSJ-S-BLK,4,12;90,active
road-socks,Road Socks 3-Pack,Cushioned socks,Stride,Socks,running,true,Title,Default Title,RS-3,25,14.99,active
`;
    const r = await importCatalogText(db, badJacket, { name: 'shop.csv', skipInvalid: true });
    expect(r.skipped).toEqual([expect.objectContaining({ line: 2, handle: 'storm-shell-jacket' })]);
    expect(r.productsArchived).toBe(0);
    expect(await activeHandles(db)).toEqual(['road-socks', 'storm-shell-jacket']);
  });

  it('an archived variant is neither listed nor found by its size', async () => {
    const db = t.store.db;
    await importCatalog(db, GOOD);
    const withoutL = `${HEADER}
storm-shell-jacket,Storm Shell Jacket,Waterproof shell,Northpeak,Jackets,waterproof,true,Size,S,SSJ-S-BLK,4,129.00,active
storm-shell-jacket,,,,,,,,M,SSJ-M-BLK,0,129.00,
road-socks,Road Socks 3-Pack,Cushioned socks,Stride,Socks,running,true,Title,Default Title,RS-3,25,14.99,active
`;
    const r = await importCatalogText(db, withoutL, { name: 'shop.csv' });
    expect(r.variantsArchived).toBe(1);
    const [jacket] = await loadProducts(db, ['p_storm-shell-jacket'], 'en');
    expect(jacket!.variants.map((v) => v.sku)).toEqual(['SSJ-S-BLK', 'SSJ-M-BLK']);
    expect(handles(await searchProducts(db, { query: 'jacket', size: 'L', limit: 50 }))).toEqual([]);
    expect(
      await db.selectFrom('variants').select('status').where('sku', '=', 'SSJ-L-RED').executeTakeFirst(),
    ).toEqual({
      status: 'archived',
    });
  });

  it('an unchanged file is a no-op: same version, no change event, nothing rewritten', async () => {
    const db = t.store.db;
    await importCatalog(db, GOOD);
    const version = await getCatalogVersion(db);
    const events: number[] = [];
    const off = onCatalogChange((c) => events.push(c.version));
    try {
      const again = await importCatalog(db, GOOD);
      expect(again).toMatchObject({ changed: false, catalogVersion: version });
      expect(await getCatalogVersion(db)).toBe(version);
      expect(events).toEqual([]);
      // A real change moves it.
      const changed = await importCatalog(db, GOOD, { currency: 'USD' });
      expect(changed).toMatchObject({ changed: true, catalogVersion: version + 1 });
      expect(events).toEqual([version + 1]);
    } finally {
      off();
    }
  });

  it('prices of a Shopify CSV are in the currency given (USD here), never a silent EUR', async () => {
    const db = t.store.db;
    const plain = await importCatalog(db, GOOD);
    expect(plain.currency).toBe('EUR');
    expect(plain.warnings[0]!.reason).toMatch(/states no currency: prices read as EUR; pass --currency/);

    const us = await importCatalog(db, GOOD, { currency: 'USD', locale: 'en-US' });
    expect(us.warnings).toEqual([]);
    const hit = (await searchProducts(db, { query: 'storm shell jacket' })).items[0]!;
    expect(hit).toMatchObject({ handle: 'storm-shell-jacket', currency: 'USD', price: 129 });
    expect(formatMoney(12900, hit.currency, 'en')).toBe('$129.00');
    const currencies = await db.selectFrom('products').select('currency').distinct().execute();
    expect(currencies).toEqual([{ currency: 'USD' }]);
    // Even an empty cart is in dollars.
    const ts = '2026-01-01T00:00:00.000Z';
    await db
      .insertInto('users')
      .values({ id: 'u1', kind: 'guest', created_at: ts, updated_at: ts })
      .execute();
    const cart = new CartService({ db });
    await cart.ensureCart(db, 'u1', null);
    expect((await cart.view('u1', 'en')).view).toMatchObject({ items: [], total: 0, currency: 'USD' });
  });

  it('a JSON file’s own currency is used unless a flag overrides it', async () => {
    const db = t.store.db;
    const file = (currency?: string) =>
      JSON.stringify({
        format: 'voice-shopper-catalog',
        version: 1,
        ...(currency ? { currency } : {}),
        products: [{ handle: 'mug', title: 'Mug', variants: [{ sku: 'MUG', price: 9.5, stock: 1 }] }],
      });
    expect((await importCatalogText(db, file('GBP'), { name: 'c.json' })).currency).toBe('GBP');
    expect((await importCatalogText(db, file('GBP'), { name: 'c.json', currency: 'USD' })).currency).toBe(
      'USD',
    );
    const none = await importCatalogText(db, file(), { name: 'c.json' });
    expect(none.currency).toBe('EUR');
  });

  it('a Spanish shop’s texts are also its Spanish texts (locale es-ES)', async () => {
    const db = t.store.db;
    const csv = `${HEADER}\ntienda-campana,Tienda de campaña Ligera,<p>Para dos personas</p>,Cumbre,Tiendas,,true,Title,Default Title,TC-1,3,199.00,active\n`;
    await importCatalogText(db, csv, { name: 'tienda.csv', locale: 'es-ES', currency: 'EUR' });
    const p = await db.selectFrom('products').selectAll().executeTakeFirstOrThrow();
    expect(p).toMatchObject({
      title: 'Tienda de campaña Ligera',
      title_es: 'Tienda de campaña Ligera',
      description_es: 'Para dos personas',
    });
  });

  it('negative inventory (oversold) imports as 0, sold out, with a warning naming the line', async () => {
    const db = t.store.db;
    const csv = `${HEADER}
tent,Tent,,Cumbre,Tents,,true,Size,2P,T-2P,-3,199.00,active
tent,,,,,,,,3P,T-3P,2,249.00,
`;
    const r = await importCatalogText(db, csv, { name: 'shop.csv', currency: 'USD' });
    expect(r.warnings).toEqual([
      {
        line: 2,
        handle: 'tent',
        reason: 'Variant Inventory Qty -3 is negative (oversold): imported as 0, sold out',
      },
    ]);
    const stock = await db.selectFrom('variants').select(['sku', 'stock']).orderBy('sku').execute();
    expect(stock).toEqual([
      { sku: 'T-2P', stock: 0 },
      { sku: 'T-3P', stock: 2 },
    ]);
    const inStock = await searchProducts(db, { query: 'tent', size: '2P', inStock: true });
    expect(inStock.items).toEqual([]);
  });
});
