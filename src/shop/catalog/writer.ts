/**
 * Writes validated catalog records (from any importer or the demo seed) with batched upserts:
 * products by handle, variants by SKU, images replaced, categories upserted; search text kept
 * in step. Run it inside one transaction; it bumps the catalog version.
 */
import type { Kysely } from 'kysely';
import type { Database, ProductStatus } from '../../store/schema.ts';
import { colorName } from './lexicon.ts';
import { slugify, tokenize } from './text.ts';
import { bumpCatalogVersion } from './version.ts';

export interface CategoryRecord {
  id: string;
  name: string;
  name_es?: string | null;
  synonyms?: string[];
}

export interface VariantRecord {
  sku: string;
  size?: string | null;
  color?: string | null;
  price_cents: number;
  compare_at_cents?: number | null;
  stock?: number;
}

export interface ProductRecord {
  handle: string;
  title: string;
  title_es?: string | null;
  description?: string;
  description_es?: string | null;
  brand?: string;
  /** Category key; when absent, derived from product_type. */
  category?: string;
  product_type?: string;
  tags?: string[];
  status?: ProductStatus;
  image?: string | null;
  url?: string | null;
  currency?: string;
  images?: { url: string; alt?: string | null }[];
  variants: VariantRecord[];
}

export interface WriteCounts {
  productsCreated: number;
  productsUpdated: number;
  variantsWritten: number;
  variantsRemoved: number;
  catalogVersion: number;
}

const CHUNK = 400;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The text the search candidate query scans: every word of the product in every language, folded. */
export function buildSearchText(p: ProductRecord, category: CategoryRecord | undefined): string {
  const parts = [
    p.title,
    p.title_es ?? '',
    p.brand ?? '',
    p.product_type ?? '',
    category?.name ?? '',
    category?.name_es ?? '',
    ...(category?.synonyms ?? []),
    ...(p.tags ?? []),
    ...p.variants.flatMap((v) =>
      v.color ? [v.color, colorName(v.color, 'en'), colorName(v.color, 'es')] : [],
    ),
    p.description ?? '',
    p.description_es ?? '',
  ];
  const seen = new Set<string>();
  for (const part of parts) for (const t of tokenize(part)) seen.add(t);
  return ` ${[...seen].join(' ')} `;
}

export function categoryKey(p: Pick<ProductRecord, 'category' | 'product_type'>): string {
  return p.category || slugify(p.product_type ?? '') || 'other';
}

export async function writeCatalog(
  trx: Kysely<Database>,
  input: { categories?: CategoryRecord[]; products: ProductRecord[] },
): Promise<WriteCounts> {
  const now = new Date().toISOString();
  const categories = new Map<string, CategoryRecord>();
  for (const row of await trx.selectFrom('categories').selectAll().execute()) {
    categories.set(row.id, { ...row, synonyms: JSON.parse(row.synonyms) as string[] });
  }
  const newCategories = new Map<string, CategoryRecord>();
  for (const c of input.categories ?? []) newCategories.set(c.id, c);
  for (const p of input.products) {
    const key = categoryKey(p);
    if (!categories.has(key) && !newCategories.has(key)) {
      newCategories.set(key, {
        id: key,
        name: p.product_type || key.replace(/-/g, ' '),
        name_es: null,
        synonyms: [],
      });
    }
  }
  for (const batch of chunks([...newCategories.values()])) {
    for (const c of batch) {
      const row = {
        id: c.id,
        name: c.name,
        name_es: c.name_es ?? null,
        synonyms: JSON.stringify(c.synonyms ?? []),
      };
      await trx
        .insertInto('categories')
        .values(row)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ name: row.name, name_es: row.name_es, synonyms: row.synonyms }),
        )
        .execute();
      categories.set(c.id, c);
    }
  }

  const counts: WriteCounts = {
    productsCreated: 0,
    productsUpdated: 0,
    variantsWritten: 0,
    variantsRemoved: 0,
    catalogVersion: 0,
  };
  for (const batch of chunks(input.products)) {
    const handles = batch.map((p) => p.handle);
    const existing = new Set(
      (await trx.selectFrom('products').select('handle').where('handle', 'in', handles).execute()).map(
        (r) => r.handle,
      ),
    );
    const rows = batch.map((p) => {
      const category = categoryKey(p);
      return {
        id: `p_${p.handle}`,
        handle: p.handle,
        title: p.title,
        title_es: p.title_es ?? null,
        description: p.description ?? '',
        description_es: p.description_es ?? null,
        brand: p.brand ?? '',
        category,
        product_type: p.product_type ?? '',
        tags: JSON.stringify(p.tags ?? []),
        status: p.status ?? 'active',
        image: p.image ?? p.images?.[0]?.url ?? `/images/${p.handle}.svg`,
        url: p.url ?? `/products/${p.handle}`,
        currency: p.currency ?? 'EUR',
        search_text: buildSearchText(p, categories.get(category)),
        created_at: now,
        updated_at: now,
      };
    });
    await trx
      .insertInto('products')
      .values(rows)
      .onConflict((oc) =>
        oc.column('handle').doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          title_es: eb.ref('excluded.title_es'),
          description: eb.ref('excluded.description'),
          description_es: eb.ref('excluded.description_es'),
          brand: eb.ref('excluded.brand'),
          category: eb.ref('excluded.category'),
          product_type: eb.ref('excluded.product_type'),
          tags: eb.ref('excluded.tags'),
          status: eb.ref('excluded.status'),
          image: eb.ref('excluded.image'),
          url: eb.ref('excluded.url'),
          currency: eb.ref('excluded.currency'),
          search_text: eb.ref('excluded.search_text'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
    for (const h of handles) existing.has(h) ? counts.productsUpdated++ : counts.productsCreated++;

    const ids = new Map(
      (
        await trx.selectFrom('products').select(['id', 'handle']).where('handle', 'in', handles).execute()
      ).map((r) => [r.handle, r.id]),
    );
    const productIds = [...ids.values()];
    const variantRows = batch.flatMap((p) =>
      p.variants.map((v, position) => ({
        id: `v_${v.sku}`,
        product_id: ids.get(p.handle)!,
        sku: v.sku,
        size: v.size ?? null,
        color: v.color ?? null,
        price_cents: v.price_cents,
        compare_at_cents: v.compare_at_cents ?? null,
        stock: v.stock ?? 0,
        position,
        created_at: now,
        updated_at: now,
      })),
    );
    for (const vb of chunks(variantRows)) {
      await trx
        .insertInto('variants')
        .values(vb)
        .onConflict((oc) =>
          oc.column('sku').doUpdateSet((eb) => ({
            product_id: eb.ref('excluded.product_id'),
            size: eb.ref('excluded.size'),
            color: eb.ref('excluded.color'),
            price_cents: eb.ref('excluded.price_cents'),
            compare_at_cents: eb.ref('excluded.compare_at_cents'),
            stock: eb.ref('excluded.stock'),
            position: eb.ref('excluded.position'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    counts.variantsWritten += variantRows.length;
    // Variants dropped from a product in the file are removed: the file is the truth for products it lists.
    const keep = new Set(variantRows.map((v) => v.sku));
    const current = await trx
      .selectFrom('variants')
      .select(['id', 'sku'])
      .where('product_id', 'in', productIds)
      .execute();
    const stale = current.filter((v) => !keep.has(v.sku)).map((v) => v.id);
    for (const sb of chunks(stale)) await trx.deleteFrom('variants').where('id', 'in', sb).execute();
    counts.variantsRemoved += stale.length;

    await trx.deleteFrom('product_images').where('product_id', 'in', productIds).execute();
    const imageRows = batch.flatMap((p) =>
      (p.images ?? []).map((img, position) => ({
        id: `img_${p.handle}_${position}`,
        product_id: ids.get(p.handle)!,
        url: img.url,
        alt: img.alt ?? null,
        position,
      })),
    );
    for (const ib of chunks(imageRows)) await trx.insertInto('product_images').values(ib).execute();
  }
  counts.catalogVersion = await bumpCatalogVersion(trx);
  return counts;
}
