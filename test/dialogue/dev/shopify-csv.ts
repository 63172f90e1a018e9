/**
 * Writes a development catalog as a Shopify products export: one line per variant, the product's
 * own columns only on its first line (as Shopify exports them), up to three options.
 */
const HEADER =
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Variant Weight Unit,Status';

export interface ShopifyRow {
  handle: string;
  title: string;
  body: string;
  vendor: string;
  type: string;
  tags: string;
  /** Option names, in the catalog's order (a product with no options: ['Title'], values ['Default Title']). */
  options: string[];
  /** values (one per option), stock, price */
  variants: [string[], number, number][];
}

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function shopifyCsv(rows: ShopifyRow[], variantGrams: number): string {
  const lines = [HEADER];
  for (const r of rows)
    r.variants.forEach(([values, stock, price], i) => {
      const first = i === 0;
      const options: string[] = [];
      for (let k = 0; k < 3; k++) {
        const name = r.options[k];
        options.push(first && name ? name : '', name ? (values[k] ?? '') : '');
      }
      const cells = [
        r.handle,
        first ? r.title : '',
        first ? r.body : '',
        first ? r.vendor : '',
        first ? r.type : '',
        first ? r.tags : '',
        first ? 'true' : '',
        ...options,
        `${r.handle.toUpperCase()}-${i}`,
        String(variantGrams),
        String(stock),
        price.toFixed(2),
        'g',
        first ? 'active' : '',
      ];
      lines.push(cells.map(quote).join(','));
    });
  return `${lines.join('\n')}\n`;
}
