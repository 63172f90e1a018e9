import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Devices the owner registered (issue #16): a box with a button, a microphone and a speaker
 * that talks over the device protocol. The secret is kept only as a salted scrypt hash (it is
 * shown once, at registration); a revoked device keeps its row for the record.
 */
export const devices: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('devices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('agent', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('last_seen_at', 'text')
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('devices').execute();
  },
};
