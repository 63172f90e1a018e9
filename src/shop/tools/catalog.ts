/** Catalog tools: search, product details, comparison, size/colour availability (all reads). */
import { z } from 'zod';
import { type RankSpecName, SORT_NAMES, SORTS, type SpecName } from '../catalog/search-specs.ts';
import { formatWeight } from '../catalog/weight.ts';
import type { ShopTool } from '../contract.ts';
import { ShopError, throwIfAborted } from '../errors.ts';
import { toMajor } from '../money.ts';
import { checkAvailability, compareProducts } from '../products/availability.ts';
import {
  loadProduct,
  loadProducts,
  productForLlm,
  productSpecs,
  specTexts,
  toProductCard,
} from '../products/details.ts';
import { defineTool, idString, optionInputs, readPolicy } from './define.ts';
import type { ShopServices } from './services.ts';

const searchInput = z.object({
  query: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Free text in the shopper’s words, e.g. "waterproof trail shoes"'),
  category: z.string().trim().max(80).optional().describe('Category, e.g. "running shoes", "hoodies"'),
  brand: z.string().trim().max(80).optional(),
  color: z.string().trim().max(40).optional(),
  size: z.string().trim().max(20).optional(),
  minPrice: z.number().nonnegative().optional().describe('Major currency units'),
  maxPrice: z.number().nonnegative().optional().describe('Major currency units, e.g. 100 for "under 100"'),
  inStock: z.boolean().optional().describe('Only products with stock'),
  excludeBrand: z.string().trim().max(80).optional().describe('Leave out a brand: "not the Kestrel ones"'),
  exclude: z
    .string()
    .trim()
    .max(80)
    .optional()
    .describe('Leave out products whose title, type or tags say this: "not the masonry ones" → "masonry"'),
  excludeColor: z
    .string()
    .trim()
    .max(40)
    .optional()
    .describe('Leave out products that only come in this colour: "no red"'),
  excludeText: z
    .string()
    .trim()
    .max(60)
    .optional()
    .describe(
      'Leave out products whose title or description says this property or material: "nothing made of leather" → "leather", "nothing smoky" → "smoky"',
    ),
  sort: z
    .enum(SORT_NAMES)
    .optional()
    .describe(
      'Superlatives: order by price or by a figure read from the product text (weight, capacity in litres or ' +
        'people, temperature rating, lumens, watts), e.g. "lightest tent" → category tents, sort lightest. ' +
        'Products without that figure come last; each product then carries its figure in "spec".',
    ),
  prefer: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe(
      'Words of the shopper’s need or use beside the kind asked for ("for wide feet", "goes over ski pants"): ' +
        'products whose text says them come first, those saying none are left out when others do',
    ),
  limit: z.number().int().min(1).max(10).default(6),
});

export function catalogTools(s: ShopServices): ShopTool[] {
  const policy = readPolicy(s.config);
  return [
    defineTool({
      name: 'search_products',
      description:
        'Search the catalog. Use for any request to find, browse or recommend products; fill the filters the ' +
        'shopper said (colour, size, brand, price cap). Returns products with ids, prices and sizes/colours in ' +
        'stock. Mention at most 2-3 by name; the rest are shown on screen. Never state a price or stock level ' +
        'that is not in a tool result.',
      inputSchema: searchInput,
      policy,
      async execute(input, ctx) {
        // A sort alone ranks the whole store ("the most expensive thing you sell").
        if (!input.query && !input.category && !input.brand && !input.color && !input.sort) {
          throw new ShopError(
            'invalid_input',
            'Give a query, at least one filter (category, brand, colour) or a sort.',
          );
        }
        if (input.minPrice !== undefined && input.maxPrice !== undefined && input.minPrice > input.maxPrice) {
          throw new ShopError('invalid_input', 'minPrice is above maxPrice.');
        }
        const ids = await s.search(
          {
            text: input.query,
            category: input.category,
            brand: input.brand,
            color: input.color,
            size: input.size,
            minPrice: input.minPrice,
            maxPrice: input.maxPrice,
            inStock: input.inStock,
            excludeBrand: input.excludeBrand,
            exclude: input.exclude,
            excludeColor: input.excludeColor,
            excludeText: input.excludeText,
            sort: input.sort,
            prefer: input.prefer,
            language: ctx.language,
            limit: input.limit,
          },
          ctx.abortSignal,
        );
        throwIfAborted(ctx.abortSignal);
        const products = await loadProducts(s.db, ids.slice(0, input.limit), ctx.language);
        const label = input.query ?? [input.color, input.category, input.brand].filter(Boolean).join(' ');
        const by = input.sort ? SORTS[input.sort].by : undefined;
        const specOf = (p: (typeof products)[number]) => {
          if (!by || by === 'price') return undefined;
          const specs = productSpecs(p);
          const names: (SpecName | RankSpecName)[] = by === 'capacity' ? ['capacity', 'persons'] : [by];
          return names.map((n) => specs[n]?.text).find(Boolean);
        };
        return {
          result: {
            count: products.length,
            ...(input.sort ? { sortedBy: input.sort } : {}),
            products: products.map((p) => {
              const spec = specOf(p);
              return spec ? { ...productForLlm(p), spec } : productForLlm(p);
            }),
          },
          ui: [{ type: 'products', query: label, items: products.map(toProductCard) }],
        };
      },
    }),
    defineTool({
      name: 'get_product',
      description:
        'Full details of one product by id (from search results): description, price, and every variant with ' +
        'size, colour, other options (length, pieces, volume…), price, units in stock and weight when known. ' +
        'Use before answering detailed questions about a product ("how heavy is it": specs.weight). ' +
        "Give productId, or name: the product's exact catalog name when it was not shown yet.",
      inputSchema: z
        .object({
          productId: idString('Product id from search_products').optional(),
          name: z.string().trim().min(1).max(300).optional().describe("The product's exact catalog name"),
        })
        .refine((v) => v.productId !== undefined || v.name !== undefined, {
          message: 'Give productId or name',
        }),
      policy,
      async execute(input, ctx) {
        const id = input.productId ?? (await productIdByName(s.db, input.name!));
        const p = await loadProduct(s.db, id, ctx.language);
        return {
          result: {
            ...productForLlm(p),
            description: p.description.slice(0, 600),
            tags: p.tags,
            specs: specTexts(p),
            variants: p.variants.map((v) => ({
              variantId: v.id,
              size: v.size,
              color: v.color,
              ...(Object.keys(v.options).length > 0 ? { options: v.options } : {}),
              price: toMajor(v.priceCents, p.currency),
              stock: Math.max(0, v.stock),
              ...(v.weightGrams !== null ? { weight: formatWeight(v.weightGrams, v.weightUnit) } : {}),
            })),
          },
          ui: [{ type: 'products', query: p.name, items: [toProductCard(p)] }],
        };
      },
    }),
    defineTool({
      name: 'compare_products',
      description:
        'Compare 2 to 5 products by id: price, sizes and colours in stock, and the features that differ. ' +
        'Returns the cheapest in-stock product id.',
      inputSchema: z.object({
        productIds: z
          .array(idString('Product id'))
          .min(2)
          .max(5)
          .describe('2-5 product ids from search results'),
      }),
      policy,
      async execute(input, ctx) {
        const products = await loadProducts(s.db, input.productIds, ctx.language);
        const missing = input.productIds.filter((id) => !products.some((p) => p.id === id));
        if (missing.length > 0)
          throw new ShopError('not_found', `Unknown product id(s): ${missing.join(', ')}.`);
        return {
          result: compareProducts(products),
          ui: [{ type: 'products', query: 'compare', items: products.map(toProductCard) }],
        };
      },
    }),
    defineTool({
      name: 'check_availability',
      description:
        'Is a product available in a size, colour or other option (and quantity)? Returns available true/false, ' +
        'units in stock, the price, and in-stock alternatives (other sizes in that colour, other colours in that ' +
        'size, other values of each option).',
      inputSchema: z.object({
        productId: idString('Product id'),
        size: z
          .string()
          .trim()
          .min(1)
          .max(20)
          .optional()
          .describe('As the shopper said it: "42", "M", "medium"'),
        color: z.string().trim().min(1).max(40).optional(),
        ...optionInputs,
        quantity: z.number().int().min(1).max(1000).default(1),
      }),
      policy,
      async execute(input, ctx) {
        const p = await loadProduct(s.db, input.productId, ctx.language);
        return { result: checkAvailability(p, input) };
      },
    }),
  ];
}

/** The active product whose title (English or Spanish) is exactly `name`, case-insensitively. */
async function productIdByName(db: ShopServices['db'], name: string): Promise<string> {
  const folded = name.toLowerCase();
  const row = await db
    .selectFrom('products')
    .select('id')
    .where('status', '=', 'active')
    .where((eb) =>
      eb.or([eb(eb.fn('lower', ['title']), '=', folded), eb(eb.fn('lower', ['title_es']), '=', folded)]),
    )
    .orderBy('id')
    .executeTakeFirst();
  if (!row)
    throw new ShopError('not_found', `No product named "${name}". Use search_products to find it.`, { name });
  return row.id;
}
