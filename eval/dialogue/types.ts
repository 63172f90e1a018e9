/**
 * The shape of the frozen scripted conversations: what the shopper types and what must be true
 * after the step. Checks are about outcomes (tools used, products shown, cart, orders, reply
 * language, values mentioned), never about the exact wording of a reply.
 */

/** A property every (or some) product shown on screen in a step must have. Fields combine with AND. */
export interface ProductWhere {
  /** Shopify `Type` column, any of these (case-insensitive). */
  type?: string | string[];
  /** Shopify `Vendor`. */
  vendor?: string;
  notVendor?: string;
  /** The product has a variant priced at or under this (store currency, major units). */
  maxPrice?: number;
  /** The product has a variant priced at or over this. */
  minPrice?: number;
  /** The product has a variant in one of these colours, as the catalog spells them. */
  color?: string[];
  /** The product is one of these handles. */
  handles?: string[];
}

export type Check =
  /** A tool was (or was not) called in this step; `input` fields must match (strings: case-insensitive substring). */
  | { kind: 'tool'; name: string; called: boolean; input?: Record<string, string | number | boolean> }
  /** Every product shown in this step satisfies `where`; with nonEmpty, at least one product was shown. */
  | { kind: 'shown'; where: ProductWhere; nonEmpty?: boolean }
  /** At least one product shown in this step satisfies `where`. */
  | { kind: 'shownSome'; where: ProductWhere }
  /** Products shown in this step, if any, are only these (a question about a product is not a new search). */
  | { kind: 'shownOnly'; handles: string[] }
  /** The cart holds a line of this product; `options` are variant values (size or colour) that line has; quantity exact. */
  | { kind: 'cartHas'; handle: string; options?: string[]; quantity?: number }
  /** The cart holds no line of this product (with all these option values, when given). */
  | { kind: 'cartLacks'; handle: string; options?: string[] }
  | { kind: 'cartLines'; count: number }
  /**
   * Every cart line there before this step (except lines of the `except` handles) is still there,
   * unchanged: the step did not touch what it was not asked to, whatever earlier steps achieved.
   */
  | { kind: 'cartKeeps'; except: string[] }
  /** The promo code applied to the cart (null: none). */
  | { kind: 'cartPromo'; code: string | null }
  /** Number of orders this shopper has. */
  | { kind: 'orders'; count: number }
  /** Status of this shopper's latest order ('placed', 'cancelled', …); `not` negates. */
  | { kind: 'latestOrder'; status: string; not?: boolean }
  /** The reply names this shopper's latest order by its id. */
  | { kind: 'saysOrderId' }
  /** The reply matches this regular expression (case-insensitive, accents ignored). */
  | { kind: 'says'; pattern: string }
  | { kind: 'saysNot'; pattern: string }
  /** The reply's language, by a function-word detector (catalog names removed first). */
  | { kind: 'lang'; is: 'en' | 'es' }
  | { kind: 'any'; of: Check[] }
  | { kind: 'all'; of: Check[] };

export interface Step {
  /** What the shopper types. */
  say: string;
  /** The failure kind of issue 12 this step covers (for the report). */
  covers: string;
  checks: Check[];
}

export interface Conversation {
  /** A fresh guest shopper with an empty cart; the steps run in order and state carries over. */
  title: string;
  steps: Step[];
}

export interface Script {
  /** File name under eval/catalogs without extension. */
  catalog: string;
  language: 'en' | 'es';
  /** Every reply must be in this language (checked on every step in addition to its own checks). */
  replyLanguage: 'en' | 'es';
  conversations: Conversation[];
}

/** Promo codes the store has; seeded into the shop before the scripts run. */
export interface EvalPromo {
  code: string;
  kind: 'percent' | 'fixed';
  /** percent: 0-100; fixed: cents. */
  value: number;
  description: string;
  minSubtotalCents: number;
  /** ISO date; a past date makes an expired code. */
  endsAt: string | null;
}
