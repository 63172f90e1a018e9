import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Agent profiles (issue #15), versioned: `agent_profiles` holds one row per profile (its current
 * version and unique name), `agent_profile_versions` every version's full body as JSON, so a
 * session's recorded (agent, version) always finds what it ran. `name_key` is the lowercased
 * name: two profiles cannot differ only by case.
 */
export const agentProfiles: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('agent_profiles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .addColumn('current_version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('agent_profile_versions')
      .addColumn('profile_id', 'text', (c) => c.notNull().references('agent_profiles.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('agent_profile_versions_pk', ['profile_id', 'version'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('agent_profile_versions').execute();
    await db.schema.dropTable('agent_profiles').execute();
  },
};
