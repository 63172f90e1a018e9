/**
 * Product details as the shop tools need them: product + variants (size, colour, stock, price)
 * straight from the database, in the shopper's language, and the ProductCard shown on screen.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { extraOptions, optionValues, type VariantOptions } from '../catalog/options.ts';
import { parseSpecs, type Specs } from '../catalog/search-specs.ts';
import { formatWeight } from '../catalog/weight.ts';
import type { Language, ProductCard } from '../contract.ts';
import { ShopError } from '../errors.ts';
import { toMajor } from '../money.ts';

export interface VariantDetail {
  id: string;
  sku: string;
  size: string | null;
  color: string | null;
  /** The options other than size and colour ({Length: "50 ft"}), in the catalog's order. */
  options: VariantOptions;
  priceCents: number;
  compareAtCents: number | null;
  stock: number;
  weightGrams: number | null;
  weightUnit: string | null;
}

export interface ProductDetail {
  id: string;
  name: string;
  brand: string;
  category: string;
  description: string;
  image: string;
  url: string;
  currency: string;
  tags: string[];
  variants: VariantDetail[];
}

function parseTags(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** Active products by id, in the order asked; unknown or inactive ids are left out. */
export async function loadProducts(
  db: Kysely<Database>,
  ids: readonly string[],
  language: Language,
): Promise<ProductDetail[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const products = await db
    .selectFrom('products')
    .selectAll()
    .where('id', 'in', unique)
    .where('status', '=', 'active')
    .execute();
  if (products.length === 0) return [];
  const variants = await db
    .selectFrom('variants')
    .selectAll()
    .where(
      'product_id',
      'in',
      products.map((p) => p.id),
    )
    .where('status', '=', 'active')
    .orderBy('product_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
  const byProduct = new Map<string, VariantDetail[]>();
  for (const v of variants) {
    const list = byProduct.get(v.product_id) ?? [];
    list.push({
      id: v.id,
      sku: v.sku,
      size: v.size,
      color: v.color,
      options: extraOptions(v.options),
      priceCents: v.price_cents,
      compareAtCents: v.compare_at_cents,
      stock: v.stock,
      weightGrams: v.weight_grams,
      weightUnit: v.weight_unit,
    });
    byProduct.set(v.product_id, list);
  }
  const details = new Map<string, ProductDetail>();
  for (const p of products) {
    details.set(p.id, {
      id: p.id,
      name: (language === 'es' && p.title_es) || p.title,
      brand: p.brand,
      category: p.category,
      description: (language === 'es' && p.description_es) || p.description,
      image: p.image ?? '',
      url: p.url ?? `/products/${p.handle}`,
      currency: p.currency,
      tags: parseTags(p.tags),
      variants: byProduct.get(p.id) ?? [],
    });
  }
  return unique.flatMap((id) => details.get(id) ?? []);
}

export async function loadProduct(
  db: Kysely<Database>,
  id: string,
  language: Language,
): Promise<ProductDetail> {
  const [p] = await loadProducts(db, [id], language);
  if (!p) {
    throw new ShopError(
      'not_found',
      `No product with id "${id}". Use search_products to find the right id.`,
      {
        productId: id,
      },
    );
  }
  return p;
}

function firstSentence(text: string, max = 160): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const end = plain.search(/[.!?](\s|$)/);
  const s = end > 0 ? plain.slice(0, end + 1) : plain;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function distinctAvailability(
  variants: VariantDetail[],
  key: 'size' | 'color',
): { value: string; inStock: boolean }[] {
  const seen = new Map<string, boolean>();
  for (const v of variants) {
    const value = v[key];
    if (value === null) continue;
    seen.set(value, (seen.get(value) ?? false) || v.stock > 0);
  }
  return [...seen].map(([value, inStock]) => ({ value, inStock }));
}

export function lowestPriceCents(p: ProductDetail): number {
  const inStock = p.variants.filter((v) => v.stock > 0);
  const pool = inStock.length > 0 ? inStock : p.variants;
  return pool.length > 0 ? Math.min(...pool.map((v) => v.priceCents)) : 0;
}

export function totalStock(p: ProductDetail): number {
  return p.variants.reduce((s, v) => s + Math.max(0, v.stock), 0);
}

export function toProductCard(p: ProductDetail): ProductCard {
  return {
    id: p.id,
    name: p.name,
    brand: p.brand,
    price: toMajor(lowestPriceCents(p), p.currency),
    currency: p.currency,
    image: p.image,
    url: p.url,
    summary: firstSentence(p.description),
    sizes: distinctAvailability(p.variants, 'size').map(({ value, inStock }) => ({ size: value, inStock })),
    colors: distinctAvailability(p.variants, 'color').map(({ value, inStock }) => ({
      color: value,
      inStock,
    })),
    ...(hasOptions(p) ? { options: optionAvailability(p.variants) } : {}),
    inStock: totalStock(p) > 0,
  };
}

function hasOptions(p: ProductDetail): boolean {
  return p.variants.some((v) => Object.keys(v.options).length > 0);
}

/** Each extra option with its values and whether any variant with that value is in stock. */
export function optionAvailability(
  variants: readonly VariantDetail[],
): { name: string; values: { value: string; inStock: boolean }[] }[] {
  return [...optionValues(variants)].map(([name, values]) => ({
    name,
    values: values.map((value) => ({
      value,
      inStock: variants.some((v) => v.options[name] === value && v.stock > 0),
    })),
  }));
}

/** Compact form for the LLM: what it may say about a product, nothing it should invent. */
export function productForLlm(p: ProductDetail) {
  const card = toProductCard(p);
  return {
    id: p.id,
    name: p.name,
    brand: p.brand,
    category: p.category,
    price: card.price,
    currency: p.currency,
    inStock: card.inStock,
    sizesInStock: card.sizes.filter((s) => s.inStock).map((s) => s.size),
    colorsInStock: card.colors.filter((c) => c.inStock).map((c) => c.color),
    ...(card.options
      ? {
          optionsInStock: Object.fromEntries(
            card.options.map((o) => [o.name, o.values.filter((v) => v.inStock).map((v) => v.value)]),
          ),
        }
      : {}),
    summary: card.summary,
  };
}

/** Figures the product's own text gives (weight, capacity, rating…), title and options first. */
export function productSpecs(p: Pick<ProductDetail, 'name' | 'tags' | 'description' | 'variants'>): Specs {
  const specs = parseSpecs(
    p.name,
    p.variants.map((v) => [v.size ?? '', ...Object.values(v.options)].join(' ')).join(' '),
    p.tags.join(', '),
    p.description,
  );
  // The catalog's own shipping weight beats none; a weight the product's text states is kept.
  const weighed = p.variants.filter((v) => v.weightGrams !== null);
  if (!specs.weight && weighed.length > 0) {
    const lightest = weighed.reduce((a, b) => (b.weightGrams! < a.weightGrams! ? b : a));
    specs.weight = {
      value: lightest.weightGrams!,
      text: formatWeight(lightest.weightGrams!, lightest.weightUnit),
    };
  }
  return specs;
}

/** The specs as the product's text says them ({weight: "1.2 kg"}), for the LLM. */
export function specTexts(p: Pick<ProductDetail, 'name' | 'tags' | 'description' | 'variants'>) {
  return Object.fromEntries(Object.entries(productSpecs(p)).map(([k, v]) => [k, v.text]));
}
