/**
 * Types of the shop UI: the UI events (RTVI `server-message` data) and the transport list come
 * from the server's own contracts (type-only imports: nothing of the server is bundled); the rest
 * mirrors the shop REST API replies.
 */
import type { Language, OrderView, ProductCard } from '../../src/shop/contract.ts';

export type {
  CartLine,
  CartView,
  Language,
  OrderView,
  ProductCard,
  UiEvent,
} from '../../src/shop/contract.ts';
export type {
  BrowserClient,
  TransportInfo,
  TransportsReply,
} from '../../src/transports/contract.ts';
export type OrderStatus = OrderView['status'];

export interface VariantView {
  id: string;
  size: string | null;
  color: string | null;
  colorLabel: string | null;
  price: number;
  stock: number;
  inStock: boolean;
}

export interface ProductDetails extends ProductCard {
  description: string;
  variants: VariantView[];
}

export interface SavedEntry {
  savedId: string;
  product: ProductCard;
  size: string | null;
  color: string | null;
  note: string | null;
  savedAt: string;
}

export interface ConversationSummary {
  id: string;
  userId?: string;
  transport: string;
  language: string | null;
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
  events: number;
  firstUtterance: string | null;
}

/** A background research job of the shopper (GET /api/history). */
export interface ResearchSummary {
  researchId: string;
  query: string;
  status: 'pending' | 'done' | 'failed';
  summary: string | null;
  items: ProductCard[];
  sources: {
    passages: { title: string; source: string; text: string }[];
    web: { title: string; url: string; snippet: string }[];
  };
  createdAt: string;
}

export interface SessionInfo {
  id: string;
  userId: string;
  transport: string;
  state: 'pending' | 'active' | 'ended';
  createdAt: string;
  startedAt?: string;
  endedAt?: string;
  endReason?: string;
  language: string;
}

export interface Me {
  userId: string;
  kind: 'guest' | 'account' | 'admin';
  language: Language;
  /** An account's; absent for a guest, null when the account has none. */
  email?: string | null;
  name?: string | null;
}
