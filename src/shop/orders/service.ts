/**
 * Ordering in two steps. prepare() reads the cart back and issues a confirmation token bound to
 * the shopper and the exact cart (items, quantities, prices, promo, total). confirm() places the
 * order only with that token, in one transaction that claims a UNIQUE idempotency key first: a
 * retried or concurrent confirm returns the first order instead of making a second one.
 */

import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../store/repositories/errors.ts';
import type { Database, Order } from '../../store/schema.ts';
import type { CartService, CartSnapshot, CartState } from '../cart/service.ts';
import type { Language, OrderView } from '../contract.ts';
import { ShopError } from '../errors.ts';
import { localizeColor } from '../products/variant-match.ts';
import { assertCancellable, cancelOrder, orderToCancel } from './cancel.ts';
import { findOrderBySpokenId, ownOrderByDigits, toOrderView } from './lookup.ts';
import { fingerprintOf, nameWithOptions, ordersPlaced, writeOrder } from './place.ts';
import { orderSummaryText } from './summary.ts';
import { issueConfirmationToken, tokenNonce, verifyConfirmationToken } from './token.ts';

export interface OrderServiceOptions {
  db: Kysely<Database>;
  carts: CartService;
  /** HMAC key for confirmation tokens. */
  secret: string;
  confirmTtlMs?: number;
  now?: () => Date;
}

export interface PreparedOrder {
  summary: string;
  token: string;
  expiresAt: string;
  cart: CartSnapshot;
}

export interface PlacedOrder {
  order: OrderView;
  /** True when this call found the order a previous call (same key) already placed. */
  replayed: boolean;
}

export class OrderService {
  readonly db: Kysely<Database>;
  readonly carts: CartService;
  private readonly secret: string;
  private readonly ttlMs: number;
  private readonly now: () => Date;

  constructor(opts: OrderServiceOptions) {
    if (opts.secret.length < 16) throw new Error('Order confirmation secret must be at least 16 characters');
    this.db = opts.db;
    this.carts = opts.carts;
    this.secret = opts.secret;
    this.ttlMs = opts.confirmTtlMs ?? 10 * 60_000;
    this.now = opts.now ?? (() => new Date());
  }

  private assertOrderable(state: CartState): void {
    if (state.lines.length === 0)
      throw new ShopError('cart_empty', 'The cart is empty; add something first.');
    const short = state.lines.filter((l) => l.stock < l.quantity);
    if (short.length > 0) {
      throw new ShopError(
        'out_of_stock',
        `Not enough stock for ${short.map((l) => `${l.name} (${Math.max(0, l.stock)} left)`).join(', ')}. Update the cart first.`,
        { items: short.map((l) => ({ itemId: l.itemId, stock: Math.max(0, l.stock) })) },
      );
    }
  }

  private async shipTo(userId: string, language: Language): Promise<string | null> {
    const u = await this.db
      .selectFrom('users')
      .select('postal_code')
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!u?.postal_code) return null;
    return language === 'es' ? `el código postal ${u.postal_code}` : `postal code ${u.postal_code}`;
  }

  async prepare(userId: string, language: Language): Promise<PreparedOrder> {
    const state = await this.carts.readState(this.db, userId, language);
    this.assertOrderable(state);
    const cart = this.carts.snapshot(state);
    const applied = state.promo && state.totals.promoProblem === null ? state.promo.rule.code : null;
    const summary = orderSummaryText(
      {
        lines: state.lines.map((l) => ({
          name: nameWithOptions(l),
          size: l.size ?? undefined,
          color: l.color ? localizeColor(l.color, language) : undefined,
          quantity: l.quantity,
          unitPriceCents: l.unitPriceCents,
        })),
        subtotalCents: state.totals.subtotalCents,
        discountCents: state.totals.discountCents,
        totalCents: state.totals.totalCents,
        currency: state.currency,
        promoCode: applied,
        shipTo: await this.shipTo(userId, language),
      },
      language,
    );
    const fingerprint = fingerprintOf(state, await ordersPlaced(this.db, userId));
    const issued = issueConfirmationToken(this.secret, userId, fingerprint, this.now(), this.ttlMs);
    return { summary, token: issued.token, expiresAt: issued.expiresAt.toISOString(), cart };
  }

  private async findByKey(userId: string, key: string): Promise<OrderView | null> {
    const order = await this.db
      .selectFrom('orders')
      .selectAll()
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    if (!order || order.user_id !== userId) return null;
    return this.view(order);
  }

  private async view(order: Order): Promise<OrderView> {
    const items = await this.db
      .selectFrom('order_items')
      .selectAll()
      .where('order_id', '=', order.id)
      .orderBy('id')
      .execute();
    return toOrderView(order, items);
  }

  /**
   * Places the order the token was issued for. `idempotencyKey` defaults to the token's nonce, so
   * the same confirmation can never make two orders whoever retries it; keys are scoped per shopper.
   */
  async confirm(
    userId: string,
    sessionId: string | null,
    language: Language,
    token: string,
    idempotencyKey?: string,
  ): Promise<PlacedOrder> {
    const nonce = tokenNonce(token);
    if (!nonce) {
      throw new ShopError(
        'confirmation_invalid',
        'That is not a confirmation token; call prepare_order first.',
      );
    }
    const key = `${userId}:${idempotencyKey ?? `confirm:${nonce}`}`;
    const earlier = await this.findByKey(userId, key);
    if (earlier) return { order: earlier, replayed: true };

    try {
      const orderId = await this.db.transaction().execute(async (trx) => {
        const cartId = await this.carts.lockCart(trx, userId, sessionId);
        // Another confirm may have committed while we waited for the cart lock.
        const done = await trx
          .selectFrom('orders')
          .select('id')
          .where('idempotency_key', '=', key)
          .executeTakeFirst();
        if (done) return null;
        const state = await this.carts.readState(trx, userId, language);
        // Read under the cart lock: a concurrent confirm that placed an order has moved the generation.
        const fingerprint = fingerprintOf(state, await ordersPlaced(trx, userId));
        const check = verifyConfirmationToken(this.secret, token, userId, fingerprint, this.now());
        if (!check.ok) {
          throw new ShopError(
            'confirmation_invalid',
            check.reason === 'expired'
              ? 'The confirmation expired; call prepare_order again and read the new summary to the shopper.'
              : 'This confirmation does not match the current cart (it changed, an order was placed since, or it is not this shopper’s); call prepare_order again.',
            { reason: check.reason },
          );
        }
        this.assertOrderable(state);
        return writeOrder(trx, { userId, cartId, sessionId, key, state, now: this.now() });
      });
      if (orderId === null) {
        const twin = await this.findByKey(userId, key);
        if (twin) return { order: twin, replayed: true };
        throw new ShopError(
          'confirmation_invalid',
          'The order could not be found; call prepare_order again.',
        );
      }
      const order = await this.db
        .selectFrom('orders')
        .selectAll()
        .where('id', '=', orderId)
        .executeTakeFirstOrThrow();
      return { order: await this.view(order), replayed: false };
    } catch (err) {
      if (isUniqueViolation(err)) {
        const twin = await this.findByKey(userId, key);
        if (twin) return { order: twin, replayed: true };
      }
      throw err;
    }
  }

  /** The shopper's own order by (spoken) id: another shopper's is refused, never shown. */
  async get(userId: string, orderId: string): Promise<OrderView> {
    const order =
      (await findOrderBySpokenId(this.db, orderId)) ?? (await ownOrderByDigits(this.db, userId, orderId));
    // Another shopper's order is answered exactly like an unknown one: no existence oracle.
    if (!order || order.user_id !== userId)
      throw new ShopError('not_found', `No order "${orderId}". Ask the shopper to repeat the order number.`);
    return this.view(order);
  }

  /**
   * Cancels the shopper's order (the one named, else the latest). Without `confirm` nothing
   * changes: the caller reads the order back and asks for a spoken yes first.
   */
  async cancel(
    userId: string,
    orderId: string | undefined,
    opts: { confirm: boolean },
  ): Promise<{ order: OrderView; cancelled: boolean }> {
    const row = await orderToCancel(this.db, userId, (id) => this.get(userId, id), orderId);
    assertCancellable(row);
    if (!opts.confirm) return { order: await this.view(row), cancelled: false };
    await cancelOrder(this.db, row, this.now());
    const fresh = await this.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    return { order: await this.view(fresh), cancelled: true };
  }

  async list(userId: string, limit = 10): Promise<OrderView[]> {
    const orders = await this.db
      .selectFrom('orders')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return Promise.all(orders.map((o) => this.view(o)));
  }
}
