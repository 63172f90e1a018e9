/** Expands the demo product list into catalog records: variants per size × colour, deterministic stock. */
import type { ProductRecord } from '../catalog/writer.ts';
import { DEMO_CATEGORIES } from './categories.ts';
import { DEMO_PRODUCTS, type DemoProduct, SIZE_RUNS } from './products.ts';

/** Fixed facts tests and demos can rely on. */
export const DEMO_OUT_OF_STOCK_PRODUCT = 'terra-summit-w';
export const DEMO_OUT_OF_STOCK_SKUS = new Set([
  'stride-pace-runner-black-44',
  'stride-pace-runner-black-45',
  'northpeak-storm-jacket-yellow-M',
  'alba-essential-hoodie-navy-L',
]);

export function demoSku(handle: string, color: string, size: string | null): string {
  return `${handle}-${color}${size ? `-${size}` : ''}`;
}

/** FNV-1a: a stable hash so demo stock never changes between runs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function demoStock(product: DemoProduct, sku: string): number {
  if (product.handle === DEMO_OUT_OF_STOCK_PRODUCT || DEMO_OUT_OF_STOCK_SKUS.has(sku)) return 0;
  const h = hash(sku);
  // About one variant in nine is sold out; the rest hold 1–14 units.
  return h % 9 === 0 ? 0 : 1 + (h % 14);
}

export function demoProductRecords(): ProductRecord[] {
  return DEMO_PRODUCTS.map((d) => ({
    handle: d.handle,
    title: d.title,
    title_es: d.titleEs,
    description: d.description,
    description_es: d.descriptionEs,
    brand: d.brand,
    category: d.category,
    product_type: DEMO_CATEGORIES.find((c) => c.id === d.category)?.name ?? d.category,
    tags: d.tags,
    status: 'active',
    image: `/images/${d.handle}.svg`,
    url: `/products/${d.handle}`,
    currency: 'EUR',
    variants: d.colors.flatMap((color) =>
      SIZE_RUNS[d.sizes].map((size) => {
        const sku = demoSku(d.handle, color, size);
        return {
          sku,
          size,
          color,
          price_cents: d.price,
          compare_at_cents: d.compareAt ?? null,
          stock: demoStock(d, sku),
        };
      }),
    ),
  }));
}
