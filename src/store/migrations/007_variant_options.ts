import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Every variant option a catalog names (Length, Pieces, Volume, Voltage, Scent…), not only size
 * and colour: `options` is a JSON object name → value in the catalog's order (size and colour are
 * in it too, and still in their own columns). Weights from a Shopify export: `weight_grams` and
 * the unit the shop shows them in (`weight_unit`: g, kg, lb, oz). A category's Spanish name can now
 * come from the built-in retail vocabulary; `name_es_origin` = 'vocabulary' says so (null: the
 * owner's), since those words are not the shop's own.
 */
export const variantOptions: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('variants')
      .addColumn('options', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
    await db.schema.alterTable('variants').addColumn('weight_grams', 'integer').execute();
    await db.schema.alterTable('variants').addColumn('weight_unit', 'text').execute();
    await db.schema.alterTable('categories').addColumn('name_es_origin', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('categories').dropColumn('name_es_origin').execute();
    await db.schema.alterTable('variants').dropColumn('weight_unit').execute();
    await db.schema.alterTable('variants').dropColumn('weight_grams').execute();
    await db.schema.alterTable('variants').dropColumn('options').execute();
  },
};
