/** Product read models for tools and UI: ProductCard (contract.ts) and full product details. */
import type { Kysely } from 'kysely';
import type { Database, Product, Variant } from '../../store/schema.ts';
import type { Language, ProductCard } from '../contract.ts';
import { colorName } from './lexicon.ts';
import { extraOptions, type VariantOptions } from './options.ts';

export interface VariantView {
  id: string;
  sku: string;
  size: string | null;
  color: string | null;
  /** Colour as shoppers of the requested language say it. */
  colorLabel: string | null;
  /** Options other than size and colour ({Length: "50 ft"}). */
  options: VariantOptions;
  weightGrams: number | null;
  weightUnit: string | null;
  price: number;
  compareAtPrice: number | null;
  stock: number;
  inStock: boolean;
}

export interface ProductDetails extends ProductCard {
  handle: string;
  category: string;
  description: string;
  tags: string[];
  variants: VariantView[];
}

export const toMajor = (cents: number) => Math.round(cents) / 100;

export function localizedTitle(p: Pick<Product, 'title' | 'title_es'>, language: Language): string {
  return language === 'es' && p.title_es ? p.title_es : p.title;
}

function summaryOf(text: string): string {
  const first = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  return first.length > 160 ? `${first.slice(0, 157).trimEnd()}…` : first;
}

function orderSizes(sizes: string[]): string[] {
  const apparel = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL'];
  return sizes.sort((a, b) => {
    const ia = apparel.indexOf(a.toUpperCase());
    const ib = apparel.indexOf(b.toUpperCase());
    if (ia >= 0 && ib >= 0) return ia - ib;
    const na = Number.parseFloat(a);
    const nb = Number.parseFloat(b);
    if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
    return a.localeCompare(b);
  });
}

export function buildCard(
  p: Product,
  variants: Variant[],
  language: Language,
  /** Variants that satisfied the search filters; the card's price is their lowest. */
  priced: Variant[] = variants,
): ProductCard {
  const sizes = new Map<string, boolean>();
  const colors = new Map<string, boolean>();
  for (const v of variants) {
    if (v.size) sizes.set(v.size, (sizes.get(v.size) ?? false) || v.stock > 0);
    if (v.color) colors.set(v.color, (colors.get(v.color) ?? false) || v.stock > 0);
  }
  const options = new Map<string, Map<string, boolean>>();
  for (const v of variants) {
    for (const [name, value] of Object.entries(extraOptions(v.options))) {
      const values = options.get(name) ?? new Map<string, boolean>();
      values.set(value, (values.get(value) ?? false) || v.stock > 0);
      options.set(name, values);
    }
  }
  const prices = (priced.length > 0 ? priced : variants).map((v) => v.price_cents);
  const description = language === 'es' && p.description_es ? p.description_es : p.description;
  return {
    id: p.id,
    name: localizedTitle(p, language),
    brand: p.brand,
    price: prices.length > 0 ? toMajor(Math.min(...prices)) : 0,
    currency: p.currency,
    image: p.image ?? `/images/${p.handle}.svg`,
    url: p.url ?? `/products/${p.handle}`,
    summary: summaryOf(description),
    sizes: orderSizes([...sizes.keys()]).map((size) => ({ size, inStock: sizes.get(size)! })),
    colors: [...colors].map(([color, inStock]) => ({ color: colorName(color, language), inStock })),
    ...(options.size > 0
      ? {
          options: [...options].map(([name, values]) => ({
            name,
            values: [...values].map(([value, inStock]) => ({ value, inStock })),
          })),
        }
      : {}),
    inStock: variants.some((v) => v.stock > 0),
  };
}

async function variantsByProduct(db: Kysely<Database>, ids: string[]): Promise<Map<string, Variant[]>> {
  const out = new Map<string, Variant[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('variants')
    .selectAll()
    .where('product_id', 'in', ids)
    .where('status', '=', 'active')
    .orderBy('position')
    .execute();
  for (const v of rows) {
    const list = out.get(v.product_id) ?? [];
    list.push(v);
    out.set(v.product_id, list);
  }
  return out;
}

/** Cards for the given product ids, in the given order (unknown and archived ids are left out). */
export async function getProductCards(
  db: Kysely<Database>,
  ids: string[],
  language: Language,
): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const products = await db
    .selectFrom('products')
    .selectAll()
    .where('id', 'in', ids)
    .where('status', '=', 'active')
    .execute();
  const variants = await variantsByProduct(db, ids);
  const byId = new Map(products.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    return p ? [buildCard(p, variants.get(id) ?? [], language)] : [];
  });
}

/** A product by id or handle, with every variant; null when it does not exist or is not active. */
export async function getProductDetails(
  db: Kysely<Database>,
  idOrHandle: string,
  language: Language,
): Promise<ProductDetails | null> {
  const p = await db
    .selectFrom('products')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrHandle), eb('handle', '=', idOrHandle)]))
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!p) return null;
  const variants = (await variantsByProduct(db, [p.id])).get(p.id) ?? [];
  const card = buildCard(p, variants, language);
  return {
    ...card,
    handle: p.handle,
    category: p.category,
    description: language === 'es' && p.description_es ? p.description_es : p.description,
    tags: JSON.parse(p.tags) as string[],
    variants: variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      size: v.size,
      color: v.color,
      colorLabel: v.color ? colorName(v.color, language) : null,
      options: extraOptions(v.options),
      weightGrams: v.weight_grams,
      weightUnit: v.weight_unit,
      price: toMajor(v.price_cents),
      compareAtPrice: v.compare_at_cents === null ? null : toMajor(v.compare_at_cents),
      stock: v.stock,
      inStock: v.stock > 0,
    })),
  };
}
