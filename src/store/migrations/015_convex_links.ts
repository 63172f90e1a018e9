import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Sessions whose conversation is mirrored into a Convex deployment (issue #19): a cursor over
 * the session's recorded events (delivered up to `delivered_seq`), the retry state, and a lease
 * so one node at a time delivers a session. The events themselves are the outbox.
 */
export const convexLinks: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('convex_links')
      .addColumn('session_id', 'text', (c) => c.primaryKey())
      .addColumn('convex_session_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('delivered_seq', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('skipped', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('convex_links_due_idx')
      .on('convex_links')
      .columns(['status', 'next_attempt_at'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('convex_links').execute();
  },
};
