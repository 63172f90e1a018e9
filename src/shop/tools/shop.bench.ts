/**
 * Shop tool latency over the demo catalog on SQLite and PostgreSQL: the time a tool call adds to
 * a voice turn (search, details, cart writes, the two-step checkout, order status), p50/p95.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { BenchOptions, BenchTable } from '../../bench/table.ts';
import { loadStoreEnv } from '../../store/config.ts';
import { type DialectName, openDatabase, type Store } from '../../store/db.ts';
import type { ToolContext, ToolName } from '../contract.ts';
import { seedDemo } from '../demo/index.ts';
import { runShopTool } from './define.ts';
import { createShopTools, type ShopToolset } from './index.ts';

const PG_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

async function openBenchStore(dialect: DialectName): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'vs-shop-bench-'));
    const store = await openDatabase({
      path: join(dir, 'bench.db'),
      config: loadStoreEnv({ DATABASE_SQLITE_SYNCHRONOUS: 'NORMAL' }),
    });
    return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `vs_bench_${randomBytes(5).toString('hex')}`;
  const store = await openDatabase({ url: PG_URL, schema });
  return {
    store,
    cleanup: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

let seq = 0;
function ctx(userId: string): ToolContext {
  seq += 1;
  return {
    userId,
    sessionId: `bench_${userId}`,
    language: 'en',
    toolCallId: `b${seq}`,
    abortSignal: new AbortController().signal,
  };
}

async function run(set: ShopToolset, name: ToolName, input: unknown, c: ToolContext) {
  const out = await runShopTool(set.byName.get(name)!, input, c);
  if (!out.ok) throw new Error(`${name} failed in the bench: ${JSON.stringify(out.result)}`);
  return out.result as Record<string, unknown>;
}

async function benchDialect(dialect: DialectName, iterations: number): Promise<(string | number)[][]> {
  const { store, cleanup } = await openBenchStore(dialect);
  try {
    await seedDemo(store.db);
    const set = createShopTools({
      db: store.db,
      config: { SHOP_CONFIRM_SECRET: 'bench-secret-bench-secret' },
    });
    const products = await store.db
      .selectFrom('variants')
      .select(['product_id', 'id'])
      .where('stock', '>=', 1000)
      .execute();
    const pool =
      products.length > 0
        ? products
        : await store.db.selectFrom('variants').select(['product_id', 'id']).where('stock', '>', 0).execute();
    const samples = new Map<string, number[]>();
    const time = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      const r = await fn();
      const list = samples.get(label) ?? [];
      list.push(performance.now() - t0);
      samples.set(label, list);
      return r;
    };
    const queries = [
      'trail running shoes',
      'zapatillas de trail',
      'black hoodie',
      'waterproof jacket under 100',
    ];
    const ts = new Date().toISOString();
    for (let i = 0; i < iterations; i++) {
      const userId = `u_bench_${i}`;
      await store.db
        .insertInto('users')
        .values({ id: userId, kind: 'account', created_at: ts, updated_at: ts })
        .execute();
      const pick = pool[i % pool.length]!;
      await time('search_products', () =>
        run(set, 'search_products', { query: queries[i % queries.length] }, ctx(userId)),
      );
      await time('get_product', () => run(set, 'get_product', { productId: pick.product_id }, ctx(userId)));
      await time('add_to_cart', () =>
        run(set, 'add_to_cart', { productId: pick.product_id, variantId: pick.id }, ctx(userId)),
      );
      await time('view_cart', () => run(set, 'view_cart', {}, ctx(userId)));
      const prep = await time('prepare_order', () => run(set, 'prepare_order', {}, ctx(userId)));
      const placed = await time('confirm_order', () =>
        run(set, 'confirm_order', { token: prep.token }, ctx(userId)),
      );
      await time('order_status', () => run(set, 'order_status', { orderId: placed.orderId }, ctx(userId)));
    }
    await set.services.close();
    return [...samples].map(([label, xs]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return [
        dialect,
        label,
        xs.length,
        percentile(sorted, 50).toFixed(2),
        percentile(sorted, 95).toFixed(2),
      ];
    });
  } finally {
    await store.close();
    await cleanup();
  }
}

export async function runShopBench(opts: BenchOptions): Promise<BenchTable[]> {
  const iterations = opts.quick ? 2 : 100;
  const rows: (string | number)[][] = [];
  const notes = [
    `${iterations} shoppers per database, each: search → details → add → view → prepare → confirm → status (demo catalog).`,
    'Times include zod validation, the database round trips and result shaping; not the LLM.',
  ];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    try {
      rows.push(...(await benchDialect(dialect, iterations)));
    } catch (err) {
      if (dialect === 'sqlite') throw err;
      notes.push(`PostgreSQL skipped: ${(err as Error).message}`);
    }
  }
  return [
    { title: 'Shop tool latency (ms)', columns: ['database', 'tool', 'calls', 'p50', 'p95'], rows, notes },
  ];
}
