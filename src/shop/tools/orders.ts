/** Ordering tools: prepare (read-back + token), confirm (idempotent), order status. */
import { z } from 'zod';
import type { OrderView, ShopTool, ToolOutcome } from '../contract.ts';
import { ShopError } from '../errors.ts';
import { defineTool, idString, writePolicy } from './define.ts';
import type { ShopServices } from './services.ts';

function orderForLlm(o: OrderView) {
  return {
    orderId: o.id,
    status: o.status,
    createdAt: o.createdAt,
    total: o.total,
    currency: o.currency,
    items: o.items.map((i) => ({
      name: i.name,
      size: i.size ?? null,
      color: i.color ?? null,
      quantity: i.quantity,
    })),
  };
}

export function orderTools(s: ShopServices): ShopTool[] {
  return [
    defineTool({
      name: 'prepare_order',
      description:
        'Step 1 of checkout. Returns a summary (items, sizes, quantities, prices, promo, total, destination) and a ' +
        'confirmation token. Read the summary to the shopper exactly and ask for an explicit yes. Do NOT place ' +
        'the order yourself: only after a clear yes, call confirm_order with the token.',
      inputSchema: z.object({}),
      policy: writePolicy(s.config),
      async execute(_input, ctx) {
        const user = (await s.identity.resolveActor(ctx)).userId;
        const p = await s.orders.prepare(user, ctx.language);
        return {
          result: {
            summary: p.summary,
            token: p.token,
            expiresAt: p.expiresAt,
            total: p.cart.view.total,
            currency: p.cart.view.currency,
            ...(p.cart.promoProblem ? { promoProblem: p.cart.promoProblem } : {}),
          },
          ui: [
            { type: 'cart', cart: p.cart.view },
            { type: 'confirm', action: 'place_order', summary: p.summary, token: p.token },
          ],
        };
      },
    }),
    defineTool({
      name: 'confirm_order',
      description:
        'Step 2 of checkout: places the order. Call ONLY after the shopper explicitly said yes to the summary from ' +
        'prepare_order, passing its token. If the cart changed since, you get confirmation_invalid: prepare again. ' +
        'Safe to retry: the same token never places two orders.',
      inputSchema: z.object({
        token: z.string().trim().min(1).max(100).describe('The token from prepare_order'),
        idempotencyKey: z.string().trim().min(1).max(100).optional().describe('Optional client-chosen key'),
      }),
      policy: {
        ...writePolicy(s.config, Math.max(s.config.SHOP_TOOL_TIMEOUT_MS, 15_000)),
        needsClearSpeech: true,
      },
      async execute(input, ctx) {
        const user = (await s.identity.resolveActor(ctx)).userId;
        const placed = await s.orders.confirm(
          user,
          ctx.sessionId,
          ctx.language,
          input.token,
          input.idempotencyKey,
        );
        return {
          result: { ...orderForLlm(placed.order), alreadyPlaced: placed.replayed },
          ui: [{ type: 'order', order: placed.order }],
        };
      },
    }),
    defineTool({
      name: 'cancel_order',
      description:
        'Cancel an order that has not shipped (the one named, else the latest). Two steps: first call without ' +
        'confirm to get the order to read back, ask the shopper for an explicit yes, then call again with ' +
        'confirm true. Shipped, delivered or cancelled orders are refused (invalid_input, reason not_cancellable).',
      inputSchema: z.object({
        orderId: idString('Order number as heard').optional(),
        confirm: z.boolean().default(false).describe('True only after the shopper said yes to the read-back'),
      }),
      policy: { ...writePolicy(s.config), needsClearSpeech: true },
      async execute(input, ctx) {
        const actor = await s.identity.resolveActor(ctx);
        let r: Awaited<ReturnType<typeof s.orders.cancel>>;
        try {
          r = await s.orders.cancel(actor.userId, input.orderId, { confirm: input.confirm });
        } catch (err) {
          // As in order_status: an unverified guest learns nothing about an order that is not theirs.
          if (
            actor.kind === 'guest' &&
            !actor.verified &&
            input.orderId &&
            err instanceof ShopError &&
            err.code !== 'invalid_input'
          )
            throw new ShopError(
              'identity_required',
              'Before acting on that order, verify the caller with identify_user (customer or document number plus postal code).',
            );
          throw err;
        }
        return {
          result: {
            ...orderForLlm(r.order),
            cancelled: r.cancelled,
            ...(r.cancelled ? {} : { needsConfirmation: true }),
          },
          ui: [{ type: 'order', order: r.order }],
        };
      },
    }),
    defineTool({
      name: 'order_status',
      description:
        'Status of the shopper’s order by order number (spoken forms are fine), or of their latest orders when no ' +
        'number is given. A phone caller must be identified (identify_user) before account orders are shown; on ' +
        'identity_required, ask for their customer number and postal code.',
      inputSchema: z.object({
        orderId: idString('Order number as heard, e.g. "O-48213907"').optional(),
      }),
      policy: { ...writePolicy(s.config), cancelOnInterruption: true },
      async execute(input, ctx): Promise<ToolOutcome> {
        const actor = await s.identity.resolveActor(ctx);
        if (!input.orderId) {
          const orders = await s.orders.list(actor.userId, 3);
          return {
            result: {
              orders: orders.map(orderForLlm),
              ...(actor.kind === 'guest' && !actor.verified ? { identified: false } : {}),
            },
            ui: orders[0] ? [{ type: 'order', order: orders[0] }] : [],
          };
        }
        try {
          const order = await s.orders.get(actor.userId, input.orderId);
          return { result: orderForLlm(order), ui: [{ type: 'order', order }] };
        } catch (err) {
          // A guest who has not proved an account learns nothing, not even whether the order exists.
          if (
            actor.kind === 'guest' &&
            !actor.verified &&
            err instanceof ShopError &&
            err.code !== 'invalid_input'
          ) {
            throw new ShopError(
              'identity_required',
              'Before sharing order details, verify the caller with identify_user (customer or document number plus postal code).',
            );
          }
          throw err;
        }
      },
    }),
  ];
}
