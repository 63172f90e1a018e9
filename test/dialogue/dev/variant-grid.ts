/**
 * Builds a development product's Shopify rows from its options: every combination of the option
 * values is a variant, priced by the product's price plus what a value adds, with the listed
 * combinations sold out ("60 m", "Lava", "60 m/Lava": a value or a whole combination).
 */
import type { ShopifyRow } from './shopify-csv.ts';

export interface GridProduct {
  handle: string;
  title: string;
  body: string;
  vendor: string;
  type: string;
  tags: string;
  price: number;
  /** Option name → its values in the catalog's order; none: a single "Default Title" variant. */
  options?: Record<string, string[]>;
  /** Value → what it adds to the price. */
  surcharge?: Record<string, number>;
  soldOut?: string[];
}

/** A plain product of a title and a type: its handle, vendor (the first word) and tags follow from them. */
export const gridProduct = (
  title: string,
  type: string,
  price: number,
  extra: Partial<GridProduct> = {},
): GridProduct => ({
  handle: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  title,
  body: `<p>${title}.</p>`,
  vendor: title.split(' ')[0]!,
  type,
  tags: type.toLowerCase(),
  price,
  ...extra,
});

const combinations = (lists: string[][]): string[][] =>
  lists.reduce<string[][]>((acc, values) => acc.flatMap((prefix) => values.map((v) => [...prefix, v])), [[]]);

export function gridRow(p: GridProduct): ShopifyRow {
  const { options, surcharge = {}, soldOut = [], price, ...columns } = p;
  if (!options) return { ...columns, options: ['Title'], variants: [[['Default Title'], 8, price]] };
  const out = new Set(soldOut);
  const variants = combinations(Object.values(options)).map((values): [string[], number, number] => {
    const gone = values.some((v) => out.has(v)) || out.has(values.join('/'));
    const extra = values.reduce((sum, v) => sum + (surcharge[v] ?? 0), 0);
    return [values, gone ? 0 : 8, price + extra];
  });
  return { ...columns, options: Object.keys(options), variants };
}
