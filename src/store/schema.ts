/**
 * The typed shape of every table, shared by SQLite and PostgreSQL.
 *
 * Conventions that keep both dialects returning identical JS values:
 * - ids are text (prefixed random ids or natural keys), never auto-increment;
 * - money is integer cents (`*_cents`), quantities and stock are integers;
 * - booleans are integers 0/1 (SQLite has no boolean type);
 * - timestamps are ISO-8601 UTC text (`new Date().toISOString()`), which sorts correctly;
 * - JSON values are stored as text and parsed by the repository that owns them.
 * Aggregates differ: PostgreSQL returns `count(*)`/`sum()` as strings (bigint); wrap them in Number().
 */
import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** A column with a default: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type UserKind = 'guest' | 'account';
export type ProductStatus = 'active' | 'draft' | 'archived';
export type VariantStatus = 'active' | 'archived';
export type CartStatus = 'open' | 'ordered' | 'abandoned';
export type PromoKind = 'percent' | 'fixed' | 'free_trial';
export type OrderStatus = 'placed' | 'paid' | 'shipped' | 'delivered' | 'cancelled';
export type ResearchStatus = 'pending' | 'done' | 'failed';
export type HandoffStatus = 'open' | 'closed';

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

export interface CategoriesTable {
  /** Stable key ("running-shoes"). */
  id: string;
  name: string;
  name_es: string | null;
  /** 'vocabulary' when name_es was made by the built-in retail vocabulary; null: the owner's (or none). */
  name_es_origin: string | null;
  /** JSON array of extra words that mean this category (both languages). */
  synonyms: Defaulted<string>;
}

export interface ProductsTable {
  id: string;
  handle: string;
  title: string;
  title_es: string | null;
  description: Defaulted<string>;
  description_es: string | null;
  brand: Defaulted<string>;
  /** Category key (categories.id) when known, else a normalised product type. */
  category: Defaulted<string>;
  product_type: Defaulted<string>;
  /** JSON array of tags. */
  tags: Defaulted<string>;
  status: Defaulted<ProductStatus>;
  /** Relative URL of the main image ("/images/trail-runner-2.svg"). */
  image: string | null;
  /** Relative or absolute product page URL. */
  url: string | null;
  currency: Defaulted<string>;
  /** Lower-cased, accent-free words from titles, descriptions, brand, category, tags in every language. */
  search_text: Defaulted<string>;
  created_at: string;
  updated_at: string;
}

export interface VariantsTable {
  id: string;
  product_id: string;
  sku: string;
  size: string | null;
  color: string | null;
  price_cents: number;
  compare_at_cents: number | null;
  stock: Defaulted<number>;
  position: Defaulted<number>;
  /** 'archived' when a replacing import no longer lists it: kept for carts and history, never offered. */
  status: Defaulted<VariantStatus>;
  /** JSON object option name → value, in the catalog's order; size and colour included. */
  options: Defaulted<string>;
  /** Shipping weight in grams (Shopify's Variant Grams), when the catalog gives one. */
  weight_grams: number | null;
  /** The unit the shop states weights in (g, kg, lb, oz). */
  weight_unit: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProductImagesTable {
  id: string;
  product_id: string;
  url: string;
  alt: string | null;
  position: Defaulted<number>;
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
/** A registered device (issue #16); the secret only as `scrypt$salt$hash`. */
export interface DevicesTable {
  id: string;
  name: string;
  secret_hash: string;
  /** The user the device shops as. */
  user_id: string;
  /** Assigned agent profile id; null: the default. */
  agent: string | null;
  created_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
}

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

export interface SessionsTable {
  id: string;
  user_id: string | null;
  transport: string;
  language: string | null;
  started_at: string;
  ended_at: string | null;
  end_reason: string | null;
  /** JSON object (client info, provider config names). */
  metadata: Defaulted<string>;
  /** The cluster node that ran the session (null on a single node). */
  node_id: Defaulted<string | null>;
}

export interface ConversationEventsTable {
  session_id: string;
  /** 1-based, gap-free per session; (session_id, seq) is the primary key. */
  seq: number;
  type: string;
  /** JSON text. */
  payload: string;
  created_at: string;
}

export interface ResearchResultsTable {
  id: string;
  user_id: string;
  session_id: string | null;
  query: string;
  status: Defaulted<ResearchStatus>;
  summary: string | null;
  /** JSON array of product ids (or cards). */
  items: Defaulted<string>;
  /** JSON: the documents' passages and web findings the summary used (migration 012). */
  sources: Defaulted<string>;
  error: string | null;
  created_at: string;
  completed_at: string | null;
}

export interface SurveysTable {
  id: string;
  session_id: string;
  user_id: string | null;
  rating: number | null;
  comment: string | null;
  /** JSON object of any further answers. */
  answers: Defaulted<string>;
  created_at: string;
}

/** Which account a guest session proved to be; the failed attempts drive the lock-out. */
/** Failed identity checks per key (`caller:<id>`, `customer:<number>`, `document:<number>`). */
export interface IdentityThrottleTable {
  key: string;
  /** Failures since window_started_at. */
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface IdentityVerificationsTable {
  session_id: string;
  /** The verified account; null until a claim succeeds. */
  user_id: string | null;
  failed_attempts: Defaulted<number>;
  verified_at: string | null;
  updated_at: string;
}

/** A shopper's request for a human agent (request_human), listed for the shop owner. */
export interface HandoffRequestsTable {
  id: string;
  /** The user the session acted for when asking. */
  user_id: string;
  session_id: string | null;
  reason: string;
  language: string | null;
  status: Defaulted<HandoffStatus>;
  created_at: string;
}

/** Small key/value table for store-wide state (catalog version, seed markers). */
/** One thing the safety guard stopped (or an emergency stop); `text` is already redacted. */
export interface SafetyIncidentsTable {
  id: string;
  session_id: string | null;
  user_id: string | null;
  /** input (the shopper's words), output (the assistant's), control (emergency stop). */
  direction: string;
  level: string;
  kind: string;
  rule: string;
  /** blocked | stopped */
  action: string;
  text: string;
  language: string | null;
  created_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
  updated_at: string;
}

/** One agent profile (issue #15): its unique name and current version. */
export interface AgentProfilesTable {
  id: string;
  name: string;
  /** Lowercased name, unique. */
  name_key: string;
  current_version: number;
  created_at: string;
  updated_at: string;
}

/** Every version of a profile: its full body as JSON (validated again when read). */
export interface AgentProfileVersionsTable {
  profile_id: string;
  version: number;
  data: string;
  created_at: string;
}

/** A document of a knowledge base (src/agents/knowledge): one per (kb, source). */
export interface KnowledgeDocumentsTable {
  id: string;
  /** Knowledge base slug ("default"); a profile names the one it uses. */
  kb: string;
  /** Where the document came from (file name, URL, "config:SHOP_POLICY_TEXT"): re-import key. */
  source: string;
  kind: string;
  title: string;
  format: string;
  language: string;
  /** sha256 of the raw content and import options: same hash → re-import changes nothing. */
  content_hash: string;
  bytes: number;
  chunk_count: number;
  created_at: string;
  updated_at: string;
}

/** A passage of a knowledge document, under its heading path (JSON array of headings). */
export interface KnowledgeChunksTable {
  id: string;
  document_id: string;
  kb: string;
  ord: number;
  heading_path: string;
  text: string;
  language: string;
  /** JSON array of numbers when an embedding provider is configured. */
  embedding: string | null;
  embedding_model: string | null;
}

export interface Database {
  users: UsersTable;
  categories: CategoriesTable;
  products: ProductsTable;
  variants: VariantsTable;
  product_images: ProductImagesTable;
  carts: CartsTable;
  cart_items: CartItemsTable;
  promos: PromosTable;
  orders: OrdersTable;
  order_items: OrderItemsTable;
  saved_items: SavedItemsTable;
  shopper_preferences: ShopperPreferencesTable;
  devices: DevicesTable;
  sessions: SessionsTable;
  conversation_events: ConversationEventsTable;
  research_results: ResearchResultsTable;
  surveys: SurveysTable;
  identity_verifications: IdentityVerificationsTable;
  identity_throttle: IdentityThrottleTable;
  handoff_requests: HandoffRequestsTable;
  safety_incidents: SafetyIncidentsTable;
  meta: MetaTable;
  agent_profiles: AgentProfilesTable;
  agent_profile_versions: AgentProfileVersionsTable;
  knowledge_documents: KnowledgeDocumentsTable;
  knowledge_chunks: KnowledgeChunksTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Category = Selectable<CategoriesTable>;
export type Product = Selectable<ProductsTable>;
export type NewProduct = Insertable<ProductsTable>;
export type Variant = Selectable<VariantsTable>;
export type NewVariant = Insertable<VariantsTable>;
export type ProductImage = Selectable<ProductImagesTable>;
export type Cart = Selectable<CartsTable>;
export type CartItem = Selectable<CartItemsTable>;
export type Promo = Selectable<PromosTable>;
export type NewPromo = Insertable<PromosTable>;
export type Order = Selectable<OrdersTable>;
export type NewOrder = Insertable<OrdersTable>;
export type OrderItem = Selectable<OrderItemsTable>;
export type SavedItem = Selectable<SavedItemsTable>;
export type Session = Selectable<SessionsTable>;
export type ConversationEventRow = Selectable<ConversationEventsTable>;
export type ResearchResult = Selectable<ResearchResultsTable>;
export type Survey = Selectable<SurveysTable>;
export type IdentityVerification = Selectable<IdentityVerificationsTable>;
export type HandoffRequestRow = Selectable<HandoffRequestsTable>;
