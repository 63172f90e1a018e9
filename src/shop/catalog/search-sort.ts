/**
 * Orders search candidates by price or by a spec parsed from each product's own text
 * ("lightest", "warmest", "biggest"). Products whose text gives no such figure come after the
 * ones that do, in relevance order: a superlative is never claimed for a product without data.
 */
import type { Kysely } from 'kysely';
import type { Database, Product, Variant } from '../../store/schema.ts';
import { extraOptions } from './options.ts';
import { parseSpecs, SORTS, type SortName, sortValue } from './search-specs.ts';
import { formatWeight } from './weight.ts';

const CHUNK = 500;

export async function sortProducts<T extends { p: Pick<Product, 'id' | 'title' | 'tags'>; score: number }>(
  db: Kysely<Database>,
  scored: T[],
  sort: SortName,
  variantOk: (v: Variant) => boolean,
): Promise<T[]> {
  const ids = scored.map((s) => s.p.id);
  const descriptions = new Map<string, string>();
  const variants = new Map<string, Variant[]>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    for (const r of await db
      .selectFrom('products')
      .select(['id', 'description'])
      .where('id', 'in', part)
      .execute())
      descriptions.set(r.id, r.description);
    for (const v of await db
      .selectFrom('variants')
      .selectAll()
      .where('product_id', 'in', part)
      .where('status', '=', 'active')
      .execute())
      variants.set(v.product_id, [...(variants.get(v.product_id) ?? []), v]);
  }
  const desc = SORTS[sort].desc;
  const keyed = scored.map((s, rank) => {
    const vs = variants.get(s.p.id) ?? [];
    const ok = vs.filter(variantOk);
    const pool = ok.filter((v) => v.stock > 0).length ? ok.filter((v) => v.stock > 0) : ok.length ? ok : vs;
    const price = pool.length ? Math.min(...pool.map((v) => v.price_cents)) / 100 : Number.NaN;
    const options = vs
      .map((v) => [v.size ?? '', ...Object.values(extraOptions(v.options))].join(' '))
      .join(' ');
    const tags = (JSON.parse(s.p.tags) as string[]).join(', ');
    const specs = parseSpecs(s.p.title, options, tags, descriptions.get(s.p.id) ?? '');
    // No weight in the text: the catalog's own shipping weight (Shopify's Variant Grams) still counts.
    const grams = vs.flatMap((v) => (v.weight_grams !== null ? [v.weight_grams] : []));
    if (!specs.weight && grams.length > 0)
      specs.weight = { value: Math.min(...grams), text: formatWeight(Math.min(...grams), null) };
    const value = sortValue(sort, specs, price);
    return { s, rank, value: value !== undefined && Number.isFinite(value) ? value : undefined };
  });
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined)
      return a.value === undefined && b.value === undefined
        ? a.rank - b.rank
        : a.value === undefined
          ? 1
          : -1;
    return (desc ? b.value - a.value : a.value - b.value) || a.rank - b.rank;
  });
  return keyed.map((k) => k.s);
}
