import { z } from 'zod';

/** Environment variables of the storage layer. */
export const storeEnvSchema = z.object({
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  /** SQLite database file (created with its folder when missing); ':memory:' for a throwaway store. */
  DATABASE_PATH: z.string().min(1).default('data/voice-shopper.db'),
  /** PostgreSQL schema to use (created when missing); default: the server's search_path. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'DATABASE_SCHEMA must be a lower-case SQL identifier')
    .optional(),
  /** Maximum PostgreSQL connections in the pool. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** SQLite busy timeout: how long a writer waits for another connection's lock. */
  DATABASE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  /** SQLite `synchronous` pragma: FULL makes every commit survive power loss, NORMAL only process crashes. */
  DATABASE_SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  /** Catalog file (project JSON or Shopify CSV) imported at start; empty: seed the demo catalog. */
  CATALOG: z.string().min(1).optional(),
});

export type StoreEnv = z.infer<typeof storeEnvSchema>;

export function loadStoreEnv(env: NodeJS.ProcessEnv = process.env): StoreEnv {
  const parsed = storeEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid storage configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
