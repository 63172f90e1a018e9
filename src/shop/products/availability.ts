/**
 * Size/colour availability and comparisons over loaded product details. Stock and prices here
 * are the database's, so whatever the assistant says about them is grounded.
 */
import { ShopError } from '../errors.ts';
import { toMajor } from '../money.ts';
import {
  lowestPriceCents,
  type ProductDetail,
  specTexts,
  totalStock,
  type VariantDetail,
} from './details.ts';
import { colorKey, matchVariants } from './variant-match.ts';

export interface VariantWish {
  variantId?: string | undefined;
  size?: string | undefined;
  color?: string | undefined;
}

function options(p: ProductDetail) {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];
  return {
    sizes: uniq(p.variants.map((v) => v.size)),
    colors: uniq(p.variants.map((v) => v.color)),
  };
}

/** The one variant the shopper means, or a typed error saying what is missing or wrong. */
export function resolveVariant(p: ProductDetail, wish: VariantWish): VariantDetail {
  if (wish.variantId) {
    const v = p.variants.find((x) => x.id === wish.variantId);
    if (!v) throw new ShopError('not_found', `Variant "${wish.variantId}" is not a variant of ${p.name}.`);
    return v;
  }
  if (p.variants.length === 0) throw new ShopError('out_of_stock', `${p.name} is not available.`);
  const matches = matchVariants(p.variants, wish);
  if (matches.length === 0) {
    const o = options(p);
    throw new ShopError(
      'not_found',
      `${p.name} does not come in ${[wish.size && `size ${wish.size}`, wish.color].filter(Boolean).join(', ')}. ` +
        `Sizes: ${o.sizes.join(', ') || 'none'}; colours: ${o.colors.join(', ') || 'none'}.`,
      o,
    );
  }
  if (matches.length === 1) return matches[0]!;
  const inStock = matches.filter((v) => v.stock > 0);
  if (inStock.length === 1 && new Set(matches.map((v) => `${v.size}|${v.color}`)).size === 1)
    return inStock[0]!;
  const missing = [!wish.size && 'size', !wish.color && 'colour'].filter(Boolean).join(' and ');
  const sizes = [...new Set(matches.map((v) => v.size).filter((x): x is string => x !== null))];
  const colors = [...new Set(matches.map((v) => v.color).filter((x): x is string => x !== null))];
  const choices = [
    sizes.length > 1 && `sizes ${sizes.join(', ')}`,
    colors.length > 1 && `colours ${colors.join(', ')}`,
  ]
    .filter(Boolean)
    .join('; ');
  throw new ShopError(
    'variant_required',
    `Which ${missing || 'variant'} of ${p.name}? Ask the shopper (${choices || 'see get_product'}).`,
    { sizes, colors },
  );
}

export interface Availability {
  productId: string;
  name: string;
  size: string | null;
  color: string | null;
  quantity: number;
  available: boolean;
  /** Units in stock across the matching variants. */
  stock: number;
  price: number;
  currency: string;
  /** Other options in stock when the wish is not: sizes in the asked colour, colours in the asked size. */
  alternatives: { sizes: string[]; colors: string[] };
  knownOptions: { sizes: string[]; colors: string[] };
}

export function checkAvailability(
  p: ProductDetail,
  wish: { size?: string | undefined; color?: string | undefined; quantity?: number | undefined },
): Availability {
  const quantity = wish.quantity ?? 1;
  const matches = matchVariants(p.variants, wish);
  const stock = matches.reduce((s, v) => s + Math.max(0, v.stock), 0);
  const best = matches.find((v) => v.stock >= quantity) ?? matches[0];
  const available = matches.some((v) => v.stock >= quantity);
  const sameColor = wish.color ? matchVariants(p.variants, { color: wish.color }) : p.variants;
  const sameSize = wish.size ? matchVariants(p.variants, { size: wish.size }) : p.variants;
  const inStockValues = (vs: VariantDetail[], key: 'size' | 'color') => [
    ...new Set(vs.filter((v) => v.stock >= quantity && v[key] !== null).map((v) => v[key] as string)),
  ];
  return {
    productId: p.id,
    name: p.name,
    size: wish.size ?? null,
    color: wish.color ?? null,
    quantity,
    available,
    stock,
    price: toMajor(best ? best.priceCents : lowestPriceCents(p), p.currency),
    currency: p.currency,
    alternatives: available
      ? { sizes: [], colors: [] }
      : { sizes: inStockValues(sameColor, 'size'), colors: inStockValues(sameSize, 'color') },
    knownOptions: options(p),
  };
}

export interface ComparisonRow {
  id: string;
  name: string;
  brand: string;
  price: number;
  currency: string;
  inStock: boolean;
  sizesInStock: string[];
  colorsInStock: string[];
  tags: string[];
  /** Figures from the product's text ({weight: "440 g"}): what a "which is lighter" is answered from. */
  specs: Record<string, string>;
}

export interface Comparison {
  products: ComparisonRow[];
  cheapestId: string | null;
  /** Tags only some of the products have: what actually tells them apart. */
  differences: Record<string, string[]>;
}

export function compareProducts(products: readonly ProductDetail[]): Comparison {
  const rows: ComparisonRow[] = products.map((p) => ({
    id: p.id,
    name: p.name,
    brand: p.brand,
    price: toMajor(lowestPriceCents(p), p.currency),
    currency: p.currency,
    inStock: totalStock(p) > 0,
    sizesInStock: [...new Set(p.variants.filter((v) => v.stock > 0 && v.size).map((v) => v.size as string))],
    colorsInStock: [
      ...new Set(p.variants.filter((v) => v.stock > 0 && v.color).map((v) => colorKey(v.color as string))),
    ],
    tags: p.tags,
    specs: specTexts(p),
  }));
  const cheapest = rows.filter((r) => r.inStock).sort((a, b) => a.price - b.price)[0] ?? null;
  const differences: Record<string, string[]> = {};
  for (const r of rows) {
    differences[r.id] = r.tags.filter((t) => !rows.every((o) => o.tags.includes(t)));
  }
  return { products: rows, cheapestId: cheapest?.id ?? null, differences };
}
