/**
 * Opens the store: SQLite (default, one file, WAL) or PostgreSQL (DATABASE_URL), typed with
 * Kysely, migrated to the latest schema before it is handed out.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { childLogger } from '../log/logger.ts';
import { loadStoreEnv, type StoreEnv } from './config.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';

const log = childLogger({ component: 'store' });

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Human-readable target without credentials ("sqlite:data/voice-shopper.db", "postgres:host/db"). */
  target: string;
  /** PostgreSQL schema the store lives in, when one was chosen. */
  schema?: string;
  /** A SQLite store's file and settings, for writers that open their own connection to it. */
  sqlite?: SqliteSettings;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL URL; overrides DATABASE_URL. */
  url?: string;
  /** SQLite file (or ':memory:'); used when no URL is given. Overrides DATABASE_PATH. */
  path?: string;
  /** PostgreSQL schema (created when missing). Overrides DATABASE_SCHEMA. */
  schema?: string;
  /** Run migrations on open (default true). */
  migrate?: boolean;
  /** The storage settings (`loadConfig().store`); defaults when omitted. */
  config?: StoreEnv;
}

export interface SqliteSettings {
  path: string;
  busyTimeoutMs: number;
  synchronous: 'FULL' | 'NORMAL';
}

export class StoreError extends Error {
  override name = 'StoreError';
}

export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Store> {
  const env = opts.config ?? loadStoreEnv({});
  const url = opts.url ?? (opts.path === undefined ? env.DATABASE_URL : undefined);
  const store = url
    ? await openPostgres(url, opts.schema ?? env.DATABASE_SCHEMA, env.DATABASE_POOL_MAX)
    : openSqlite(
        opts.path ?? env.DATABASE_PATH,
        env.DATABASE_BUSY_TIMEOUT_MS,
        env.DATABASE_SQLITE_SYNCHRONOUS,
      );
  if (opts.migrate !== false) {
    try {
      await migrateToLatest(store.db, store.schema);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

function openSqlite(path: string, busyTimeoutMs: number, synchronous: 'FULL' | 'NORMAL'): Store {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(path, { timeout: busyTimeoutMs });
  } catch (error) {
    throw new StoreError(`Cannot open SQLite database at ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  sqlite.pragma(`synchronous = ${synchronous}`);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    target: `sqlite:${path}`,
    sqlite: { path, busyTimeoutMs, synchronous },
    close: () => db.destroy(),
  };
}

/**
 * Transactions take SQLite's write lock at BEGIN (waiting up to busy_timeout for it). With a
 * plain (deferred) BEGIN, a transaction that reads before it writes fails with
 * SQLITE_BUSY_SNAPSHOT — at once, no waiting — whenever another writer committed in between:
 * another process (one process per core shares the file) or the recorder's writer thread
 * (sqlite-event-writer.ts), whose commits once failed an order confirmation this way.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #settings: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#settings = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#settings);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    return `postgres:${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'postgres:<invalid url>';
  }
}

async function openPostgres(url: string, schema: string | undefined, poolMax: number): Promise<Store> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreError(`Invalid PostgreSQL schema name "${schema}": use a lower-case SQL identifier`);
  }
  const target = redact(url) + (schema ? `#${schema}` : '');
  if (schema) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (error) {
      throw new StoreError(`Cannot reach PostgreSQL at ${target}: ${(error as Error).message}`, {
        cause: error,
      });
    } finally {
      await client.end().catch(() => {});
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  });
  // An idle client losing its connection emits 'error' on the pool; unhandled it would crash the process.
  pool.on('error', (error) => log.warn({ err: error, target }, 'PostgreSQL idle client error'));
  // A checked-out client between two statements (inside a transaction) has no query to fail and
  // no pool listener: its connection dropping would be an uncaught exception. Its next query
  // fails instead, and the pool discards it on release.
  pool.on('connect', (client) => {
    client.on('error', (error) => log.warn({ err: error, target }, 'PostgreSQL connection lost'));
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let effective = schema;
  if (!effective) {
    try {
      const r = await pool.query<{ s: string }>('SELECT current_schema() AS s');
      effective = r.rows[0]?.s ?? undefined;
    } catch (error) {
      await db.destroy();
      throw new StoreError(`Cannot reach PostgreSQL at ${target}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return {
    db,
    dialect: 'postgres',
    target,
    ...(effective ? { schema: effective } : {}),
    close: () => db.destroy(),
  };
}

/**
 * Applies every pending migration; returns the names applied. With a PostgreSQL schema the
 * migrator's own tables must be qualified: its existence check looks across all schemas and
 * would otherwise find another schema's lock table and skip creating its own.
 */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const msg = error instanceof Error ? error.message : String(error);
    throw new StoreError(
      `Database migration ${failed ? `"${failed.migrationName}" ` : ''}failed: ${msg}. ` +
        'The database was left at the last successful migration; fix the cause and restart.',
      { cause: error },
    );
  }
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (applied.length > 0) log.info({ applied }, 'database migrated');
  return applied;
}
