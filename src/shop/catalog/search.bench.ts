/**
 * Search latency on a generated catalog (10,000 products; quick: 500), SQLite and PostgreSQL.
 * PostgreSQL: BENCH_DATABASE_URL, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test,
 * in a throwaway schema dropped afterwards.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { BenchOptions, BenchTable } from '../../bench/table.ts';
import { loadStoreEnv } from '../../store/config.ts';
import { type DialectName, openDatabase, type Store } from '../../store/db.ts';
import { DEMO_CATEGORIES } from '../demo/categories.ts';
import { DEMO_PRODUCTS, SIZE_RUNS } from '../demo/products.ts';
import { type SearchInput, searchProducts } from './search.ts';
import { getSearchIndex } from './search-index.ts';
import type { ProductRecord } from './writer.ts';
import { writeCatalog } from './writer.ts';

const QUERIES: SearchInput[] = [
  { query: 'running shoes' },
  { query: 'zapatillas para correr', language: 'es' },
  { query: 'waterproof jacket' },
  { query: 'botas de fútbol niños', language: 'es' },
  { query: 'black hoodie', size: 'M' },
  { query: 'runing shose' },
  { query: 'yoga mat', maxPrice: 40 },
  { query: '', category: 'trail-shoes', inStock: true },
  { query: 'merino socks', color: 'grey' },
  { query: 'velox', inStock: true },
];

const ADJECTIVES = [
  'Pro',
  'Lite',
  'Max',
  'Flow',
  'Edge',
  'Swift',
  'Core',
  'Aero',
  'Peak',
  'Storm',
  'Nova',
  'Zen',
];

/** A seeded generator so every run benchmarks the same catalog. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCatalog(count: number, seed = 42): ProductRecord[] {
  const rand = mulberry32(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const base = pick(DEMO_PRODUCTS);
    const name = `${base.title} ${pick(ADJECTIVES)} ${i}`;
    const colors = base.colors.slice(0, 1 + Math.floor(rand() * base.colors.length));
    const sizes = SIZE_RUNS[base.sizes].slice(0, 3);
    const price = Math.round(base.price * (0.7 + rand() * 0.6));
    return {
      handle: `gen-${i}`,
      title: name,
      currency: 'EUR',
      title_es: `${base.titleEs} ${i}`,
      description: base.description,
      description_es: base.descriptionEs,
      brand: base.brand,
      category: base.category,
      product_type: base.category,
      tags: base.tags,
      variants: colors.flatMap((color) =>
        sizes.map((size) => ({
          sku: `gen-${i}-${color}-${size ?? 'one'}`,
          size,
          color,
          price_cents: price,
          stock: rand() < 0.15 ? 0 : Math.floor(rand() * 20),
        })),
      ),
    };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function openBenchStore(dialect: DialectName): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'vs-bench-'));
    const store = await openDatabase({
      path: join(dir, 'bench.db'),
      config: loadStoreEnv({ DATABASE_SQLITE_SYNCHRONOUS: 'NORMAL' }),
    });
    return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url =
    process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `vs_bench_${randomBytes(4).toString('hex')}`;
  const store = await openDatabase({ url, schema });
  return {
    store,
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

export async function runSearchBench(opts: BenchOptions): Promise<BenchTable[]> {
  const count = opts.quick ? 500 : 10_000;
  const repeats = opts.quick ? 2 : 20;
  const catalog = generateCatalog(count);
  const rows: (string | number)[][] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const { store, cleanup } = await openBenchStore(dialect);
    try {
      const t0 = performance.now();
      await store.db
        .transaction()
        .execute((trx) => writeCatalog(trx, { categories: DEMO_CATEGORIES, products: catalog }));
      const importMs = performance.now() - t0;
      const t1 = performance.now();
      await getSearchIndex(store.db);
      const indexMs = performance.now() - t1;
      const samples: number[] = [];
      let results = 0;
      for (let r = 0; r < repeats; r++) {
        for (const q of QUERIES) {
          const t = performance.now();
          const res = await searchProducts(store.db, { ...q, limit: 10 });
          samples.push(performance.now() - t);
          results += res.items.length;
        }
      }
      samples.sort((a, b) => a - b);
      rows.push([
        dialect,
        count,
        samples.length,
        Number(percentile(samples, 50).toFixed(1)),
        Number(percentile(samples, 95).toFixed(1)),
        Number(samples.at(-1)!.toFixed(1)),
        Math.round(importMs),
        Math.round(indexMs),
        Number((results / samples.length).toFixed(1)),
      ]);
    } finally {
      await store.close();
      await cleanup();
    }
  }
  return [
    {
      title: `Product search latency (${count} generated products, ${QUERIES.length} EN/ES queries × ${repeats})`,
      columns: [
        'dialect',
        'products',
        'queries',
        'p50 ms',
        'p95 ms',
        'max ms',
        'import ms',
        'index build ms',
        'avg hits',
      ],
      rows,
      notes: [
        'Latency of searchProducts end to end: version check, candidate SQL, TypeScript ranking, variants and cards for the top 10.',
        'The word dictionary (IDF + typo correction) is built once per catalog version; its build time is listed separately.',
      ],
    },
  ];
}
