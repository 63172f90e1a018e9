/**
 * A fingerprint of the stored catalog (products, variants, images, categories; timestamps left
 * out), so a write that changed nothing is recognised and the catalog version stays put: an
 * unchanged file re-imported at every start must not make the STT language model rebuild.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

export async function catalogDigest(db: Kysely<Database>): Promise<string> {
  const hash = createHash('sha256');
  const feed = (rows: readonly object[]) => {
    for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
    hash.update('\u0000');
  };
  feed(await db.selectFrom('categories').selectAll().orderBy('id').execute());
  feed(
    await db
      .selectFrom('products')
      .select([
        'id',
        'handle',
        'title',
        'title_es',
        'description',
        'description_es',
        'brand',
        'category',
        'product_type',
        'tags',
        'status',
        'image',
        'url',
        'currency',
        'search_text',
      ])
      .orderBy('id')
      .execute(),
  );
  feed(
    await db
      .selectFrom('variants')
      .select([
        'id',
        'product_id',
        'sku',
        'size',
        'color',
        'price_cents',
        'compare_at_cents',
        'stock',
        'position',
        'status',
        'options',
        'weight_grams',
        'weight_unit',
      ])
      .orderBy('id')
      .execute(),
  );
  feed(await db.selectFrom('product_images').selectAll().orderBy('id').execute());
  return hash.digest('hex');
}
