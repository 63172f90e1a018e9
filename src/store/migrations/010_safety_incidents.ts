import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * What the safety guard stopped (issue 15): one row per tripped rule or emergency stop, with the
 * text already redacted. Keyed by session alone, no FK: a check may run before the session row
 * exists (tests, typed requests) and incidents must outlive a session's cleanup.
 */
export const safetyIncidents: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('safety_incidents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text')
      .addColumn('user_id', 'text')
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('language', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('safety_incidents_session_idx')
      .on('safety_incidents')
      .columns(['session_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('safety_incidents_rule_idx')
      .on('safety_incidents')
      .columns(['rule', 'created_at'])
      .execute();
    await db.schema
      .createIndex('safety_incidents_created_idx')
      .on('safety_incidents')
      .column('created_at')
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('safety_incidents').execute();
  },
};
