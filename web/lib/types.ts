/** Mirrors the UI contract in src/shop/contract.ts (RTVI `server-message` data) and the shop REST API replies. */
export type Language = 'en' | 'es';
export type TransportKind = 'websocket' | 'webrtc';

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
  inStock: boolean;
}

export interface CartLine {
  itemId: string;
  productId: string;
  name: string;
  size?: string;
  color?: string;
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

export type OrderStatus = 'placed' | 'paid' | 'shipped' | 'delivered' | 'cancelled';

export interface OrderView {
  id: string;
  status: OrderStatus;
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
  | { type: 'research'; query: string; summary: string; items: ProductCard[] };

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

export function isUiEvent(value: unknown): value is UiEvent {
  if (!value || typeof value !== 'object') return false;
  const t = (value as { type?: unknown }).type;
  return t === 'products' || t === 'cart' || t === 'order' || t === 'confirm' || t === 'research';
}
