/**
 * The contract between the shop domain and everything that talks to it (the LLM tool loop,
 * the offline dialogue engine, the STT language-model builder, the UI). The shop domain
 * implements it; nothing here knows about voice.
 */
import type { z } from 'zod';

export type Language = 'en' | 'es';

/**
 * Words the loaded catalog is made of, per language. The offline dialogue engine and the
 * catalog language model are built from this, never from hard-coded demo data.
 */
export interface CatalogVocabulary {
  language: Language;
  /** Product display names ("Trail Runner 2 Running Shoes"). */
  productNames: string[];
  /** Categories / product types ("running shoes", "hoodies"), singular and plural forms where known. */
  categories: string[];
  /**
   * Spanish names of English-only categories made by the built-in retail vocabulary ("regaderas"),
   * not the shop's own words; search already knows them. Only in the Spanish vocabulary.
   */
  categoriesTranslated?: string[];
  brands: string[];
  colors: string[];
  sizes: string[];
  /** Materials, features and tags ("waterproof", "cotton", "trail"). */
  attributes: string[];
  /**
   * Names and values of options other than size and colour ("length", "50 ft", "1000"), values as
   * the catalog spells them. Absent when the vocabulary was built without them.
   */
  options?: string[];
  /**
   * Property compounds the product descriptions state ("fragrance-free", "shatter-proof",
   * "dishwasher-safe"), lower case, for speech recognition; tags are in `attributes`.
   */
  descriptionTerms?: string[];
  /**
   * Spanish words for the catalog's English words from a bilingual dictionary (folded Spanish form
   * → English words: "molinillo" → grinder; adjectives go before their noun in English). Only in
   * the Spanish vocabulary of an English catalog.
   */
  spanishWords?: Record<string, { en: string[]; adjective?: true }>;
  /**
   * The product descriptions' plain sentences, as written ("Keeps drinks hot for 24 hours"): the
   * words a shop uses for its products' properties, for speech recognition.
   */
  descriptionSentences?: string[];
  /**
   * Words the descriptions and tags of several products use ("fit", "free", "set"): common words
   * of this shop, which never name one product even when only one title has them ("Comfort-Fit").
   */
  commonWords?: string[];
  /** The shop's active promo codes as written ("GLOW10"): shoppers read them out. */
  promoCodes?: string[];
  /** Price range of the catalog, in its currency's major units. */
  minPrice: number;
  maxPrice: number;
  currency: string;
}

/** Who a tool call acts for. Every tool acts only for this user and this session. */
export interface ToolContext {
  userId: string;
  sessionId: string;
  language: Language;
  /** The session agent's knowledge base (search_knowledge); unset: the shop's default one. */
  knowledgeBase?: string;
  /** Unique per call; doubles as the idempotency key for writes. */
  toolCallId: string;
  abortSignal: AbortSignal;
}

/** A tool's outcome: a compact result for the LLM and optional UI events for the shopper's screen. */
export interface ToolOutcome<R = unknown> {
  result: R;
  ui?: UiEvent[];
}

export interface ToolPolicy {
  /** Abort the call when the shopper interrupts (reads: true; writes: false). */
  cancelOnInterruption: boolean;
  /** Say a short filler ("let me check that") when the call takes longer than this. */
  fillerAfterMs?: number;
  timeoutMs: number;
  /**
   * Refused when the turn came from speech the recognizer flagged as probably not a shopping
   * request (removing or changing cart items), so misheard small talk never undoes a choice.
   * Placing an order needs no flag: it already requires a spoken yes to a read-back.
   */
  needsClearSpeech?: boolean;
}

export interface ShopTool<I = unknown, R = unknown> {
  name: ToolName;
  /** Written for an LLM: when to call it and what it returns. */
  description: string;
  inputSchema: z.ZodType<I>;
  policy: ToolPolicy;
  execute(input: I, ctx: ToolContext): Promise<ToolOutcome<R>>;
}

/** Every tool the shop exposes. The offline engine emits exactly these names. */
export const TOOL_NAMES = [
  'search_products',
  'get_product',
  'compare_products',
  'check_availability',
  'add_to_cart',
  'update_cart_item',
  'remove_from_cart',
  'clear_cart',
  'view_cart',
  'apply_promo',
  'list_promos',
  'prepare_order',
  'confirm_order',
  'cancel_order',
  'order_status',
  'identify_user',
  'save_item',
  'list_saved_items',
  'shopping_history',
  'remember_preference',
  'list_preferences',
  'forget_preferences',
  'start_research',
  'get_research',
  'submit_survey',
  'request_human',
  'get_policy',
  'search_knowledge',
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** UI events: sent to clients as RTVI `server-message` data. Zod schemas live in shop/ui-events.ts. */
export interface ProductCard {
  id: string;
  name: string;
  brand: string;
  price: number;
  currency: string;
  image: string;
  url: string;
  summary: string;
  sizes: { size: string; inStock: boolean }[];
  colors: { color: string; inStock: boolean }[];
  /** Options other than size and colour (Length, Pieces, Volume…), when the product has any. */
  options?: { name: string; values: { value: string; inStock: boolean }[] }[];
  inStock: boolean;
}

export interface CartLine {
  itemId: string;
  productId: string;
  name: string;
  size?: string;
  color?: string;
  /** Options other than size and colour ({Length: "50 ft"}), when the variant has any. */
  options?: Record<string, string>;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  image: string;
}

export interface CartView {
  items: CartLine[];
  subtotal: number;
  discount: number;
  total: number;
  currency: string;
  promo: { code: string; description: string } | null;
}

export interface OrderView {
  id: string;
  status: 'placed' | 'paid' | 'shipped' | 'delivered' | 'cancelled';
  items: CartLine[];
  total: number;
  currency: string;
  createdAt: string;
}

export type UiEvent =
  | { type: 'products'; query: string; items: ProductCard[] }
  | { type: 'cart'; cart: CartView }
  | { type: 'order'; order: OrderView }
  | { type: 'confirm'; action: 'place_order'; summary: string; token: string }
  | {
      type: 'research';
      query: string;
      summary: string;
      items: ProductCard[];
      /** The shop's documents the summary cites. */
      documents?: { title: string; source: string }[];
      /** The web or product-search provider's findings. */
      web?: { title: string; url: string; snippet: string }[];
    };
