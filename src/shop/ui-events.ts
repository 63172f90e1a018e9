/**
 * Zod schemas for the UI events in contract.ts (what the shopper's screen receives as RTVI
 * `server-message` data) and the JSON Schema derived from them for client authors.
 * The `z.ZodType<…>` annotations make the compiler prove these match the contract types.
 * Browser-safe (zod only): the web app validates incoming events with these same schemas.
 */
import { z } from 'zod';
import type { CartLine, CartView, OrderView, ProductCard, UiEvent } from './contract.ts';

const money = z.number().nonnegative().describe('Major currency units, e.g. 59.99');
const currency = z.string().length(3).describe('ISO 4217 code');

export const ProductCardSchema: z.ZodType<ProductCard> = z
  .object({
    id: z.string(),
    name: z.string(),
    brand: z.string(),
    price: money.describe('Lowest current price among the variants, major units'),
    currency,
    image: z.string().describe('Image URL (served by this server)'),
    url: z.string(),
    summary: z.string(),
    sizes: z.array(z.object({ size: z.string(), inStock: z.boolean() })),
    colors: z.array(z.object({ color: z.string(), inStock: z.boolean() })),
    options: z
      .array(
        z.object({
          name: z.string(),
          values: z.array(z.object({ value: z.string(), inStock: z.boolean() })),
        }),
      )
      .optional()
      .describe('Options other than size and colour (Length, Pieces…), when the product has any'),
    inStock: z.boolean(),
  })
  .meta({ id: 'ProductCard' });

export const CartLineSchema: z.ZodType<CartLine> = z
  .object({
    itemId: z.string().describe('Cart item id; pass it to update_cart_item / remove_from_cart'),
    productId: z.string(),
    name: z.string(),
    size: z.string().optional(),
    color: z.string().optional(),
    options: z
      .record(z.string(), z.string())
      .optional()
      .describe('Options other than size and colour ({"Length": "50 ft"})'),
    quantity: z.number().int().positive(),
    unitPrice: money,
    lineTotal: money,
    image: z.string(),
  })
  .meta({ id: 'CartLine' });

export const CartViewSchema: z.ZodType<CartView> = z
  .object({
    items: z.array(CartLineSchema),
    subtotal: money,
    discount: money,
    total: money,
    currency,
    // On the wire RTVI omits null fields (Pipecat's exclude_none): an absent promo means none.
    promo: z.object({ code: z.string(), description: z.string() }).nullable().default(null),
  })
  .meta({ id: 'CartView' });

export const ORDER_STATUSES = ['placed', 'paid', 'shipped', 'delivered', 'cancelled'] as const;

export const OrderViewSchema: z.ZodType<OrderView> = z
  .object({
    id: z.string(),
    status: z.enum(ORDER_STATUSES),
    items: z.array(CartLineSchema),
    total: money,
    currency,
    createdAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'OrderView' });

export const UiEventSchema: z.ZodType<UiEvent> = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('products'), query: z.string(), items: z.array(ProductCardSchema) }),
    z.object({ type: z.literal('cart'), cart: CartViewSchema }),
    z.object({ type: z.literal('order'), order: OrderViewSchema }),
    z.object({
      type: z.literal('confirm'),
      action: z.literal('place_order'),
      summary: z.string().describe('The read-back the shopper must say yes to'),
      token: z.string().describe('Send back with confirm_order when the shopper presses Confirm'),
    }),
    z.object({
      type: z.literal('research'),
      query: z.string(),
      summary: z.string(),
      items: z.array(ProductCardSchema),
      documents: z
        .array(z.object({ title: z.string(), source: z.string() }))
        .optional()
        .describe("The shop's documents the summary cites"),
      web: z
        .array(z.object({ title: z.string(), url: z.string(), snippet: z.string() }))
        .optional()
        .describe("The web or product-search provider's findings, to open on screen"),
    }),
  ])
  .meta({ id: 'UiEvent', title: 'Voice Shopper UI event (RTVI server-message data)' });

/** Validates an event before it leaves the server; throws a ZodError naming the bad field. */
export function parseUiEvent(value: unknown): UiEvent {
  return UiEventSchema.parse(value);
}

/**
 * For receivers (the web app): the event, or why it is not one, without throwing. Takes the
 * wire form, where RTVI has omitted null fields; nullable fields default to null.
 */
export function safeParseUiEvent(value: unknown): { event: UiEvent } | { error: string } {
  const parsed = UiEventSchema.safeParse(value);
  return parsed.success ? { event: parsed.data } : { error: z.prettifyError(parsed.error) };
}

export function uiEventsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(UiEventSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
