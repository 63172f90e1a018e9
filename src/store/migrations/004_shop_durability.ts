import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Shop state that must survive a restart: which account a guest session proved to be (and its
 * failed attempts, which drive the lock-out), and the requests for a human agent.
 */
export const shopDurability: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    // Keyed by session alone: no FK to sessions, whose rows may not exist (tool tests, phone calls).
    await db.schema
      .createTable('identity_verifications')
      .addColumn('session_id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text')
      .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('verified_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('handoff_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('session_id', 'text')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('language', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('handoff_requests_session_idx')
      .on('handoff_requests')
      .column('session_id')
      .execute();
    await db.schema
      .createIndex('handoff_requests_status_idx')
      .on('handoff_requests')
      .columns(['status', 'created_at'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('handoff_requests').execute();
    await db.schema.dropTable('identity_verifications').execute();
  },
};
