/**
 * Reading orders back: the view the tools and the screen show, and finding an order by the id a
 * shopper says aloud ("o dash four eight two…", or just its last digits).
 */
import { type Kysely, sql } from 'kysely';
import type { Database, Order, OrderItem } from '../../store/schema.ts';
import type { CartLine, OrderView } from '../contract.ts';
import { normalizeSpokenId } from '../identity/normalize.ts';
import { toMajor } from '../money.ts';

export function toOrderView(order: Order, items: OrderItem[]): OrderView {
  const lines: CartLine[] = items.map((i) => ({
    itemId: i.id,
    productId: i.product_id,
    name: i.name,
    ...(i.size ? { size: i.size } : {}),
    ...(i.color ? { color: i.color } : {}),
    quantity: i.quantity,
    unitPrice: toMajor(i.unit_price_cents, order.currency),
    lineTotal: toMajor(i.line_total_cents, order.currency),
    image: i.image ?? '',
  }));
  return {
    id: order.id,
    status: order.status,
    items: lines,
    total: toMajor(order.total_cents, order.currency),
    currency: order.currency,
    createdAt: order.created_at,
  };
}

/** Order ids are said aloud ("o dash four eight two…"): compare in canonical form. */
export async function findOrderBySpokenId(db: Kysely<Database>, spoken: string): Promise<Order | null> {
  const exact = await db.selectFrom('orders').selectAll().where('id', '=', spoken.trim()).executeTakeFirst();
  if (exact) return exact;
  const canonical = normalizeSpokenId(spoken);
  if (!canonical) return null;
  // "four eight two…" without the letter prefix is still our "O-482…".
  const candidates = /^\d+$/.test(canonical) ? [canonical, `O${canonical}`] : [canonical];
  const row = await db
    .selectFrom('orders')
    .selectAll()
    .where(sql<string>`upper(replace(replace(replace(id, '-', ''), ' ', ''), '_', ''))`, 'in', candidates)
    .executeTakeFirst();
  return row ?? null;
}

/** "Order one zero zero one" → the shopper's own order whose id ends in 1001, when exactly one does. */
export async function ownOrderByDigits(
  db: Kysely<Database>,
  userId: string,
  spoken: string,
): Promise<Order | null> {
  const digits = normalizeSpokenId(spoken);
  if (!/^\d{4,}$/.test(digits)) return null;
  const own = await db.selectFrom('orders').selectAll().where('user_id', '=', userId).execute();
  const hits = own.filter((o) => normalizeSpokenId(o.id.replace(/_/g, ' ')).endsWith(digits));
  return hits.length === 1 ? hits[0]! : null;
}
