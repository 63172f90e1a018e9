/**
 * The project's own catalog format. `docs/catalog.schema.json` is generated from these zod
 * schemas (`npm run` not needed: `node src/shop/catalog/import/write-json-schema.ts`).
 */
import { z } from 'zod';
import type { ImportIssue } from './errors.ts';

const handle = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'handle must be lower-case letters, digits and dashes ("trail-runner-2")')
  .max(200);

/** Prices in major units (89.99), converted to integer cents on import. */
const price = z.number().nonnegative().max(10_000_000);

export const catalogVariantSchema = z
  .object({
    sku: z.string().min(1).max(100).describe('Stock keeping unit, unique across the catalog'),
    size: z.string().min(1).max(40).optional().describe('Size as shoppers say it ("42", "M", "10.5")'),
    color: z.string().min(1).max(60).optional().describe('Colour name, preferably in English ("black")'),
    options: z
      .record(z.string().trim().min(1).max(60), z.string().trim().min(1).max(100))
      .optional()
      .describe(
        'Every other option, name → value as shoppers see it ({"Length": "50 ft"}, {"Pieces": "1000"}); ' +
          'a size-like ("Size", "Talla") or colour-like name may stand for size / color',
      ),
    weight: z
      .object({ value: z.number().positive().max(10_000_000), unit: z.enum(['g', 'kg', 'lb', 'oz']) })
      .strict()
      .optional()
      .describe('Weight of one unit, in the unit the shop states it in'),
    price: price.describe('Price in major currency units (89.99)'),
    compareAtPrice: price.optional().describe('Original price when the item is on sale'),
    stock: z
      .number()
      .int()
      .default(0)
      .describe('Units in stock; a negative count (oversold) imports as 0, sold out, with a warning'),
  })
  .strict();

export const catalogProductSchema = z
  .object({
    handle: handle.describe('Stable unique identifier; re-importing updates the product with this handle'),
    title: z.string().min(1).max(300),
    titleEs: z.string().min(1).max(300).optional().describe('Spanish title'),
    description: z.string().max(20_000).default(''),
    descriptionEs: z.string().max(20_000).optional(),
    brand: z.string().max(100).default(''),
    category: z
      .string()
      .max(100)
      .optional()
      .describe('Category id (see categories); defaults to a slug of productType'),
    productType: z.string().max(100).default(''),
    tags: z.array(z.string().min(1).max(60)).default([]),
    status: z.enum(['active', 'draft', 'archived']).default('active'),
    images: z
      .array(z.object({ url: z.string().min(1), alt: z.string().optional() }).strict())
      .default([])
      .describe('Image URLs; the first is the main image. Empty: the server generates one.'),
    url: z.string().optional().describe('Product page URL'),
    variants: z.array(catalogVariantSchema).min(1, 'a product needs at least one variant'),
  })
  .strict();

export const catalogCategorySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'category id must be a lower-case slug'),
    name: z.string().min(1),
    nameEs: z.string().min(1).optional(),
    synonyms: z.array(z.string().min(1)).default([]).describe('Other words for it, any language'),
  })
  .strict();

export const catalogFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('voice-shopper-catalog').describe('Marks the file as this format'),
    version: z.literal(1),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'ISO 4217 code like "EUR"')
      .optional()
      .describe(
        "ISO 4217 code of every price; when absent, the import's --currency / CATALOG_CURRENCY (default EUR)",
      ),
    categories: z.array(catalogCategorySchema).default([]),
    products: z
      .array(z.unknown())
      .describe('Products; each is validated on its own so every bad one is reported'),
  })
  .strict();

export type CatalogProduct = z.infer<typeof catalogProductSchema>;
export type CatalogCategory = z.infer<typeof catalogCategorySchema>;

/** The full JSON Schema (products typed in full) for client authors and editors. */
export function catalogJsonSchema(): Record<string, unknown> {
  const full = catalogFileSchema.extend({ products: z.array(catalogProductSchema) });
  return {
    $id: 'https://voice-shopper.dev/catalog.schema.json',
    title: 'Voice Shopper catalog',
    ...z.toJSONSchema(full, { io: 'input' }),
  };
}

export function zodIssues(
  error: z.ZodError,
  prefix: string,
  extra: Partial<ImportIssue> = {},
): ImportIssue[] {
  return error.issues.map((i) => ({
    ...extra,
    path: [prefix, ...i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join(''),
    reason: i.message,
  }));
}
