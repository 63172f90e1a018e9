import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../../../../test/store/databases.ts';
import { getCatalogVersion } from '../version.ts';
import { CatalogImportError, importCatalog, importCatalogText } from './index.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const GOOD = join(fixtures, 'shopify-good.csv');
const BAD = join(fixtures, 'shopify-bad.csv');

function jsonCatalog(products: unknown[]): string {
  return JSON.stringify({ format: 'voice-shopper-catalog', version: 1, currency: 'EUR', products }, null, 2);
}

const shoe = {
  handle: 'pace-one',
  title: 'Pace One Running Shoes',
  titleEs: 'Zapatillas de running Pace One',
  brand: 'Stride',
  productType: 'Running Shoes',
  variants: [
    { sku: 'P1-42', size: '42', color: 'black', price: 89.99, stock: 3 },
    { sku: 'P1-43', size: '43', color: 'black', price: 89.99, stock: 0 },
  ],
};

describe.each(TEST_DIALECTS)('catalog import on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('imports a Shopify export: variants from extra rows, options, images, HTML to text', async () => {
    const r = await importCatalog(t.store.db, GOOD);
    expect(r).toMatchObject({
      format: 'shopify-csv',
      productsCreated: 2,
      productsUpdated: 0,
      variantsWritten: 4,
    });
    const jacket = await t.store.db
      .selectFrom('products')
      .selectAll()
      .where('handle', '=', 'storm-shell-jacket')
      .executeTakeFirstOrThrow();
    expect(jacket).toMatchObject({
      brand: 'Northpeak',
      category: 'jackets',
      image: 'https://cdn.example.com/ssj.jpg',
    });
    expect(jacket.description).toBe('Waterproof shell. Taped seams & hood.');
    expect(JSON.parse(jacket.tags)).toEqual(['waterproof', 'hiking']);
    const variants = await t.store.db
      .selectFrom('variants')
      .select(['sku', 'size', 'color', 'price_cents', 'compare_at_cents', 'stock'])
      .where('product_id', '=', jacket.id)
      .orderBy('position')
      .execute();
    expect(variants).toEqual([
      { sku: 'SSJ-S-BLK', size: 'S', color: 'Black', price_cents: 12900, compare_at_cents: 15900, stock: 4 },
      { sku: 'SSJ-M-BLK', size: 'M', color: 'Black', price_cents: 12900, compare_at_cents: 15900, stock: 0 },
      { sku: 'SSJ-L-RED', size: 'L', color: 'Red', price_cents: 13450, compare_at_cents: null, stock: 7 },
    ]);
    const socks = await t.store.db
      .selectFrom('variants')
      .selectAll()
      .where('sku', '=', 'RS-3')
      .executeTakeFirstOrThrow();
    expect(socks).toMatchObject({ size: null, color: null, price_cents: 1499 });
    const images = await t.store.db.selectFrom('product_images').select('url').orderBy('position').execute();
    expect(images.map((i) => i.url)).toEqual([
      'https://cdn.example.com/ssj.jpg',
      'https://cdn.example.com/ssj-back.jpg',
    ]);
  });

  it('is idempotent: importing the same file twice writes nothing and keeps the version', async () => {
    await importCatalog(t.store.db, GOOD);
    const snapshot = async () => ({
      p: await t.store.db
        .selectFrom('products')
        .select(['id', 'handle', 'title', 'search_text'])
        .orderBy('id')
        .execute(),
      v: await t.store.db
        .selectFrom('variants')
        .select(['id', 'sku', 'stock', 'price_cents'])
        .orderBy('id')
        .execute(),
      i: await t.store.db.selectFrom('product_images').select(['id', 'url']).orderBy('id').execute(),
    });
    const stamps = () =>
      t.store.db.selectFrom('products').select(['id', 'updated_at']).orderBy('id').execute();
    const before = await snapshot();
    const stampsBefore = await stamps();
    const v1 = await getCatalogVersion(t.store.db);
    const r = await importCatalog(t.store.db, GOOD);
    expect(r).toMatchObject({
      changed: false,
      productsCreated: 0,
      productsUpdated: 0,
      productsArchived: 0,
      variantsArchived: 0,
      catalogVersion: v1,
    });
    expect(await snapshot()).toEqual(before);
    expect(await stamps()).toEqual(stampsBefore);
    expect(await getCatalogVersion(t.store.db)).toBe(v1);
  });

  it('reports every bad row with its line and imports nothing', async () => {
    const error = await importCatalog(t.store.db, BAD).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogImportError);
    const issues = (error as CatalogImportError).issues;
    expect(issues.map((i) => i.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(issues[0]!.reason).toMatch(/Inventory Qty "lots"/);
    expect(issues[1]!.reason).toMatch(/Title/);
    expect(issues[2]!.reason).toMatch(/missing Handle/);
    expect(issues[3]!.reason).toMatch(/Variant Price "12,50"/);
    expect(issues[4]!.reason).toMatch(/duplicate Variant SKU "GC-BLU" \(first on line 2\)/);
    expect(issues[5]!.reason).toMatch(/Status/);
    expect((error as Error).message).toMatch(/line 3 .*lots/);
    expect(await t.store.db.selectFrom('products').select('id').execute()).toEqual([]);
  });

  it('with skipInvalid imports the valid records and lists the skipped ones', async () => {
    const r = await importCatalog(t.store.db, BAD, { skipInvalid: true });
    expect(r.productsCreated).toBe(1);
    expect(r.skipped).toHaveLength(6);
    const skus = await t.store.db.selectFrom('variants').select('sku').execute();
    expect(skus.map((s) => s.sku)).toEqual(['GC-BLU']);
  });

  it('imports the JSON format and archives variants dropped from a product on re-import', async () => {
    await importCatalogText(t.store.db, jsonCatalog([shoe]), { name: 'c.json' });
    const p = await t.store.db.selectFrom('products').selectAll().executeTakeFirstOrThrow();
    expect(p).toMatchObject({
      title_es: 'Zapatillas de running Pace One',
      category: 'running-shoes',
      image: '/images/pace-one.svg',
    });
    const smaller = { ...shoe, variants: [shoe.variants[0]] };
    const r = await importCatalogText(t.store.db, jsonCatalog([smaller]), { name: 'c.json' });
    expect(r.variantsArchived).toBe(1);
    const rows = await t.store.db.selectFrom('variants').select(['sku', 'status']).orderBy('sku').execute();
    expect(rows).toEqual([
      { sku: 'P1-42', status: 'active' },
      { sku: 'P1-43', status: 'archived' },
    ]);
    // Listed again: active again.
    await importCatalogText(t.store.db, jsonCatalog([shoe]), { name: 'c.json' });
    expect(
      (await t.store.db.selectFrom('variants').select('status').execute()).every(
        (v) => v.status === 'active',
      ),
    ).toBe(true);
  });

  it('reports every invalid JSON product with path, handle and line', async () => {
    const text = jsonCatalog([
      shoe,
      { ...shoe, handle: 'no-variants', variants: [] },
      { ...shoe, handle: 'bad-price', variants: [{ sku: 'X', price: -1 }] },
      { ...shoe, handle: 'pace-one', variants: [{ sku: 'Y', price: 1 }] },
    ]);
    const error = (await importCatalogText(t.store.db, text, { name: 'c.json' }).catch(
      (e) => e,
    )) as CatalogImportError;
    expect(error).toBeInstanceOf(CatalogImportError);
    expect(error.issues.map((i) => [i.handle, i.path])).toEqual([
      ['no-variants', 'products[1].variants'],
      ['bad-price', 'products[2].variants[0].price'],
      ['pace-one', 'products[3].handle'],
    ]);
    expect(error.issues[0]!.line).toBeGreaterThan(1);
    expect(await t.store.db.selectFrom('products').select('id').execute()).toEqual([]);
  });
});

describe('catalog import input errors', () => {
  it('points at the line of a JSON syntax error', async () => {
    const { parseJsonCatalog } = await import('./json.ts');
    const r = parseJsonCatalog('{\n  "format": "voice-shopper-catalog",\n  "version": 1,\n  oops\n}');
    expect(r.issues[0]).toMatchObject({ line: 4 });
  });

  it('finds the line of every handle in one pass, escaped quotes and repeats included', async () => {
    const { fieldLines } = await import('./json.ts');
    const text = '{\n "handle": "a\\"b",\n\n  "handle" : "x", "handle":"a\\"b"}';
    expect(fieldLines(text, 'handle')).toEqual(
      new Map([
        ['a"b', [2, 4]],
        ['x', [4]],
      ]),
    );
  });

  it('the shipped JSON Schema matches the zod schema', async () => {
    const { catalogJsonSchema } = await import('./json-format.ts');
    const onDisk = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../docs/catalog.schema.json'), 'utf8'),
    );
    expect(onDisk).toEqual(catalogJsonSchema());
  });
});
