/**
 * Importing catalogs of verticals the engine was not written for (a stationery and a music store):
 * every option kept, weights, Spanish category names, warnings for what cannot be represented,
 * and bad rows refused with their lines, on SQLite and PostgreSQL.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../../../../test/store/databases.ts';
import { loadProduct } from '../../products/details.ts';
import { searchProducts } from '../search.ts';
import { getVocabulary } from '../vocabulary.ts';
import { CatalogImportError, importCatalog, importCatalogText } from './index.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const STATIONERY = join(fixtures, 'stationery.csv');
const MUSIC = join(fixtures, 'music.csv');
const BAD = join(fixtures, 'stationery-bad.csv');

const handles = (r: { items: { handle: string }[] }) => r.items.map((i) => i.handle);

describe.each(TEST_DIALECTS)('variant options and Spanish names on import, %s', (dialect) => {
  const t = useTestStore(dialect);

  it('keeps every option of a Shopify export, with size/colour still in their columns', async () => {
    const db = t.store.db;
    await importCatalog(db, STATIONERY, { currency: 'USD' });
    const rows = await db
      .selectFrom('variants')
      .select(['sku', 'size', 'color', 'options', 'weight_grams', 'weight_unit', 'stock'])
      .orderBy('sku')
      .execute();
    const bySku = new Map(rows.map((r) => [r.sku, { ...r, options: JSON.parse(r.options) }]));
    expect(bySku.get('NB-120-DOT')).toEqual({
      sku: 'NB-120-DOT',
      size: null,
      color: null,
      options: { Sheets: '120', Ruling: 'Dotted' },
      weight_grams: 340,
      weight_unit: 'g',
      stock: 0,
    });
    expect(bySku.get('GP-10-BLU')).toMatchObject({
      color: 'Blue',
      options: { Pack: 'Pack of 10', 'Ink Colour': 'Blue' },
    });
    // "Nib Size" is the pen's own option, not a size a shopper wears: it stays out of the size column.
    expect(bySku.get('FP-M-BR')).toMatchObject({
      size: null,
      options: { 'Nib Size': 'Medium', Material: 'Brass' },
      weight_unit: 'oz',
    });
    expect(bySku.get('DO-1')).toMatchObject({ options: {}, weight_grams: 1200, weight_unit: 'kg' });
    // Four notebook variants, four different choices: none is lost or indistinguishable.
    const notebook = await loadProduct(db, 'p_a5-dot-notebook', 'en');
    expect(new Set(notebook.variants.map((v) => JSON.stringify(v.options))).size).toBe(4);
  });

  it('reports what it cannot represent: unread columns, twin variants, missing option values', async () => {
    const stationery = await importCatalog(t.store.db, STATIONERY, { currency: 'USD' });
    expect(stationery.warnings.map((w) => w.reason)).toContain(
      'column(s) not imported (Voice Shopper has no place for them): Variant Barcode',
    );
    const music = await importCatalog(t.store.db, MUSIC, { currency: 'USD' });
    // The empty Tags column is not reported: nothing was left out.
    expect(music.warnings).toEqual([
      {
        line: 15,
        handle: 'concert-ukulele',
        reason:
          'Option2 (Finish) has no value on this row: the variant is told apart by its other options only',
      },
      {
        line: 16,
        handle: 'concert-ukulele',
        reason:
          'same options as line 13 (Size Concert, Finish Natural): shoppers cannot choose between these variants, only their SKUs differ',
      },
    ]);
  });

  it('gives imported categories Spanish names: the owner’s column, else the vocabulary', async () => {
    const db = t.store.db;
    await importCatalog(db, STATIONERY, { currency: 'USD' });
    await importCatalog(db, MUSIC, { currency: 'USD', mode: 'upsert' });
    const cats = await db
      .selectFrom('categories')
      .select(['id', 'name', 'name_es', 'name_es_origin'])
      .execute();
    const es = Object.fromEntries(cats.map((c) => [c.id, c.name_es]));
    expect(es).toMatchObject({
      notebooks: 'Cuadernos',
      'gel-pens': 'Bolígrafos de gel',
      'fountain-pens': 'Plumas estilográficas',
      'desk-organizers': 'Organizadores de mesa', // the file's Type ES column wins
      fineliners: null, // not in the vocabulary: no half translation
      'acoustic-guitar-strings': 'Cuerdas de guitarra acústica',
      amplifiers: 'Amplificadores',
      'digital-pianos': 'Pianos digitales',
      ukuleles: 'Ukeleles',
    });
    // Spanish category words now find the English-only products.
    expect(handles(await searchProducts(db, { query: 'cuadernos', language: 'es' }))).toEqual([
      'a5-dot-notebook',
    ]);
    expect(handles(await searchProducts(db, { category: 'amplificadores', language: 'es' }))).toEqual([
      'practice-amplifier',
    ]);
    expect(handles(await searchProducts(db, { query: 'cuerdas de guitarra', language: 'es' }))).toEqual([
      'bronze-acoustic-strings',
    ]);
    expect(handles(await searchProducts(db, { query: 'plumas estilograficas', language: 'es' }))).toEqual([
      'classic-fountain-pen',
    ]);
    const vocab = await getVocabulary(db, 'es');
    // The vocabulary's names are listed apart from the shop's own (the offline engine keeps translating).
    expect(vocab.categoriesTranslated).toContain('pianos digitales');
    expect(vocab.categories).not.toContain('pianos digitales');
    expect(vocab.categories).toContain('organizadores de mesa');
    const origin = Object.fromEntries(cats.map((c) => [c.id, c.name_es_origin]));
    expect(origin).toMatchObject({
      'digital-pianos': 'vocabulary',
      'desk-organizers': null,
      fineliners: null,
    });
    expect(vocab.options).toEqual(expect.arrayContaining(['longitud', '10 ft', 'voltaje', '120V']));
  });

  it('takes the owner’s Spanish names from a --categories-es file, over the vocabulary', async () => {
    const names = join(tmpdir(), `categories-es-${dialect}-${process.pid}.csv`);
    writeFileSync(
      names,
      'name,name_es\nFineliners,Rotuladores calibrados\nNotebooks,Libretas\nKazoos,Kazús\n',
    );
    const r = await importCatalog(t.store.db, STATIONERY, { currency: 'USD', categoriesEs: names });
    expect(r.warnings.map((w) => w.reason)).toContain(
      'Spanish names for categories the file does not have (left unused): kazoos',
    );
    const cats = await t.store.db.selectFrom('categories').select(['id', 'name_es']).execute();
    expect(Object.fromEntries(cats.map((c) => [c.id, c.name_es]))).toMatchObject({
      fineliners: 'Rotuladores calibrados',
      notebooks: 'Libretas',
    });
    expect(handles(await searchProducts(t.store.db, { query: 'rotuladores', language: 'es' }))).toEqual([
      'fineliner-set',
    ]);
  });

  it('a bad names file is a line-numbered error and imports nothing', async () => {
    const names = join(tmpdir(), `categories-es-bad-${dialect}-${process.pid}.csv`);
    writeFileSync(names, 'Fineliners,Rotuladores calibrados\nNotebooks\n');
    const err = await importCatalog(t.store.db, STATIONERY, { categoriesEs: names }).catch((e) => e);
    expect(err).toBeInstanceOf(CatalogImportError);
    expect(err.issues).toEqual([{ line: 2, reason: 'expected two columns: English name, Spanish name' }]);
    expect(await t.store.db.selectFrom('products').select('id').execute()).toEqual([]);
  });

  it('search finds option values, with units said any way', async () => {
    const db = t.store.db;
    await importCatalog(db, MUSIC, { currency: 'USD' });
    await importCatalog(db, STATIONERY, { currency: 'USD', mode: 'upsert' });
    expect(handles(await searchProducts(db, { query: 'cable 20 feet' }))[0]).toBe('braided-instrument-cable');
    expect(handles(await searchProducts(db, { query: '230 volt' }))).toEqual(['practice-amplifier']);
    expect(handles(await searchProducts(db, { query: '88 keys' }))).toEqual(['stage-digital-piano']);
    expect(handles(await searchProducts(db, { query: 'pens pack of 10' }))[0]).toBe('smooth-gel-pens');
    expect(handles(await searchProducts(db, { query: 'sunburst' }))).toEqual(['concert-ukulele']);
    // No weight in these products' texts: "lightest" sorts by the catalog's Variant Grams.
    expect(handles(await searchProducts(db, { query: 'pens', sort: 'lightest' }))).toEqual([
      'classic-fountain-pen', // 22 g
      'smooth-gel-pens', // 40 g
    ]);
  });

  it('bad rows get clear line-numbered errors and nothing is imported; --skip-invalid keeps the good', async () => {
    const db = t.store.db;
    const err = await importCatalog(db, BAD).catch((e) => e);
    expect(err).toBeInstanceOf(CatalogImportError);
    expect(err.issues).toEqual([
      { line: 2, handle: 'sketchbook', reason: 'option name "Sheets" is used twice' },
      {
        line: 3,
        handle: 'sketch-pencils',
        reason: 'Variant Grams "heavy" is not a weight in grams like 450',
      },
    ]);
    expect(await db.selectFrom('products').select('id').execute()).toEqual([]);

    const r = await importCatalog(db, BAD, { skipInvalid: true });
    expect(r.skipped).toHaveLength(2);
    const kept = await db.selectFrom('products').select('handle').execute();
    expect(kept.map((p) => p.handle)).toEqual(['eraser']);
  });

  it('an unknown weight unit is a warning and the grams are kept', async () => {
    const csv =
      'Handle,Title,Type,Variant SKU,Variant Grams,Variant Price,Variant Weight Unit\n' +
      'ink-bottle,Ink Bottle,Ink,INK-1,60,8.00,stone\n';
    const r = await importCatalogText(t.store.db, csv, { name: 'ink.csv', currency: 'USD' });
    expect(r.warnings).toEqual([
      {
        line: 2,
        handle: 'ink-bottle',
        reason: 'Variant Weight Unit "stone" is not g, kg, lb or oz: the weight is stated in grams',
      },
    ]);
    const v = await t.store.db.selectFrom('variants').select(['weight_grams', 'weight_unit']).execute();
    expect(v).toEqual([{ weight_grams: 60, weight_unit: 'g' }]);
  });

  it('the project JSON carries options and weights too, and re-importing it changes nothing', async () => {
    const json = JSON.stringify({
      format: 'voice-shopper-catalog',
      version: 1,
      currency: 'USD',
      products: [
        {
          handle: 'metronome',
          title: 'Clockwork Metronome',
          productType: 'Metronomes',
          variants: [
            { sku: 'MT-W', options: { Finish: 'Walnut' }, weight: { value: 0.4, unit: 'kg' }, price: 39 },
            { sku: 'MT-B', options: { Finish: 'Black' }, price: 35, stock: 2 },
            { sku: 'MT-T', size: 'Travel', options: { Finish: 'Black' }, price: 25, stock: 1 },
          ],
        },
      ],
    });
    const first = await importCatalogText(t.store.db, json, { name: 'm.json' });
    expect(first.changed).toBe(true);
    expect(first.warnings).toEqual([]);
    const rows = await t.store.db
      .selectFrom('variants')
      .select(['sku', 'size', 'color', 'options', 'weight_grams', 'weight_unit'])
      .orderBy('sku')
      .execute();
    expect(rows).toEqual([
      {
        sku: 'MT-B',
        size: null,
        color: null,
        options: '{"Finish":"Black"}',
        weight_grams: null,
        weight_unit: null,
      },
      {
        sku: 'MT-T',
        size: 'Travel',
        color: null,
        options: '{"Size":"Travel","Finish":"Black"}',
        weight_grams: null,
        weight_unit: null,
      },
      {
        sku: 'MT-W',
        size: null,
        color: null,
        options: '{"Finish":"Walnut"}',
        weight_grams: 400,
        weight_unit: 'kg',
      },
    ]);
    expect((await importCatalogText(t.store.db, json, { name: 'm.json' })).changed).toBe(false);

    const clash = JSON.stringify(
      {
        format: 'voice-shopper-catalog',
        version: 1,
        products: [
          {
            handle: 'metronome',
            title: 'Clockwork Metronome',
            variants: [{ sku: 'MT-T', size: 'Travel', options: { Size: 'Pocket' }, price: 25 }],
          },
        ],
      },
      null,
      2,
    );
    const twins = JSON.stringify(
      {
        format: 'voice-shopper-catalog',
        version: 1,
        products: [
          {
            handle: 'metronome',
            title: 'Clockwork Metronome',
            variants: [
              { sku: 'MT-T', size: 'Travel', options: { Finish: 'Black' }, price: 25 },
              { sku: 'MT-T2', size: 'Travel', options: { Finish: 'Black' }, price: 25 },
            ],
          },
        ],
      },
      null,
      2,
    );
    const twinResult = await importCatalogText(t.store.db, twins, { name: 'twins.json', currency: 'USD' });
    expect(twinResult.warnings).toEqual([
      {
        handle: 'metronome',
        line: 6,
        path: 'products[0].variants[1]',
        reason:
          'same size, colour and options as variants[0]: shoppers cannot choose between them, only their SKUs differ',
      },
    ]);
    const bad = await importCatalogText(t.store.db, clash, { name: 'clash.json' }).catch((e) => e);
    expect(bad).toBeInstanceOf(CatalogImportError);
    expect(bad.issues).toEqual([
      {
        handle: 'metronome',
        line: 6, // the product's "handle" line
        path: 'products[0].variants[0].options',
        reason: 'size "Travel" and the options\' size "Pocket" differ: give it once',
      },
    ]);
  });
});
