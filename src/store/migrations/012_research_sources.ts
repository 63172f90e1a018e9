import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * What a research summary was written from besides the catalog: passages of the shop's documents
 * and the web or product-search provider's findings (JSON), so the history can show them.
 */
export const researchSources: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('research_results')
      .addColumn('sources', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('research_results').dropColumn('sources').execute();
  },
};
