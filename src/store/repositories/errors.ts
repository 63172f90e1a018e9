/** Database errors the repositories' callers decide on, the same on both dialects. */

/** A UNIQUE or PRIMARY KEY constraint refused the write (PostgreSQL 23505, SQLite CONSTRAINT_*). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
