/**
 * Size/colour availability and comparisons over loaded product details. Stock and prices here
 * are the database's, so whatever the assistant says about them is grounded.
 */

import { optionValues } from '../catalog/options.ts';
import { bestColors } from '../catalog/search-colors.ts';
import { ShopError } from '../errors.ts';
import { toMajor } from '../money.ts';
import {
  lowestPriceCents,
  type ProductDetail,
  specTexts,
  totalStock,
  type VariantDetail,
} from './details.ts';
import { describeOptionValues, matchOptions, type OptionWish, optionAlternatives } from './option-match.ts';
import { colorKey, matchVariants } from './variant-match.ts';

export interface VariantWish extends OptionWish {
  variantId?: string | undefined;
  size?: string | undefined;
  color?: string | undefined;
}

function options(p: ProductDetail) {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];
  return {
    sizes: uniq(p.variants.map((v) => v.size)),
    colors: uniq(p.variants.map((v) => v.color)),
    options: Object.fromEntries(optionValues(p.variants)),
  };
}

/**
 * A size or colour said for a product that has none, or that names none of its sizes/colours but
 * one of its other options ("size 100 ml" of a perfume sold by Volume), is read as that option.
 */
function normalizeWish(p: ProductDetail, wish: VariantWish): VariantWish {
  const out: VariantWish = { ...wish, ...familyShade(p, wish.color) };
  const extra: string[] = [];
  for (const key of ['size', 'color'] as const) {
    const said = wish[key];
    if (!said) continue;
    const named = matchVariants(p.variants, { [key]: said }).length > 0;
    if (!named && matchOptions(p.variants, { option: said }).unmatched.length === 0) {
      out[key] = undefined;
      extra.push(said);
    }
  }
  if (extra.length > 0) out.option = [wish.option, ...extra].filter(Boolean).join(' ');
  return out;
}

/**
 * "Purple" of a kit sold in Navy, Teal and Plum, "grey" of a board in Graphite: a colour word no
 * variant carries, whose family has exactly one of the product's colours, means that colour
 * (sold out or not: the cart then refuses it with what is in stock, instead of "does not come in").
 */
function familyShade(p: ProductDetail, said: string | undefined): { color?: string } {
  if (!said || matchVariants(p.variants, { color: said }).length > 0) return {};
  const colors = [...new Set(p.variants.map((v) => v.color).filter((c): c is string => c !== null))];
  const shades = bestColors(colors, said);
  return shades.length === 1 ? { color: shades[0]! } : {};
}

/** Variants fitting every part of the wish, and what of it fits nothing. */
function matchWish(p: ProductDetail, wish: VariantWish): { matches: VariantDetail[]; unmatched: string[] } {
  const bySizeColor = matchVariants(p.variants, wish);
  const { variants, unmatched } = matchOptions(bySizeColor, wish);
  // An option value the product has but not in the asked size/colour is a mismatch, not "unknown".
  const known = matchOptions(p.variants, wish).unmatched;
  return { matches: unmatched.length > known.length ? [] : variants, unmatched: known };
}

const sameChoice = (a: VariantDetail, b: VariantDetail) =>
  a.size === b.size && a.color === b.color && JSON.stringify(a.options) === JSON.stringify(b.options);

/** The one variant the shopper means, or a typed error saying what is missing or wrong. */
export function resolveVariant(
  p: ProductDetail,
  wish: VariantWish,
  /** For the cart: several choices left that are all sold out is a refusal, not a question. */
  opts: { quantity?: number } = {},
): VariantDetail {
  if (wish.variantId) {
    const v = p.variants.find((x) => x.id === wish.variantId);
    if (!v) throw new ShopError('not_found', `Variant "${wish.variantId}" is not a variant of ${p.name}.`);
    return v;
  }
  if (p.variants.length === 0) throw new ShopError('out_of_stock', `${p.name} is not available.`);
  const w = normalizeWish(p, wish);
  const { matches, unmatched } = matchWish(p, w);
  if (matches.length === 0 || unmatched.length > 0) {
    const o = options(p);
    const asked = unmatched.length > 0 ? unmatched : [w.option, ...Object.values(w.options ?? {})];
    const said = [w.size && `size ${w.size}`, w.color, ...asked].filter(Boolean).join(', ');
    const others = describeOptionValues(p.variants);
    throw new ShopError(
      'not_found',
      `${p.name} does not come in ${said || 'that combination'}. ` +
        `Sizes: ${o.sizes.join(', ') || 'none'}; colours: ${o.colors.join(', ') || 'none'}` +
        `${others ? `; ${others}` : ''}.`,
      o,
    );
  }
  if (matches.length === 1) return matches[0]!;
  const inStock = matches.filter((v) => v.stock > 0);
  // Twin variants (same options, different SKUs) are one choice: any of them in stock will do.
  if (inStock.length > 0 && matches.every((v) => sameChoice(v, matches[0]!))) return inStock[0]!;
  if (opts.quantity !== undefined && matches.every((v) => v.stock <= 0)) {
    const a = checkAvailability(p, { ...w, quantity: opts.quantity });
    const offers = [
      a.alternatives.sizes.length > 0 && `sizes ${a.alternatives.sizes.join(', ')}`,
      a.alternatives.colors.length > 0 && `colours ${a.alternatives.colors.join(', ')}`,
      ...Object.entries(a.alternatives.options).map(([name, vals]) => `${name} ${vals.join(', ')}`),
    ].filter(Boolean);
    const said = [w.size && `size ${w.size}`, w.color, w.option, ...Object.values(w.options ?? {})]
      .filter(Boolean)
      .join(', ');
    throw new ShopError(
      'out_of_stock',
      `${p.name}${said ? ` (${said})` : ''} is sold out in every variant.` +
        `${offers.length > 0 ? ` In stock: ${offers.join('; ')}.` : ' Nothing else of it is in stock.'}` +
        ' Do not add another variant unless the shopper picks one.',
      { stock: 0, inCart: 0, inStock: a.alternatives },
    );
  }
  // The choices left are the ones that can be bought ("king" comes in Sage and Charcoal when Cream
  // is sold out); when stock leaves only one, every choice is named (the shopper may have said
  // the sold-out one in words the tool did not get).
  const choicesOf = (vs: VariantDetail[]) => {
    const sizes = [...new Set(vs.map((v) => v.size).filter((x): x is string => x !== null))];
    const colors = [...new Set(vs.map((v) => v.color).filter((x): x is string => x !== null))];
    const open = [...optionValues(vs)].filter(([, vals]) => vals.length > 1);
    return { sizes, colors, open, any: sizes.length > 1 || colors.length > 1 || open.length > 0 };
  };
  const buyable = choicesOf(inStock);
  const { sizes, colors, open } = buyable.any ? buyable : choicesOf(matches);
  const missing = [
    sizes.length > 1 && 'size',
    colors.length > 1 && 'colour',
    ...open.map(([name]) => name),
  ].filter(Boolean);
  const choices = [
    sizes.length > 1 && `sizes ${sizes.join(', ')}`,
    colors.length > 1 && `colours ${colors.join(', ')}`,
    ...open.map(([name, vals]) => `${name} ${vals.join(', ')}`),
  ]
    .filter(Boolean)
    .join('; ');
  throw new ShopError(
    'variant_required',
    `Which ${missing.join(' and ') || 'variant'} of ${p.name}? Ask the shopper (${choices || 'see get_product'}).`,
    { sizes, colors, options: Object.fromEntries(open) },
  );
}

export interface Availability {
  productId: string;
  name: string;
  size: string | null;
  color: string | null;
  /** The other options asked for, as said. */
  options: Record<string, string>;
  quantity: number;
  available: boolean;
  /** Units in stock across the matching variants. */
  stock: number;
  price: number;
  currency: string;
  /**
   * What is in stock when the wish is not: sizes in the asked colour, colours in the asked size,
   * and the in-stock values of each other option in the asked size/colour.
   */
  alternatives: { sizes: string[]; colors: string[]; options: Record<string, string[]> };
  knownOptions: { sizes: string[]; colors: string[]; options: Record<string, string[]> };
  /** Parts of the wish the product has no option value for. */
  unknown?: string[];
}

export function checkAvailability(
  p: ProductDetail,
  wish: Omit<VariantWish, 'variantId'> & { quantity?: number | undefined },
): Availability {
  const quantity = wish.quantity ?? 1;
  const w = normalizeWish(p, wish);
  const { matches, unmatched } = matchWish(p, w);
  const stock = matches.reduce((s, v) => s + Math.max(0, v.stock), 0);
  const best = matches.find((v) => v.stock >= quantity) ?? matches[0];
  const available = unmatched.length === 0 && matches.some((v) => v.stock >= quantity);
  const narrowed = (vs: VariantDetail[]) => matchOptions(vs, w).variants;
  const sameColor = narrowed(w.color ? matchVariants(p.variants, { color: w.color }) : p.variants);
  const sameSize = narrowed(w.size ? matchVariants(p.variants, { size: w.size }) : p.variants);
  const inStockValues = (vs: VariantDetail[], key: 'size' | 'color') => [
    ...new Set(vs.filter((v) => v.stock >= quantity && v[key] !== null).map((v) => v[key] as string)),
  ];
  const sameSizeColor = matchVariants(p.variants, { size: w.size, color: w.color });
  const optionsInStock = Object.fromEntries(optionValues(sameSizeColor.filter((v) => v.stock >= quantity)));
  const asked = { ...(w.options ?? {}), ...(w.option ? { option: w.option } : {}) };
  return {
    productId: p.id,
    name: p.name,
    size: w.size ?? null,
    color: w.color ?? null,
    options: asked,
    quantity,
    available,
    stock,
    price: toMajor(best ? best.priceCents : lowestPriceCents(p), p.currency),
    currency: p.currency,
    alternatives: available
      ? { sizes: [], colors: [], options: {} }
      : {
          sizes: inStockValues(sameColor, 'size'),
          colors: inStockValues(sameSize, 'color'),
          options: optionsInStock,
        },
    knownOptions: options(p),
    ...(unmatched.length > 0 ? { unknown: unmatched } : {}),
  };
}

/** In-stock alternatives to a sold-out variant in each of its other options (same size, colour, rest). */
export function optionAlternativesFor(
  p: ProductDetail,
  variant: VariantDetail,
  quantity: number,
): Record<string, string[]> {
  return optionAlternatives(
    p.variants,
    variant,
    quantity,
    (a, b) => a.size === b.size && a.color === b.color,
  );
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
  /** The product's own text: figures only a description gives (a warranty, a power reserve) are compared from it. */
  description: string;
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
    description: p.description,
  }));
  const cheapest = rows.filter((r) => r.inStock).sort((a, b) => a.price - b.price)[0] ?? null;
  const differences: Record<string, string[]> = {};
  for (const r of rows) {
    differences[r.id] = r.tags.filter((t) => !rows.every((o) => o.tags.includes(t)));
  }
  return { products: rows, cheapestId: cheapest?.id ?? null, differences };
}
