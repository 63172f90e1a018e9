/**
 * Writes validated catalog records (from any importer or the demo seed) with batched upserts:
 * products by handle, variants by SKU, images replaced, categories upserted; search text kept
 * in step. Nothing is ever deleted: a variant a product no longer lists, and in `replace` mode a
 * product the input no longer lists, is archived, so carts, saved items and order history that
 * point at it stay intact while search and the cart never offer it again.
 * Run it inside one transaction; it bumps the catalog version only when the stored catalog changed.
 */
import type { Kysely } from 'kysely';
import type { Database, ProductStatus } from '../../store/schema.ts';
import { catalogDigest } from './digest.ts';
import { colorName } from './lexicon.ts';
import { storedOptionTokens } from './option-values.ts';
import { splitOptions, type VariantOptions } from './options.ts';
import { spanishName } from './retail-vocabulary.ts';
import { slugify, tokenize } from './text.ts';
import { bumpCatalogVersion, getCatalogVersion } from './version.ts';

/**
 * `replace`: the input is the whole catalog (products it lacks are archived);
 * `upsert`: the input is a partial feed (products it lacks are left as they are).
 */
export const IMPORT_MODES = ['replace', 'upsert'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface CategoryRecord {
  id: string;
  name: string;
  name_es?: string | null;
  /** 'vocabulary' when the built-in vocabulary made name_es; absent/null: the file's or none. */
  name_es_origin?: 'vocabulary' | null;
  synonyms?: string[];
}

export interface VariantRecord {
  sku: string;
  size?: string | null;
  color?: string | null;
  /** Every option the catalog names, size and colour included, in its order. */
  options?: VariantOptions;
  price_cents: number;
  compare_at_cents?: number | null;
  stock?: number;
  weight_grams?: number | null;
  weight_unit?: string | null;
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
  /** ISO 4217; the importer decides it (file, flag, setting), the writer never guesses one. */
  currency: string;
  images?: { url: string; alt?: string | null }[];
  variants: VariantRecord[];
}

export interface WriteCounts {
  productsCreated: number;
  productsUpdated: number;
  /** Products the input no longer lists, archived now (replace mode only). */
  productsArchived: number;
  variantsWritten: number;
  /** Variants a listed product no longer has, archived now. */
  variantsArchived: number;
  /** Whether the stored catalog differs from before; when not, the version did not move. */
  changed: boolean;
  catalogVersion: number;
}

export interface WriteOptions {
  /** Default `upsert`, the historical behaviour; imports choose `replace` by default. */
  mode?: ImportMode;
  /** Handles a replace leaves alone although the input lacks them (records skipped as invalid). */
  keep?: ReadonlySet<string>;
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
    // A name the vocabulary could not fully translate still lends its known Spanish words to search.
    ...(category && !category.name_es ? spanishName(category.name).known : []),
    ...(category?.synonyms ?? []),
    ...(p.tags ?? []),
    ...p.variants.flatMap((v) =>
      v.color ? [v.color, colorName(v.color, 'en'), colorName(v.color, 'es')] : [],
    ),
    ...p.variants.flatMap((v) => optionSearchWords(v.options)),
    p.description ?? '',
    p.description_es ?? '',
  ];
  const seen = new Set<string>();
  for (const part of parts) for (const t of tokenize(part)) seen.add(t);
  return ` ${[...seen].join(' ')} `;
}

/**
 * Words of a variant's extra options for search: the names in both languages and the values as
 * written and normalised ("1,000-piece" also as "1000pc", what a query "1000 pieces" becomes).
 */
function optionSearchWords(options: VariantOptions | undefined): string[] {
  if (!options) return [];
  return Object.entries(splitOptions(options).extras).flatMap(([name, value]) => {
    const units = storedOptionTokens(name, value).filter((t) => /^\d+(\.\d+)?[a-z%]+$/.test(t));
    return [name, ...spanishName(name).known, value, ...units];
  });
}

export function categoryKey(p: Pick<ProductRecord, 'category' | 'product_type'>): string {
  return p.category || slugify(p.product_type ?? '') || 'other';
}

export async function writeCatalog(
  trx: Kysely<Database>,
  input: { categories?: CategoryRecord[]; products: ProductRecord[] },
  opts: WriteOptions = {},
): Promise<WriteCounts> {
  const mode = opts.mode ?? 'upsert';
  const before = await catalogDigest(trx);
  const now = new Date().toISOString();
  const categories = new Map<string, CategoryRecord>();
  for (const row of await trx.selectFrom('categories').selectAll().execute()) {
    categories.set(row.id, {
      ...row,
      name_es_origin: row.name_es_origin === 'vocabulary' ? 'vocabulary' : null,
      synonyms: JSON.parse(row.synonyms) as string[],
    });
  }
  const newCategories = new Map<string, CategoryRecord>();
  for (const c of input.categories ?? []) newCategories.set(c.id, withSpanish(c));
  for (const p of input.products) {
    const key = categoryKey(p);
    if (newCategories.has(key)) continue;
    const stored = categories.get(key);
    if (!stored)
      newCategories.set(key, withSpanish({ id: key, name: p.product_type || key.replace(/-/g, ' ') }));
    // Imported before the vocabulary existed: give it its Spanish name now.
    else if (!stored.name_es) newCategories.set(key, withSpanish({ ...stored, name_es_origin: null }));
  }
  for (const batch of chunks([...newCategories.values()])) {
    for (const c of batch) {
      const row = {
        id: c.id,
        name: c.name,
        name_es: c.name_es ?? null,
        name_es_origin: c.name_es_origin ?? null,
        synonyms: JSON.stringify(c.synonyms ?? []),
      };
      await trx
        .insertInto('categories')
        .values(row)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({
            name: row.name,
            name_es: row.name_es,
            name_es_origin: row.name_es_origin,
            synonyms: row.synonyms,
          }),
        )
        .execute();
      categories.set(c.id, c);
    }
  }

  const counts: WriteCounts = {
    productsCreated: 0,
    productsUpdated: 0,
    productsArchived: 0,
    variantsWritten: 0,
    variantsArchived: 0,
    changed: false,
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
        currency: p.currency,
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
        options: JSON.stringify(variantOptions(v)),
        price_cents: v.price_cents,
        compare_at_cents: v.compare_at_cents ?? null,
        stock: v.stock ?? 0,
        weight_grams: v.weight_grams ?? null,
        weight_unit: v.weight_unit ?? null,
        position,
        status: 'active' as const,
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
            options: eb.ref('excluded.options'),
            weight_grams: eb.ref('excluded.weight_grams'),
            weight_unit: eb.ref('excluded.weight_unit'),
            price_cents: eb.ref('excluded.price_cents'),
            compare_at_cents: eb.ref('excluded.compare_at_cents'),
            stock: eb.ref('excluded.stock'),
            position: eb.ref('excluded.position'),
            status: eb.ref('excluded.status'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    counts.variantsWritten += variantRows.length;
    // Variants dropped from a product in the file are archived: the file is the truth for products
    // it lists, but a cart line or saved item pointing at one must survive (a delete would cascade).
    const keep = new Set(variantRows.map((v) => v.sku));
    const current = await trx
      .selectFrom('variants')
      .select(['id', 'sku'])
      .where('product_id', 'in', productIds)
      .where('status', '=', 'active')
      .execute();
    const stale = current.filter((v) => !keep.has(v.sku)).map((v) => v.id);
    for (const sb of chunks(stale))
      await trx
        .updateTable('variants')
        .set({ status: 'archived', updated_at: now })
        .where('id', 'in', sb)
        .execute();
    counts.variantsArchived += stale.length;

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
  if (mode === 'replace') {
    counts.productsArchived = await archiveUnlisted(trx, input, now, opts.keep);
    await dropUnusedCategories(trx, input);
  }
  counts.changed = (await catalogDigest(trx)) !== before;
  counts.catalogVersion = counts.changed ? await bumpCatalogVersion(trx) : await getCatalogVersion(trx);
  return counts;
}

/**
 * A category without a Spanish name from the file gets one from the built-in vocabulary when it
 * knows every word (marked as the vocabulary's, not the shop's own words).
 */
function withSpanish(c: CategoryRecord): CategoryRecord {
  const synonyms = c.synonyms ?? [];
  if (c.name_es) return { ...c, name_es_origin: c.name_es_origin ?? null, synonyms };
  const es = spanishName(c.name).name;
  return { ...c, name_es: es, name_es_origin: es ? 'vocabulary' : null, synonyms };
}

/** The options to store: the record's, else the size and colour it has (the demo seed, old feeds). */
function variantOptions(v: VariantRecord): VariantOptions {
  if (v.options && Object.keys(v.options).length > 0) return v.options;
  return { ...(v.size ? { Size: v.size } : {}), ...(v.color ? { Color: v.color } : {}) };
}

/** Archives every product the input does not list; returns how many were not archived before. */
async function archiveUnlisted(
  trx: Kysely<Database>,
  input: { products: ProductRecord[] },
  now: string,
  keep: ReadonlySet<string> = new Set(),
): Promise<number> {
  const listed = new Set([...input.products.map((p) => p.handle), ...keep]);
  const live = await trx
    .selectFrom('products')
    .select(['id', 'handle'])
    .where('status', '<>', 'archived')
    .execute();
  const unlisted = live.filter((p) => !listed.has(p.handle)).map((p) => p.id);
  for (const batch of chunks(unlisted))
    await trx
      .updateTable('products')
      .set({ status: 'archived', updated_at: now })
      .where('id', 'in', batch)
      .execute();
  return unlisted.length;
}

/**
 * A replaced catalog keeps only the categories its live products use or its file defines, so the
 * words of a previous catalog's categories (the demo store's "rackets") stop steering search.
 */
async function dropUnusedCategories(
  trx: Kysely<Database>,
  input: { categories?: CategoryRecord[] },
): Promise<void> {
  const used = await trx
    .selectFrom('products')
    .select('category')
    .distinct()
    .where('status', '<>', 'archived')
    .execute();
  const keep = new Set([...(input.categories ?? []).map((c) => c.id), ...used.map((p) => p.category)]);
  const all = await trx.selectFrom('categories').select('id').execute();
  const unused = all.map((c) => c.id).filter((id) => !keep.has(id));
  for (const batch of chunks(unused)) await trx.deleteFrom('categories').where('id', 'in', batch).execute();
}
