/**
 * Which Shopify products-export columns the importer reads, the owner's Spanish category column,
 * and the weight columns. Everything else is reported, not silently dropped.
 */
import { GRAMS_PER } from '../weight.ts';

/** Lower-cased headers the importer reads. */
export const READ_COLUMNS = new Set(
  [
    'Handle',
    'Title',
    'Body (HTML)',
    'Vendor',
    'Type',
    'Product Category',
    'Tags',
    'Published',
    'Status',
    'Option1 Name',
    'Option1 Value',
    'Option2 Name',
    'Option2 Value',
    'Option3 Name',
    'Option3 Value',
    'Variant SKU',
    'Variant Price',
    'Variant Compare At Price',
    'Variant Inventory Qty',
    'Variant Grams',
    'Variant Weight Unit',
    'Image Src',
    'Image Position',
    'Image Alt Text',
  ].map((c) => c.toLowerCase()),
);

/**
 * Headers (lower case) an owner can add to give the Spanish name of a product's Type, i.e. of its
 * category ("Regaderas" next to "Watering Cans").
 */
export const SPANISH_TYPE_COLUMNS = ['type es', 'type (es)', 'product type es', 'name_es', 'category es'];

/**
 * Columns with data the import has no place for (barcodes, SEO, tax, metafields…), in file order,
 * so the owner knows what Voice Shopper left out.
 */
export function unreadColumns(header: string[], rows: string[][]): string[] {
  return header.filter((h, i) => {
    const key = h.trim().toLowerCase();
    if (!key || READ_COLUMNS.has(key) || SPANISH_TYPE_COLUMNS.includes(key)) return false;
    return rows.some((r) => (r[i] ?? '').trim() !== '');
  });
}

export interface ParsedWeight {
  grams: number | null;
  unit: string | null;
  error?: string;
  warning?: string;
}

/**
 * Shopify's `Variant Grams` is the weight in grams whatever the shop shows; `Variant Weight Unit`
 * is the unit it shows it in. 0 (Shopify's default) or empty means no weight was given.
 */
export function variantWeight(gramsText: string, unitText: string): ParsedWeight {
  const unitKey = unitText.trim().toLowerCase().replace(/s$/, '');
  let unit: string | null = unitKey && unitKey in GRAMS_PER ? unitKey : null;
  let warning: string | undefined;
  if (unitKey && !unit) {
    warning = `Variant Weight Unit "${unitText}" is not g, kg, lb or oz: the weight is stated in grams`;
    unit = 'g';
  }
  if (!gramsText) return { grams: null, unit: null, ...(warning ? { warning } : {}) };
  if (!/^\d{1,9}(\.\d+)?$/.test(gramsText))
    return {
      grams: null,
      unit: null,
      error: `Variant Grams "${gramsText}" is not a weight in grams like 450`,
    };
  const grams = Math.round(Number(gramsText));
  if (grams === 0) return { grams: null, unit: null };
  return { grams, unit: unit ?? 'g', ...(warning ? { warning } : {}) };
}
