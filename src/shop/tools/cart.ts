/** Cart tools: add, update, remove, view, apply promo. Writes are not cancelled by interruptions. */
import { z } from 'zod';
import type { CartSnapshot } from '../cart/service.ts';
import type { ShopTool, UiEvent } from '../contract.ts';
import { actorId, defineTool, idString, optionInputs, readPolicy, writePolicy } from './define.ts';
import type { ShopServices } from './services.ts';
import { withUsualSize } from './usual-size.ts';

/** What the LLM gets back about a cart: enough to answer, nothing to invent. */
export function cartForLlm(snap: CartSnapshot) {
  const v = snap.view;
  return {
    items: v.items.map((l) => ({
      itemId: l.itemId,
      name: l.name,
      size: l.size ?? null,
      color: l.color ?? null,
      ...(l.options ? { options: l.options } : {}),
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      lineTotal: l.lineTotal,
    })),
    subtotal: v.subtotal,
    discount: v.discount,
    total: v.total,
    currency: v.currency,
    promo: v.promo?.code ?? null,
    ...(snap.promoProblem ? { promoProblem: snap.promoProblem } : {}),
    ...(snap.stockProblems.length ? { stockProblems: snap.stockProblems } : {}),
  };
}

const cartUi = (snap: CartSnapshot): UiEvent[] => [{ type: 'cart', cart: snap.view }];

export function cartTools(s: ShopServices): ShopTool[] {
  const write = writePolicy(s.config);
  // Removing or changing what the shopper already chose is refused on speech the recognizer
  // flagged as not shopping ("delete ok" misheard from small talk); adds stay allowed, being
  // visible on screen and undoable, because genuine requests are flagged too often to refuse them.
  const destructive = { ...write, needsClearSpeech: true };
  return [
    defineTool({
      name: 'add_to_cart',
      description:
        'Add a product to the shopper’s cart. Give the size, colour and other options (length, pieces, volume, ' +
        'pack…) the shopper chose when the product has several; if you get error variant_required, ask which ' +
        'one. Stock is checked: a sold-out choice is refused with what is in stock. Returns the added line ' +
        '(with its itemId) and the cart totals.',
      inputSchema: z.object({
        productId: idString('Product id'),
        size: z.string().trim().min(1).max(20).optional(),
        color: z.string().trim().min(1).max(40).optional(),
        ...optionInputs,
        variantId: z.string().trim().min(1).max(200).optional().describe('Exact variant id from get_product'),
        quantity: z.number().int().min(1).max(1000).default(1),
      }),
      policy: write,
      async execute(input, ctx) {
        const user = await actorId(s, ctx);
        try {
          const snap = await s.carts.add(user, ctx.sessionId, ctx.language, input);
          return { result: { added: snap.added, cart: cartForLlm(snap) }, ui: cartUi(snap) };
        } catch (err) {
          throw await withUsualSize(s, user, ctx.language, input.productId, err);
        }
      },
    }),
    defineTool({
      name: 'update_cart_item',
      description:
        'Change the quantity of a cart line by its itemId (from view_cart or add_to_cart). Quantity 0 removes it.',
      inputSchema: z.object({
        itemId: idString('Cart item id'),
        quantity: z.number().int().min(0).max(1000),
      }),
      policy: destructive,
      async execute(input, ctx) {
        const user = await actorId(s, ctx);
        const snap = await s.carts.update(user, ctx.language, input.itemId, input.quantity);
        return { result: cartForLlm(snap), ui: cartUi(snap) };
      },
    }),
    defineTool({
      name: 'remove_from_cart',
      description:
        'Remove a line from the cart by its itemId (from view_cart). Refer to lines by name or position when speaking.',
      inputSchema: z.object({ itemId: idString('Cart item id') }),
      policy: destructive,
      async execute(input, ctx) {
        const user = await actorId(s, ctx);
        const snap = await s.carts.remove(user, ctx.language, input.itemId);
        return { result: cartForLlm(snap), ui: cartUi(snap) };
      },
    }),
    defineTool({
      name: 'clear_cart',
      description:
        'Empty the shopper’s cart (every line and the promo code) when they ask to empty, clear or start over ' +
        'their cart. Returns the (empty) cart.',
      inputSchema: z.object({}),
      policy: destructive,
      async execute(_input, ctx) {
        const user = await actorId(s, ctx);
        const snap = await s.carts.clear(user, ctx.language);
        return { result: cartForLlm(snap), ui: cartUi(snap) };
      },
    }),
    defineTool({
      name: 'view_cart',
      description:
        'The shopper’s cart with current prices: lines (itemId, name, size, colour, other options, quantity, ' +
        'prices), subtotal, ' +
        'discount, total, promo, and any promo or stock problems to mention.',
      inputSchema: z.object({}),
      policy: readPolicy(s.config),
      async execute(_input, ctx) {
        const user = await actorId(s, ctx);
        const snap = await s.carts.view(user, ctx.language);
        return { result: cartForLlm(snap), ui: cartUi(snap) };
      },
    }),
    defineTool({
      name: 'apply_promo',
      description:
        'Apply a promo/discount code the shopper gave to the cart. Spoken codes are normalised ("summer ten" ' +
        'may need spelling; pass what you heard). Refused with a reason when unknown, expired or not applicable.',
      inputSchema: z.object({ code: z.string().trim().min(1).max(40) }),
      policy: write,
      async execute(input, ctx) {
        const user = await actorId(s, ctx);
        const snap = await s.carts.applyPromo(user, ctx.language, input.code);
        return { result: cartForLlm(snap), ui: cartUi(snap) };
      },
    }),
  ];
}
