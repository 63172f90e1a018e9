/**
 * Where the stored catalog came from (`meta.catalog_source`): the demo seed or a shop's own file.
 * The demo seed consults it so that a store holding a shop's catalog is never mixed with the demo
 * store's products, whichever order the server and `catalog import` ran in.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../store/schema.ts';

const KEY = 'catalog_source';

export type CatalogSource =
  | { kind: 'demo' }
  | { kind: 'import'; file: string; currency: string; locale: string };

export async function getCatalogSource(db: Kysely<Database>): Promise<CatalogSource | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return null;
  try {
    return JSON.parse(row.value) as CatalogSource;
  } catch {
    return null;
  }
}

export async function markCatalogSource(trx: Kysely<Database>, source: CatalogSource): Promise<void> {
  const value = JSON.stringify(source);
  const now = new Date().toISOString();
  await trx
    .insertInto('meta')
    .values({ key: KEY, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
}

/**
 * The currency the shop sells in, for what has no product to take it from (an empty cart): the
 * last import's, else the one most active products carry, else EUR (the demo store's).
 */
export async function shopCurrency(db: Kysely<Database>): Promise<string> {
  const source = await getCatalogSource(db);
  if (source?.kind === 'import') return source.currency;
  const top = await db
    .selectFrom('products')
    .select((eb) => ['currency', eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'active')
    .groupBy('currency')
    .orderBy('n', 'desc')
    .orderBy('currency')
    .executeTakeFirst();
  return top?.currency ?? 'EUR';
}
