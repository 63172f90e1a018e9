import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Which node of a cluster ran a session (issue #18): when a node dies, another ends its open
 * sessions. Null on a single node and for sessions recorded before.
 */
export const sessionNodes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('sessions').addColumn('node_id', 'text').execute();
    await db.schema
      .createIndex('sessions_open_node_idx')
      .on('sessions')
      .columns(['node_id', 'ended_at'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('sessions_open_node_idx').execute();
    await db.schema.alterTable('sessions').dropColumn('node_id').execute();
  },
};
