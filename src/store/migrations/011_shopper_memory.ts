import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * What a shopper told the assistant about themselves (sizes, favourite brands, colours, budget),
 * kept across sessions. One row per value: a shopper may like several brands; single-valued
 * kinds (a size per scope, a budget) are kept single by the service.
 */
export const shopperMemory: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('shopper_preferences')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('session_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('shopper_preferences_value', ['user_id', 'kind', 'scope', 'value'])
      .execute();
    await db.schema
      .createIndex('shopper_preferences_user')
      .on('shopper_preferences')
      .columns(['user_id', 'kind'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('shopper_preferences').execute();
  },
};
