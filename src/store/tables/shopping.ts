/** What shoppers own: their accounts, carts, promos, orders, saved items and stated preferences. Conventions: ../schema.ts. */
import type { Defaulted } from './columns.ts';

export type UserKind = 'guest' | 'account';
export type CartStatus = 'open' | 'ordered' | 'abandoned';
export type PromoKind = 'percent' | 'fixed' | 'free_trial';
export type OrderStatus = 'placed' | 'paid' | 'shipped' | 'delivered' | 'cancelled';

export interface UsersTable {
  id: string;
  kind: UserKind;
  email: string | null;
  name: string | null;
  /** Shop customer number the shopper can say ("C-1001"); unique when present. */
  customer_number: string | null;
  /** National id / passport number used as an identity factor; stored as given, upper-cased. */
  document_number: string | null;
  postal_code: string | null;
  phone: string | null;
  language: Defaulted<string>;
  created_at: string;
  updated_at: string;
}

export interface CartsTable {
  id: string;
  user_id: string;
  session_id: string | null;
  status: Defaulted<CartStatus>;
  promo_code: string | null;
  currency: Defaulted<string>;
  created_at: string;
  updated_at: string;
}

export interface CartItemsTable {
  id: string;
  cart_id: string;
  product_id: string;
  variant_id: string;
  quantity: number;
  /** Price when added; the cart view re-reads current prices. */
  unit_price_cents: number;
  created_at: string;
  updated_at: string;
}

export interface PromosTable {
  code: string;
  kind: PromoKind;
  /** percent: 0–100; fixed: cents off; free_trial: trial days. */
  value: number;
  description: Defaulted<string>;
  description_es: string | null;
  min_subtotal_cents: Defaulted<number>;
  /** Optional restriction: a category key or product id. */
  applies_to: string | null;
  active: Defaulted<number>;
  starts_at: string | null;
  ends_at: string | null;
  /** Orders that may use the code in total; null: unlimited. */
  usage_limit: Defaulted<number | null>;
  created_at: string;
}

export interface OrdersTable {
  id: string;
  user_id: string;
  cart_id: string | null;
  session_id: string | null;
  status: Defaulted<OrderStatus>;
  currency: Defaulted<string>;
  subtotal_cents: number;
  discount_cents: Defaulted<number>;
  shipping_cents: Defaulted<number>;
  total_cents: number;
  promo_code: string | null;
  /** Unique: a retried confirm with the same key returns the first order instead of a second one. */
  idempotency_key: string;
  shipping_postal_code: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderItemsTable {
  id: string;
  order_id: string;
  product_id: string;
  variant_id: string | null;
  /** Snapshot at order time, so later catalog edits never change a past order. */
  name: string;
  size: string | null;
  color: string | null;
  image: string | null;
  quantity: number;
  unit_price_cents: number;
  line_total_cents: number;
}

export interface SavedItemsTable {
  id: string;
  user_id: string;
  product_id: string;
  variant_id: string | null;
  note: string | null;
  created_at: string;
}

/** A preference the shopper stated (migration 011). */
export interface ShopperPreferencesTable {
  id: string;
  user_id: string;
  /** 'size' | 'brand' | 'color' | 'budget' (shop/memory/preferences.ts). */
  kind: string;
  /** What it applies to, in the shopper's words ("shoes"); '' for everything. */
  scope: Defaulted<string>;
  value: string;
  /** The session it was said in; null when set through the API. */
  session_id: string | null;
  created_at: string;
  updated_at: string;
}
