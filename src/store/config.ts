import { z } from 'zod';
import { dataDirVariable, inDataDir } from '../config/data-dir.ts';
import { defineSection, type Env, parseSection } from '../config/section.ts';

/** Environment variables of the storage layer. */
export const storeEnvSchema = z
  .object({
    DATA_DIR: dataDirVariable,
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional()
      .describe('PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite.'),
    DATABASE_PATH: z
      .string()
      .min(1)
      .optional()
      .meta({ docDefault: '$DATA_DIR/voice-shopper.db' })
      .describe(
        "SQLite database file (created with its folder when missing); ':memory:' for a throwaway store.",
      ),
    DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'DATABASE_SCHEMA must be a lower-case SQL identifier')
      .optional()
      .describe("PostgreSQL schema to use (created when missing); default: the server's search_path."),
    DATABASE_POOL_MAX: z.coerce
      .number()
      .int()
      .min(1)
      .max(200)
      .default(10)
      .describe('Maximum PostgreSQL connections in the pool.'),
    DATABASE_BUSY_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(0)
      .default(5000)
      .describe("SQLite busy timeout: how long a writer waits for another connection's lock."),
    DATABASE_SQLITE_SYNCHRONOUS: z
      .enum(['FULL', 'NORMAL'])
      .default('FULL')
      .describe(
        'SQLite `synchronous` pragma: FULL makes every commit survive power loss, NORMAL only process crashes.',
      ),
    CATALOG: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Catalog file (project JSON or Shopify CSV) imported at start; empty: seed the demo catalog.',
      ),
  })
  .transform((env) => ({
    ...env,
    DATABASE_PATH:
      env.DATABASE_PATH === ':memory:'
        ? ':memory:'
        : inDataDir(env.DATA_DIR, env.DATABASE_PATH, 'voice-shopper.db'),
  }));

export type StoreEnv = z.output<typeof storeEnvSchema>;

export const storeSection = defineSection({ title: 'Storage', schema: storeEnvSchema });

/** Parses the storage variables of `env` (empty values mean unset); throws a ConfigError naming each bad one. */
export function loadStoreEnv(env: Env): StoreEnv {
  return parseSection(storeSection, env);
}
