import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Guest saved items owed to a Convex deployment (issue #19): when a guest signs in with Clerk,
 * the products they saved move into the account here, and a row is written in the same
 * transaction naming them and the account's issuer and subject. The row is the outbox: its id is
 * the idempotency key Convex keeps, and it carries the retry state and a lease like convex_links.
 */
export const convexClaims: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('convex_claims')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('issuer', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('product_ids', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('convex_claims_due_idx')
      .on('convex_claims')
      .columns(['status', 'next_attempt_at'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('convex_claims').execute();
  },
};
