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
 *
 * The tables' shapes live in tables/, one file a domain; this file is the map Kysely is typed
 * with, and the row types the code uses.
 */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  AgentProfilesTable,
  AgentProfileVersionsTable,
  KnowledgeChunksTable,
  KnowledgeDocumentsTable,
} from './tables/agents.ts';
import type { CategoriesTable, ProductImagesTable, ProductsTable, VariantsTable } from './tables/catalog.ts';
import type {
  ConversationEventsTable,
  DevicesTable,
  HandoffRequestsTable,
  IdentityThrottleTable,
  IdentityVerificationsTable,
  ResearchResultsTable,
  SafetyIncidentsTable,
  SessionsTable,
  SurveysTable,
} from './tables/sessions.ts';
import type {
  CartItemsTable,
  CartsTable,
  OrderItemsTable,
  OrdersTable,
  PromosTable,
  SavedItemsTable,
  ShopperPreferencesTable,
  UsersTable,
} from './tables/shopping.ts';

export type {
  AgentProfilesTable,
  AgentProfileVersionsTable,
  KnowledgeChunksTable,
  KnowledgeDocumentsTable,
} from './tables/agents.ts';
export type {
  CategoriesTable,
  ProductImagesTable,
  ProductStatus,
  ProductsTable,
  VariantStatus,
  VariantsTable,
} from './tables/catalog.ts';
export type {
  ConversationEventsTable,
  DevicesTable,
  HandoffRequestsTable,
  HandoffStatus,
  IdentityThrottleTable,
  IdentityVerificationsTable,
  ResearchResultsTable,
  ResearchStatus,
  SafetyIncidentsTable,
  SessionsTable,
  SurveysTable,
} from './tables/sessions.ts';
export type {
  CartItemsTable,
  CartStatus,
  CartsTable,
  OrderItemsTable,
  OrderStatus,
  OrdersTable,
  PromoKind,
  PromosTable,
  SavedItemsTable,
  ShopperPreferencesTable,
  UserKind,
  UsersTable,
} from './tables/shopping.ts';

/** Small key/value table for store-wide state (catalog version, seed markers). */
export interface MetaTable {
  key: string;
  value: string;
  updated_at: string;
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
