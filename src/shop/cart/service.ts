/**
 * Carts: one per shopper (id `cart_<userId>`, created race-free with ON CONFLICT DO NOTHING),
 * every mutation in a transaction that first touches the cart row, which serialises concurrent
 * writers on PostgreSQL (row lock) as SQLite already does. Prices are re-read on every view.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { shopCurrency } from '../catalog/import/source.ts';
import { extraOptions, type VariantOptions } from '../catalog/options.ts';
import type { CartLine, CartView, Language } from '../contract.ts';
import { ShopError } from '../errors.ts';
import { toMajor } from '../money.ts';
import { resolveVariant, type VariantWish } from '../products/availability.ts';
import { loadProduct } from '../products/details.ts';
import { computeTotals, type PromoProblem, type Totals } from '../promos/math.ts';
import { findPromo, type LoadedPromo } from '../promos/store.ts';
import { inStockAlternatives, promoProblemMessage, variantLabel } from './messages.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface CartLineDetail {
  itemId: string;
  productId: string;
  variantId: string;
  category: string;
  name: string;
  size: string | null;
  color: string | null;
  /** Options other than size and colour ({Length: "50 ft"}). */
  options: VariantOptions;
  quantity: number;
  unitPriceCents: number;
  stock: number;
  image: string;
  currency: string;
}

export interface CartState {
  cartId: string;
  lines: CartLineDetail[];
  promo: LoadedPromo | null;
  totals: Totals;
  currency: string;
}

export interface CartSnapshot {
  view: CartView;
  totals: Totals;
  promoProblem: PromoProblem | null;
  /** Lines whose quantity is no longer in stock. */
  stockProblems: { itemId: string; name: string; quantity: number; stock: number }[];
}

export interface CartServiceOptions {
  db: Kysely<Database>;
  now?: () => Date;
  /** Largest quantity of one line (a typo guard: "add 500 pairs"). */
  maxLineQuantity?: number;
}

export function cartIdFor(userId: string): string {
  return `cart_${userId}`;
}

export function toCartLine(l: CartLineDetail): CartLine {
  return {
    itemId: l.itemId,
    productId: l.productId,
    name: l.name,
    ...(l.size ? { size: l.size } : {}),
    ...(l.color ? { color: l.color } : {}),
    ...(Object.keys(l.options).length > 0 ? { options: l.options } : {}),
    quantity: l.quantity,
    unitPrice: toMajor(l.unitPriceCents, l.currency),
    lineTotal: toMajor(l.unitPriceCents * l.quantity, l.currency),
    image: l.image,
  };
}

export class CartService {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
  readonly maxLineQuantity: number;

  constructor(opts: CartServiceOptions) {
    this.db = opts.db;
    this.now = opts.now ?? (() => new Date());
    this.maxLineQuantity = opts.maxLineQuantity ?? 20;
  }

  /** Creates the shopper's cart when missing; safe under concurrent first calls. */
  async ensureCart(db: Db, userId: string, sessionId: string | null): Promise<string> {
    const id = cartIdFor(userId);
    const ts = this.now().toISOString();
    const user = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!user)
      throw new ShopError('not_found', 'This shopper is not known to the shop; start a new session.');
    await db
      .insertInto('carts')
      .values({ id, user_id: userId, session_id: sessionId, created_at: ts, updated_at: ts })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return id;
  }

  /** Touching the row takes its lock on PostgreSQL: the rest of the transaction runs alone. */
  async lockCart(trx: Transaction<Database>, userId: string, sessionId: string | null): Promise<string> {
    const id = await this.ensureCart(trx, userId, sessionId);
    await trx
      .updateTable('carts')
      .set({ updated_at: this.now().toISOString() })
      .where('id', '=', id)
      .execute();
    return id;
  }

  async readState(db: Db, userId: string, language: Language): Promise<CartState> {
    const cartId = cartIdFor(userId);
    const cart = await db.selectFrom('carts').selectAll().where('id', '=', cartId).executeTakeFirst();
    const rows = await db
      .selectFrom('cart_items')
      .innerJoin('variants', 'variants.id', 'cart_items.variant_id')
      .innerJoin('products', 'products.id', 'cart_items.product_id')
      .select([
        'cart_items.id as itemId',
        'cart_items.product_id as productId',
        'cart_items.variant_id as variantId',
        'cart_items.quantity as quantity',
        'variants.price_cents as priceCents',
        'variants.stock as stock',
        'variants.size as size',
        'variants.color as color',
        'variants.options as options',
        'products.title as title',
        'products.title_es as titleEs',
        'products.category as category',
        'products.image as image',
        'products.currency as currency',
        'products.status as status',
        'variants.status as variantStatus',
      ])
      .where('cart_items.cart_id', '=', cartId)
      .orderBy('cart_items.created_at')
      .orderBy('cart_items.id')
      .execute();
    const lines: CartLineDetail[] = rows.map((r) => ({
      itemId: r.itemId,
      productId: r.productId,
      variantId: r.variantId,
      category: r.category,
      name: (language === 'es' && r.titleEs) || r.title,
      size: r.size,
      color: r.color,
      options: extraOptions(r.options),
      quantity: r.quantity,
      unitPriceCents: r.priceCents,
      // A product taken off sale since it was added cannot be ordered: it reads as sold out.
      stock: r.status === 'active' && r.variantStatus === 'active' ? r.stock : 0,
      image: r.image ?? '',
      currency: r.currency,
    }));
    const promo = cart?.promo_code
      ? await findPromo(db as Kysely<Database>, cart.promo_code, language)
      : null;
    const totals = computeTotals(lines, promo?.rule ?? null, this.now());
    // An empty cart takes the shop's currency (the carts column defaults to EUR whatever the shop sells in).
    const currency = lines[0]?.currency ?? (await shopCurrency(db as Kysely<Database>));
    return { cartId, lines, promo, totals, currency };
  }

  snapshot(state: CartState): CartSnapshot {
    const { totals, currency } = state;
    const applied = state.promo && totals.promoProblem === null ? state.promo : null;
    return {
      view: {
        items: state.lines.map(toCartLine),
        subtotal: toMajor(totals.subtotalCents, currency),
        discount: toMajor(totals.discountCents, currency),
        total: toMajor(totals.totalCents, currency),
        currency,
        promo: applied ? { code: applied.rule.code, description: applied.description } : null,
      },
      totals,
      promoProblem: totals.promoProblem,
      stockProblems: state.lines
        .filter((l) => l.stock < l.quantity)
        .map((l) => ({ itemId: l.itemId, name: l.name, quantity: l.quantity, stock: Math.max(0, l.stock) })),
    };
  }

  async view(userId: string, language: Language): Promise<CartSnapshot> {
    return this.snapshot(await this.readState(this.db, userId, language));
  }

  private checkQuantity(quantity: number): void {
    if (!Number.isInteger(quantity) || quantity < 1) {
      throw new ShopError(
        'invalid_input',
        `Quantity must be a whole number of at least 1 (got ${quantity}).`,
      );
    }
    if (quantity > this.maxLineQuantity) {
      throw new ShopError('invalid_input', `At most ${this.maxLineQuantity} of one item per order.`);
    }
  }

  async add(
    userId: string,
    sessionId: string | null,
    language: Language,
    input: VariantWish & { productId: string; quantity: number },
  ): Promise<CartSnapshot & { added: CartLine }> {
    this.checkQuantity(input.quantity);
    const product = await loadProduct(this.db, input.productId, language);
    const variant = resolveVariant(product, input, { quantity: input.quantity });
    return this.db.transaction().execute(async (trx) => {
      const cartId = await this.lockCart(trx, userId, sessionId);
      // Totals are sums of cents: one cart, one currency.
      const other = await trx
        .selectFrom('cart_items')
        .innerJoin('products', 'products.id', 'cart_items.product_id')
        .select('products.currency')
        .where('cart_items.cart_id', '=', cartId)
        .where('products.currency', '<>', product.currency)
        .executeTakeFirst();
      if (other) {
        throw new ShopError(
          'invalid_input',
          `The cart is in ${other.currency} and ${product.name} is priced in ${product.currency}; they cannot be ordered together.`,
        );
      }
      const existing = await trx
        .selectFrom('cart_items')
        .select(['id', 'quantity'])
        .where('cart_id', '=', cartId)
        .where('variant_id', '=', variant.id)
        .executeTakeFirst();
      const stock = await trx
        .selectFrom('variants')
        .select('stock')
        .where('id', '=', variant.id)
        .executeTakeFirstOrThrow();
      const quantity = (existing?.quantity ?? 0) + input.quantity;
      this.checkQuantity(quantity);
      if (quantity > stock.stock) {
        const alt = inStockAlternatives(product, variant, input.quantity);
        throw new ShopError(
          'out_of_stock',
          stock.stock <= 0
            ? `${variantLabel(product, variant)} is sold out.${alt.text} Do not add another variant unless the shopper picks one.`
            : `Only ${stock.stock} in stock${existing ? ` (${existing.quantity} already in the cart)` : ''}.`,
          {
            stock: Math.max(0, stock.stock),
            inCart: existing?.quantity ?? 0,
            ...(stock.stock <= 0
              ? { inStock: { sizes: alt.sizes, colors: alt.colors, options: alt.options } }
              : {}),
          },
        );
      }
      const ts = this.now().toISOString();
      let itemId: string;
      if (existing) {
        itemId = existing.id;
        await trx
          .updateTable('cart_items')
          .set({ quantity, unit_price_cents: variant.priceCents, updated_at: ts })
          .where('id', '=', existing.id)
          .execute();
      } else {
        itemId = `ci_${randomUUID()}`;
        await trx
          .insertInto('cart_items')
          .values({
            id: itemId,
            cart_id: cartId,
            product_id: product.id,
            variant_id: variant.id,
            quantity,
            unit_price_cents: variant.priceCents,
            created_at: ts,
            updated_at: ts,
          })
          .execute();
      }
      const snap = this.snapshot(await this.readState(trx, userId, language));
      const added = snap.view.items.find((l) => l.itemId === itemId)!;
      return { ...snap, added };
    });
  }

  /** Removes every line (and the promo) from the shopper's cart. */
  async clear(userId: string, language: Language): Promise<CartSnapshot> {
    return this.db.transaction().execute(async (trx) => {
      const cartId = await this.lockCart(trx, userId, null);
      await trx.deleteFrom('cart_items').where('cart_id', '=', cartId).execute();
      await trx.updateTable('carts').set({ promo_code: null }).where('id', '=', cartId).execute();
      return this.snapshot(await this.readState(trx, userId, language));
    });
  }

  /** The cart item, if it is this shopper's; a typed refusal otherwise. */
  private async ownedItem(db: Db, userId: string, itemId: string) {
    const row = await db
      .selectFrom('cart_items')
      .innerJoin('carts', 'carts.id', 'cart_items.cart_id')
      .select(['cart_items.id', 'cart_items.variant_id', 'carts.user_id'])
      .where('cart_items.id', '=', itemId)
      .executeTakeFirst();
    // Another shopper's item is answered exactly like an unknown one: no existence oracle.
    if (!row || row.user_id !== userId)
      throw new ShopError('not_found', 'No such item in this cart. Call view_cart for item ids.');
    return row;
  }

  async update(userId: string, language: Language, itemId: string, quantity: number): Promise<CartSnapshot> {
    if (quantity === 0) return this.remove(userId, language, itemId);
    this.checkQuantity(quantity);
    return this.db.transaction().execute(async (trx) => {
      const item = await this.ownedItem(trx, userId, itemId);
      await this.lockCart(trx, userId, null);
      const row = await trx
        .selectFrom('variants')
        .select(['stock', 'status'])
        .where('id', '=', item.variant_id)
        .executeTakeFirstOrThrow();
      // A variant the catalog archived since it was added reads as sold out.
      const v = { stock: row.status === 'active' ? row.stock : 0 };
      if (quantity > v.stock) {
        throw new ShopError('out_of_stock', `Only ${Math.max(0, v.stock)} in stock.`, {
          stock: Math.max(0, v.stock),
        });
      }
      await trx
        .updateTable('cart_items')
        .set({ quantity, updated_at: this.now().toISOString() })
        .where('id', '=', itemId)
        .execute();
      return this.snapshot(await this.readState(trx, userId, language));
    });
  }

  async remove(userId: string, language: Language, itemId: string): Promise<CartSnapshot> {
    return this.db.transaction().execute(async (trx) => {
      await this.ownedItem(trx, userId, itemId);
      await this.lockCart(trx, userId, null);
      await trx.deleteFrom('cart_items').where('id', '=', itemId).execute();
      return this.snapshot(await this.readState(trx, userId, language));
    });
  }

  async applyPromo(userId: string, language: Language, code: string): Promise<CartSnapshot> {
    const promo = await findPromo(this.db, code, language);
    if (!promo)
      throw new ShopError('promo_invalid', `There is no promo code "${code}".`, { problem: 'unknown' });
    return this.db.transaction().execute(async (trx) => {
      await this.lockCart(trx, userId, null);
      const state = await this.readState(trx, userId, language);
      const totals = computeTotals(state.lines, promo.rule, this.now());
      if (totals.promoProblem) {
        throw new ShopError(
          'promo_invalid',
          promoProblemMessage(totals.promoProblem, promo, state.currency),
          {
            problem: totals.promoProblem,
          },
        );
      }
      await trx
        .updateTable('carts')
        .set({ promo_code: promo.rule.code })
        .where('id', '=', state.cartId)
        .execute();
      return this.snapshot(await this.readState(trx, userId, language));
    });
  }
}

export { inStockAlternatives, promoProblemMessage } from './messages.ts';
