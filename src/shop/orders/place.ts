/**
 * Placing an order: what a confirmation token is bound to (the cart and the shopper's order
 * count), and the rows the confirm transaction writes — the order (claiming its idempotency key
 * first), each line with its stock taken, and the emptied cart. service.ts decides when.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { type CartState, cartIdFor } from '../cart/service.ts';
import { describeOptions, type VariantOptions } from '../catalog/options.ts';
import { ShopError } from '../errors.ts';
import { cartFingerprint } from './token.ts';

/**
 * What a token is bound to: the cart's contents and prices, and how many orders the shopper has
 * placed so far. The count is the cart's generation: once an order is placed, a refilled cart with
 * the same items is a new cart, so no earlier read-back (used or not) can place a second order.
 */
export function fingerprintOf(state: CartState, ordersPlaced: number): string {
  const promo = state.promo && state.totals.promoProblem === null ? state.promo.rule.code : null;
  const contents = cartFingerprint(
    state.lines.map((l) => ({
      variantId: l.variantId,
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
    })),
    promo,
    state.totals.totalCents,
  );
  return `${contents}.${ordersPlaced}`;
}

export async function ordersPlaced(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A line's name with its options other than size and colour ("Garden Hose (Length 50 ft)"): what
 * the read-back says and what the order keeps, since those options tell the variants apart.
 */
export function nameWithOptions(l: { name: string; options: VariantOptions }): string {
  const extras = describeOptions(l.options);
  return extras ? `${l.name} (${extras})` : l.name;
}

/** Spoken-friendly order numbers: a letter and 8 digits ("O-48213907"). */
function newOrderId(): string {
  return `O-${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/**
 * Writes the order for `state` inside the confirm transaction (the cart already locked and the
 * token verified) and returns its id. A line whose stock ran out meanwhile aborts it all.
 */
export async function writeOrder(
  trx: Kysely<Database>,
  o: { userId: string; cartId: string; sessionId: string | null; key: string; state: CartState; now: Date },
): Promise<string> {
  const { userId, cartId, sessionId, key, state, now } = o;
  const ts = now.toISOString();
  const id = newOrderId();
  const applied = state.promo && state.totals.promoProblem === null ? state.promo.rule.code : null;
  const user = await trx
    .selectFrom('users')
    .select('postal_code')
    .where('id', '=', userId)
    .executeTakeFirst();
  // The key is claimed first: a concurrent twin blocks here and then fails on the constraint.
  await trx
    .insertInto('orders')
    .values({
      id,
      user_id: userId,
      cart_id: cartId,
      session_id: sessionId,
      status: 'placed',
      currency: state.currency,
      subtotal_cents: state.totals.subtotalCents,
      discount_cents: state.totals.discountCents,
      total_cents: state.totals.totalCents,
      promo_code: applied,
      idempotency_key: key,
      shipping_postal_code: user?.postal_code ?? null,
      created_at: ts,
      updated_at: ts,
    })
    .execute();
  for (const l of state.lines) {
    const res = await trx
      .updateTable('variants')
      .set((eb) => ({ stock: eb('stock', '-', l.quantity), updated_at: ts }))
      .where('id', '=', l.variantId)
      .where('stock', '>=', l.quantity)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) {
      throw new ShopError('out_of_stock', `${l.name} sold out while ordering; update the cart.`, {
        itemId: l.itemId,
      });
    }
    await trx
      .insertInto('order_items')
      .values({
        id: `oi_${randomUUID()}`,
        order_id: id,
        product_id: l.productId,
        variant_id: l.variantId,
        name: nameWithOptions(l),
        size: l.size,
        color: l.color,
        image: l.image,
        quantity: l.quantity,
        unit_price_cents: l.unitPriceCents,
        line_total_cents: l.unitPriceCents * l.quantity,
      })
      .execute();
  }
  await trx.deleteFrom('cart_items').where('cart_id', '=', cartIdFor(userId)).execute();
  await trx.updateTable('carts').set({ promo_code: null }).where('id', '=', cartId).execute();
  return id;
}
