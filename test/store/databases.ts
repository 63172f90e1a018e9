/**
 * Gives every store/shop test a fresh database of each dialect, so the same suite runs on SQLite
 * and PostgreSQL:
 *
 *   describe.each(TEST_DIALECTS)('carts on %s', (dialect) => {
 *     const t = useTestStore(dialect);            // fresh, migrated store per test
 *     it('adds', async () => { await t.store.db.insertInto('users')... });
 *   });
 *
 * PostgreSQL: a uniquely named schema on TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
 * dropped on close. When PostgreSQL is unreachable the test fails with a clear message — it never skips.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
import { loadStoreEnv } from '../../src/store/config.ts';
import { type DialectName, openDatabase, type Store } from '../../src/store/db.ts';

export const TEST_DIALECTS: DialectName[] = ['sqlite', 'postgres'];

export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore extends Store {
  /** Removes the temp file / drops the schema (also done by close()). */
  close(): Promise<void>;
}

export interface OpenTestStoreOptions {
  /** Skip migrations (tests of the migrator itself). */
  migrate?: boolean;
}

function uniqueName(): string {
  return `vs_test_${process.pid}_${randomBytes(5).toString('hex')}`;
}

export async function openTestStore(
  dialect: DialectName,
  opts: OpenTestStoreOptions = {},
): Promise<TestStore> {
  return dialect === 'sqlite' ? openSqliteTestStore(opts) : openPostgresTestStore(opts);
}

async function openSqliteTestStore(opts: OpenTestStoreOptions): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'vs-store-'));
  // Tests need crash safety only, not power-loss safety: skip the fsync per commit.
  const store = await openDatabase({
    path: join(dir, 'test.db'),
    migrate: opts.migrate,
    config: loadStoreEnv({ DATABASE_SQLITE_SYNCHRONOUS: 'NORMAL' }),
  });
  let closed = false;
  return {
    ...store,
    async close() {
      if (closed) return;
      closed = true;
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Test files on other workers create and drop their schemas at the same time. Kysely's migrator
 * lists the tables of every schema, and that catalog query fails ("schema … does not exist") when
 * a schema is dropped under it. Migrations hold this advisory lock shared, drops exclusive, so a
 * drop never overlaps another file's migration (production never drops schemas).
 */
const DDL_LOCK = 0x76735f74; // "vs_t"

export async function withDdlLock<T>(mode: 'shared' | 'exclusive', fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  const suffix = mode === 'shared' ? '_shared' : '';
  try {
    await client.query(`SELECT pg_advisory_lock${suffix}($1)`, [DDL_LOCK]);
    return await fn();
  } finally {
    await client.query(`SELECT pg_advisory_unlock${suffix}($1)`, [DDL_LOCK]).catch(() => undefined);
    await client.end();
  }
}

async function openPostgresTestStore(opts: OpenTestStoreOptions): Promise<TestStore> {
  const schema = uniqueName();
  let store: Store;
  try {
    store = await withDdlLock('shared', () =>
      openDatabase({ url: TEST_PG_URL, schema, migrate: opts.migrate }),
    );
  } catch (error) {
    throw new Error(
      `PostgreSQL is required by the store tests but is not usable at ${TEST_PG_URL} ` +
        `(${(error as Error).message}). Start PostgreSQL (trust auth, user postgres, database test) ` +
        'or point TEST_DATABASE_URL at one. These tests never skip silently.',
      { cause: error },
    );
  }
  let closed = false;
  return {
    ...store,
    async close() {
      if (closed) return;
      closed = true;
      await store.close();
      await dropSchema(schema);
    },
  };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await withDdlLock('exclusive', () => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
  } finally {
    await client.end();
  }
}

/** Registers beforeEach/afterEach hooks; `t.store` is a fresh migrated store inside each test. */
export function useTestStore(
  dialect: DialectName,
  opts: OpenTestStoreOptions = {},
): { readonly store: TestStore } {
  let current: TestStore | undefined;
  beforeEach(async () => {
    current = await openTestStore(dialect, opts);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get store(): TestStore {
      if (!current)
        throw new Error('useTestStore: the store exists only inside a test (beforeEach has not run)');
      return current;
    },
  };
}
