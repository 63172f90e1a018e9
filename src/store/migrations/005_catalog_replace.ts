import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * A catalog import can replace the catalog: variants a file no longer lists are archived, not
 * deleted (cart lines, saved items and order history keep pointing at them), so variants get the
 * same `status` products have. Imported promo codes can carry a usage limit (Shopify's "Usage Limit").
 */
export const catalogReplace: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('variants')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .execute();
    await db.schema.alterTable('promos').addColumn('usage_limit', 'integer').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('promos').dropColumn('usage_limit').execute();
    await db.schema.alterTable('variants').dropColumn('status').execute();
  },
};
