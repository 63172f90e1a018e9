/** Account tools: identify the caller, saved items, shopping history. */
import { z } from 'zod';
import type { ShopTool } from '../contract.ts';
import type { SavedEntry } from '../saved/service.ts';
import { actorId, defineTool, idString, optionInputs, readPolicy, writePolicy } from './define.ts';
import type { ShopServices } from './services.ts';

const savedForLlm = (e: SavedEntry) => ({
  productId: e.product.id,
  name: e.product.name,
  price: e.product.price,
  currency: e.product.currency,
  inStock: e.product.inStock,
  size: e.size,
  color: e.color,
  note: e.note,
});

export function accountTools(s: ShopServices): ShopTool[] {
  return [
    defineTool({
      name: 'identify_user',
      description:
        'Verify who the caller is: their customer number OR document (ID) number, plus their postal code. Pass ' +
        'what you heard; spoken forms ("c dash one zero zero four two") are normalised. Never say which detail ' +
        'was wrong. After success, order status and history show the account’s data for this call.',
      inputSchema: z
        .object({
          customerNumber: z.string().trim().min(1).max(60).optional(),
          documentNumber: z.string().trim().min(1).max(60).optional(),
          postalCode: z.string().trim().min(1).max(40),
        })
        .refine((v) => v.customerNumber || v.documentNumber, {
          message: 'Give customerNumber or documentNumber',
          path: ['customerNumber'],
        }),
      policy: writePolicy(s.config),
      async execute(input, ctx) {
        const r = await s.identity.identify(ctx, input);
        // What the account told us on earlier visits (and what this guest said, merged into it).
        const preferences = (await s.memory.list(r.userId)).slice(0, 20).map((p) => ({
          kind: p.kind,
          value: p.value,
          ...(p.scope ? { scope: p.scope } : {}),
        }));
        return {
          result: {
            verified: r.verified,
            firstName: r.firstName,
            movedCartItems: r.movedCartItems,
            ...(preferences.length ? { preferences } : {}),
          },
        };
      },
    }),
    defineTool({
      name: 'save_item',
      description:
        'Save a product (optionally a size/colour/other option and a short note) to the shopper’s saved items ' +
        'for later.',
      inputSchema: z.object({
        productId: idString('Product id'),
        size: z.string().trim().min(1).max(20).optional(),
        color: z.string().trim().min(1).max(40).optional(),
        ...optionInputs,
        note: z.string().trim().max(200).optional(),
      }),
      policy: writePolicy(s.config),
      async execute(input, ctx) {
        const user = await actorId(s, ctx);
        const entry = await s.saved.save(user, ctx.language, input);
        return {
          result: { saved: savedForLlm(entry) },
          ui: [{ type: 'products', query: 'saved', items: [entry.product] }],
        };
      },
    }),
    defineTool({
      name: 'list_saved_items',
      description: 'The shopper’s saved items with current prices and stock.',
      inputSchema: z.object({}),
      policy: readPolicy(s.config),
      async execute(_input, ctx) {
        const user = await actorId(s, ctx);
        const saved = await s.saved.list(user, ctx.language);
        return {
          result: { count: saved.length, items: saved.map(savedForLlm) },
          ui: [{ type: 'products', query: 'saved', items: saved.map((e) => e.product) }],
        };
      },
    }),
    defineTool({
      name: 'shopping_history',
      description:
        'The shopper’s past orders (latest first) and saved items; use for "what did I buy", "reorder", or ' +
        'personalised suggestions.',
      inputSchema: z.object({ limit: z.number().int().min(1).max(20).default(5) }),
      policy: readPolicy(s.config),
      async execute(input, ctx) {
        const actor = await s.identity.resolveActor(ctx);
        const [orders, saved] = await Promise.all([
          s.orders.list(actor.userId, input.limit),
          s.saved.list(actor.userId, ctx.language, input.limit),
        ]);
        return {
          result: {
            orders: orders.map((o) => ({
              orderId: o.id,
              status: o.status,
              createdAt: o.createdAt,
              total: o.total,
              currency: o.currency,
              items: o.items.map((i) => ({ productId: i.productId, name: i.name, quantity: i.quantity })),
            })),
            saved: saved.map(savedForLlm),
            ...(actor.kind === 'guest' && !actor.verified ? { identified: false } : {}),
          },
        };
      },
    }),
  ];
}
