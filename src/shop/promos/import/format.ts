/**
 * The project's promo codes file. `docs/promos.schema.json` is generated from these zod schemas
 * (`node src/shop/promos/import/write-json-schema.ts`).
 */
import { z } from 'zod';

/** An ISO 8601 date ("2026-06-01") or date-time ("2026-06-01T00:00:00Z"); no zone means UTC. */
export const promoDate = z.string().describe('ISO 8601 date or date-time; without a zone, UTC');

export const promoSchema = z
  .object({
    code: z
      .string()
      .min(1)
      .max(64)
      .describe('What the shopper says or types; matched ignoring case, spaces and dashes'),
    kind: z
      .enum(['percent', 'fixed', 'free_trial'])
      .describe(
        'percent: value % off; fixed: value (major units) off; free_trial: one unit of appliesTo.product free',
      ),
    value: z
      .number()
      .describe(
        'percent: whole number 1–100; fixed: amount in major units (10 = 10.00); free_trial: trial days',
      ),
    description: z.string().max(500).default('').describe('What the assistant says about it (English)'),
    descriptionEs: z.string().max(500).optional().describe('Spanish description'),
    minSubtotal: z.number().min(0).default(0).describe('Minimum cart subtotal in major units'),
    appliesTo: z
      .object({
        category: z.string().min(1).optional().describe('Category id'),
        product: z.string().min(1).optional().describe('Product handle'),
      })
      .strict()
      .optional()
      .describe('Limit to one category or one product; absent: the whole cart'),
    active: z.boolean().default(true),
    startsAt: promoDate.optional(),
    endsAt: promoDate.optional().describe('The code stops working at this instant'),
    usageLimit: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Orders that may use it in total; absent: unlimited'),
  })
  .strict();

export const promosFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('voice-shopper-promos').describe('Marks the file as this format'),
    version: z.literal(1),
    promos: z
      .array(z.unknown())
      .describe('Promo codes; each is validated on its own so every bad one is reported'),
  })
  .strict();

export type PromoInput = z.infer<typeof promoSchema>;

export function promosJsonSchema(): Record<string, unknown> {
  const full = promosFileSchema.extend({ promos: z.array(promoSchema) });
  return {
    $id: 'https://voice-shopper.dev/promos.schema.json',
    title: 'Voice Shopper promo codes',
    ...z.toJSONSchema(full, { io: 'input' }),
  };
}
