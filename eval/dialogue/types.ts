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
  /** The product is none of these handles (round 2: the draft product, products the step excludes). */
  notHandles?: string[];
  /** The product's `Type` is none of these (round 2: "not the shampoos"). */
  notType?: string[];
  /** The product has a variant whose CSV option `name` is one of `values` (round 2: `Shade` reds). */
  option?: { name: string; values: string[] };
}

/**
 * One cart line a round-2 step expects to change. `handle`: the product (any of several, when the
 * step leaves the choice to the engine); `options`: the variant's option values by the CSV's option
 * names (`{ Volume: '100 ml' }`), read through the variant's SKU so they hold whatever the importer
 * keeps; `quantity`: by how much the line went up (or down).
 */
export interface LineSpec {
  handle: string | string[];
  options?: Record<string, string>;
  quantity?: number;
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
  /**
   * Round 2. The cart changed in this step by exactly this: the lines that went up are exactly
   * `add` (each with its quantity delta when given), the lines that went down or left are exactly
   * `remove` (default none). `add: []` with no `remove`: the cart did not change at all.
   */
  | { kind: 'cartDelta'; add: LineSpec[]; remove?: LineSpec[] }
  /**
   * Round 2 superlatives: the first product shown is one of `handles`, or the reply names it
   * (`pattern`) before it names any rival (`rivals`). A list that merely contains it does not pass.
   */
  | { kind: 'best'; handles: string[]; pattern: string; rivals: string }
  /** Round 2 read-back: the reply states the cart's current total in the store's currency (USD: never in euros). */
  | { kind: 'saysCartTotal' }
  /** Round 2 save for later: the shopper's saved items hold this product. */
  | { kind: 'saved'; handle: string }
  /**
   * Round 2 ordinals ("the second one"): the cart gained exactly one line, of the product at this
   * 1-based position of the products shown by the latest earlier step that showed any.
   */
  | { kind: 'addedShownAt'; position: number; options?: Record<string, string> }
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
