/** The shop REST API (src/server/shop-api.ts), same origin, guest identity in the HttpOnly cookie. */

import { ApiError, bearer, request as call, withHeaders } from './http';
import type {
  CartView,
  ConversationSummary,
  Language,
  Me,
  OrderView,
  ProductCard,
  ProductDetails,
  ResearchSummary,
  SavedEntry,
  SessionInfo,
  TransportsReply,
} from './types';

export { ApiError };

const q = (lang: Language) => `?lang=${lang}`;

export interface CartReply {
  cart: CartView;
  promoProblem: string | null;
  stockProblems: { itemId: string; name: string; quantity: number; stock: number }[];
}

export const api = {
  /** The server's transports (GET /api/transports): the connection picker lists the ones a browser can start. */
  transports: () => call<TransportsReply>('GET', '/api/transports'),
  me: () => call<Me>('GET', '/api/me'),
  setLanguage: (language: Language) => call<Me>('PATCH', '/api/me', { language }),
  search: (text: string, lang: Language) =>
    call<{ query: string; items: ProductCard[] }>(
      'GET',
      `/api/products${q(lang)}&q=${encodeURIComponent(text)}`,
    ),
  product: (id: string, lang: Language) =>
    call<ProductDetails>('GET', `/api/products/${encodeURIComponent(id)}${q(lang)}`),
  cart: (lang: Language) => call<CartReply>('GET', `/api/cart${q(lang)}`),
  addToCart: (
    lang: Language,
    item: {
      productId: string;
      size?: string;
      color?: string;
      options?: Record<string, string>;
      quantity: number;
    },
  ) => call<CartReply>('POST', `/api/cart/items${q(lang)}`, item),
  updateItem: (lang: Language, itemId: string, quantity: number) =>
    call<CartReply>('PATCH', `/api/cart/items/${encodeURIComponent(itemId)}${q(lang)}`, { quantity }),
  removeItem: (lang: Language, itemId: string) =>
    call<CartReply>('DELETE', `/api/cart/items/${encodeURIComponent(itemId)}${q(lang)}`),
  applyPromo: (lang: Language, code: string) =>
    call<CartReply>('POST', `/api/cart/promo${q(lang)}`, { code }),
  prepareOrder: (lang: Language) =>
    call<CartReply & { summary: string; token: string; expiresAt: string }>(
      'POST',
      `/api/orders/prepare${q(lang)}`,
    ),
  confirmOrder: (lang: Language, token: string) =>
    call<{ order: OrderView; replayed: boolean }>('POST', `/api/orders/confirm${q(lang)}`, { token }),
  orders: () => call<{ orders: OrderView[] }>('GET', '/api/orders'),
  saved: (lang: Language) => call<{ saved: SavedEntry[] }>('GET', `/api/saved${q(lang)}`),
  save: (lang: Language, item: { productId: string; size?: string; color?: string }) =>
    call<{ saved: SavedEntry }>('POST', `/api/saved${q(lang)}`, item),
  history: (lang: Language) =>
    call<{ orders: OrderView[]; conversations: ConversationSummary[]; research: ResearchSummary[] }>(
      'GET',
      `/api/history${q(lang)}`,
    ),
};

/** The shop owner's console: bearer token when the server has ADMIN_TOKEN, else the caller's own data. */
export function adminApi(token: string | null) {
  const call = withHeaders(bearer(token));
  return {
    me: () => call<Me>('GET', '/api/me'),
    sessions: () => call<{ sessions: SessionInfo[] }>('GET', '/api/sessions'),
    conversations: () => call<{ conversations: ConversationSummary[] }>('GET', '/api/conversations'),
    events: (id: string) =>
      call<{ events: RecordedEvent[] }>('GET', `/api/sessions/${encodeURIComponent(id)}/events`),
    end: (id: string) => call<SessionInfo>('DELETE', `/api/sessions/${encodeURIComponent(id)}`),
    agents: () => call<{ agents: AgentProfile[] }>('GET', '/api/admin/agents'),
    agent: (id: string) =>
      call<{ agent: AgentProfile; versions: AgentVersionInfo[] }>(
        'GET',
        `/api/admin/agents/${encodeURIComponent(id)}`,
      ),
    createAgent: (body: Record<string, unknown>) =>
      call<{ agent: AgentProfile }>('POST', '/api/admin/agents', body),
    updateAgent: (id: string, body: Record<string, unknown>) =>
      call<{ agent: AgentProfile }>('PATCH', `/api/admin/agents/${encodeURIComponent(id)}`, body),
    deleteAgent: (id: string) => call<undefined>('DELETE', `/api/admin/agents/${encodeURIComponent(id)}`),
  };
}

/** An agent profile as the admin API returns it (the body fields are edited as JSON in the console). */
export interface AgentProfile extends Record<string, unknown> {
  id: string;
  name: string;
  brand: string;
  version: number;
  languages: string[];
  source: 'config' | 'store';
  createdAt: string;
  updatedAt: string;
}

export interface AgentVersionInfo {
  version: number;
  createdAt: string;
  name: string;
}

export interface RecordedEvent {
  sessionId: string;
  seq: number;
  type: string;
  payload: unknown;
  createdAt: string;
}

export function formatMoney(amount: number, currency: string, lang: Language): string {
  try {
    return new Intl.NumberFormat(lang === 'es' ? 'es-ES' : 'en-IE', { style: 'currency', currency }).format(
      amount,
    );
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
