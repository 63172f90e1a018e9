/**
 * Cancelling an order that has not left the warehouse. Two steps, like placing one: without
 * `confirm` it only says which order would be cancelled (for a spoken read-back); with it, it
 * cancels in one transaction that puts the stock back. A shipped, delivered or already
 * cancelled order is refused, and another shopper's order is never touched.
 */
import type { Kysely } from 'kysely';
import type { Database, Order, OrderStatus } from '../../store/schema.ts';
import { ShopError } from '../errors.ts';

const CANCELLABLE = new Set<OrderStatus>(['placed', 'paid']);

/** The order to cancel: the one named, else the shopper's latest order that can still be cancelled. */
export async function orderToCancel(
  db: Kysely<Database>,
  userId: string,
  find: (orderId: string) => Promise<{ id: string }>,
  orderId?: string,
): Promise<Order> {
  if (orderId) {
    const { id } = await find(orderId);
    const row = await db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    if (row.user_id !== userId)
      throw new ShopError('not_found', `No order "${orderId}". Ask the shopper to repeat the order number.`);
    return row;
  }
  const latest = await db
    .selectFrom('orders')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) throw new ShopError('not_found', 'This shopper has no orders to cancel.');
  return latest;
}

export function assertCancellable(order: Order): void {
  if (CANCELLABLE.has(order.status)) return;
  throw new ShopError(
    'invalid_input',
    order.status === 'cancelled'
      ? `Order ${order.id} is already cancelled.`
      : `Order ${order.id} has ${order.status === 'shipped' ? 'shipped' : 'been delivered'} and can no longer be cancelled; offer a return or a person (request_human).`,
    { reason: 'not_cancellable', status: order.status },
  );
}

/** Cancels the order and restocks its items, unless it changed status meanwhile. */
export async function cancelOrder(db: Kysely<Database>, order: Order, now: Date): Promise<void> {
  assertCancellable(order);
  const ts = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('orders')
      .set({ status: 'cancelled', updated_at: ts })
      .where('id', '=', order.id)
      .where('user_id', '=', order.user_id)
      .where('status', 'in', [...CANCELLABLE])
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) {
      const fresh = await trx
        .selectFrom('orders')
        .selectAll()
        .where('id', '=', order.id)
        .executeTakeFirstOrThrow();
      assertCancellable(fresh);
      throw new ShopError('invalid_input', `Order ${order.id} changed while cancelling; check its status.`);
    }
    const items = await trx
      .selectFrom('order_items')
      .select(['variant_id', 'quantity'])
      .where('order_id', '=', order.id)
      .execute();
    for (const it of items) {
      if (!it.variant_id) continue;
      await trx
        .updateTable('variants')
        .set((eb) => ({ stock: eb('stock', '+', it.quantity), updated_at: ts }))
        .where('id', '=', it.variant_id)
        .execute();
    }
  });
}
