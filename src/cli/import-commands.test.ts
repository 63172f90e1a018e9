import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../store/db.ts';
import { catalogCommand, promosCommand } from './import-commands.ts';

const CATALOG = join(import.meta.dirname, '../shop/catalog/import/fixtures/shopify-good.csv');
const PROMOS = join(import.meta.dirname, '../shop/promos/import/fixtures/shopify-discounts-good.csv');
const BAD_PROMOS = join(import.meta.dirname, '../shop/promos/import/fixtures/shopify-discounts-bad.csv');

describe('voice-shopper catalog/promos import', () => {
  let dir: string;
  let out: string;
  let err: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vs-cli-'));
    vi.stubEnv('DATABASE_URL', undefined);
    vi.stubEnv('DATABASE_PATH', join(dir, 'shop.db'));
    vi.stubEnv('DATABASE_SQLITE_SYNCHRONOUS', 'NORMAL');
    for (const k of [
      'CATALOG_MODE',
      'CATALOG_CURRENCY',
      'SHOP_LOCALE',
      'PROMOS_MODE',
      'CATALOG_CATEGORIES_ES',
    ])
      vi.stubEnv(k, undefined);
    out = '';
    err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out += String(s);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      err += String(s);
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  const products = async () => {
    const store = await openDatabase({ path: join(dir, 'shop.db') });
    try {
      return await store.db
        .selectFrom('products')
        .select(['handle', 'currency', 'title_es'])
        .orderBy('handle')
        .execute();
    } finally {
      await store.close();
    }
  };

  it('takes the owner’s Spanish category names with --categories-es; a bad names file exits 1', async () => {
    const names = join(dir, 'categories-es.csv');
    writeFileSync(names, 'name,name_es\nJackets,Chaquetas impermeables\n');
    expect(await catalogCommand(['import', CATALOG, '--categories-es', names])).toBe(0);
    const store = await openDatabase({ path: join(dir, 'shop.db') });
    try {
      const jackets = await store.db
        .selectFrom('categories')
        .select(['name_es', 'name_es_origin'])
        .where('id', '=', 'jackets')
        .executeTakeFirstOrThrow();
      expect(jackets).toEqual({ name_es: 'Chaquetas impermeables', name_es_origin: null });
    } finally {
      await store.close();
    }
    writeFileSync(names, 'Jackets\n');
    expect(await catalogCommand(['import', CATALOG, '--categories-es', names])).toBe(1);
    expect(err).toMatch(/line 1: expected two columns: English name, Spanish name/);
  });

  it('imports with --currency and --locale, then reports an unchanged file as a no-op', async () => {
    expect(await catalogCommand(['import', CATALOG, '--currency', 'usd', '--locale', 'es-MX'])).toBe(0);
    expect(out).toMatch(/\(shopify-csv, replace, prices in USD, texts es-MX\): 2 products created/);
    expect((await products()).map((p) => [p.handle, p.currency, p.title_es])).toEqual([
      ['road-socks', 'USD', 'Road Socks 3-Pack'],
      ['storm-shell-jacket', 'USD', 'Storm Shell Jacket'],
    ]);
    out = '';
    expect(await catalogCommand(['import', CATALOG, '--currency', 'USD', '--locale', 'es-MX'])).toBe(0);
    expect(out).toMatch(/matches the stored catalog: nothing changed/);
  });

  it('CATALOG_CURRENCY is the default a flag overrides; without either the warning says EUR', async () => {
    vi.stubEnv('CATALOG_CURRENCY', 'GBP');
    expect(await catalogCommand(['import', CATALOG])).toBe(0);
    expect((await products())[0]!.currency).toBe('GBP');
    vi.stubEnv('CATALOG_CURRENCY', undefined);
    out = '';
    expect(await catalogCommand(['import', CATALOG])).toBe(0);
    expect(out).toMatch(/warning: file: the file states no currency: prices read as EUR/);
  });

  it('refuses bad flags with the usage', async () => {
    expect(await catalogCommand(['import', CATALOG, '--mode', 'merge'])).toBe(2);
    expect(err).toMatch(/--mode must be replace or upsert, not "merge"/);
    expect(await catalogCommand(['import', CATALOG, '--currency', 'DOLLARS'])).toBe(2);
    expect(err).toMatch(/--currency "DOLLARS" is not valid/);
    expect(await catalogCommand(['import', CATALOG, '--bogus'])).toBe(2);
    expect(await promosCommand(['import'])).toBe(2);
    expect(err).toMatch(/usage: voice-shopper promos import FILE/);
  });

  it('--help prints the usage on stdout, exits 0 and imports nothing', async () => {
    expect(await catalogCommand(['import', '--help'])).toBe(0);
    expect(await promosCommand(['-h'])).toBe(0);
    expect(out).toMatch(/usage: voice-shopper catalog import FILE/);
    expect(out).toMatch(/usage: voice-shopper promos import FILE/);
    expect(out).not.toMatch(/imported/);
    expect(err).toBe('');
  });

  it('promos import: line-numbered errors and exit 1 for a bad file, then a good one', async () => {
    expect(await promosCommand(['import', BAD_PROMOS])).toBe(1);
    expect(err).toMatch(/failed: 7 invalid record\(s\); nothing was imported/);
    expect(err).toMatch(/line 4: Value -10 is negative/);
    expect(await promosCommand(['import', PROMOS])).toBe(0);
    expect(out).toMatch(/\(shopify-csv, replace\): 3 codes created, 0 updated, 0 deactivated/);
    out = '';
    expect(await promosCommand(['import', BAD_PROMOS, '--skip-invalid', '--mode', 'upsert'])).toBe(0);
    expect(out).toMatch(/1 codes created/);
    expect(out.match(/^skipped: line \d+/gm)).toHaveLength(7);
  });
});
