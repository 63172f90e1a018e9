import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Failed identity checks counted across sessions: per caller and per claimed customer/document
 * number, so a new call (or a restart) does not hand out fresh tries against the same account.
 */
export const identityThrottle: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('identity_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('window_started_at', 'text', (c) => c.notNull())
      .addColumn('locked_until', 'text')
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('identity_throttle').execute();
  },
};
