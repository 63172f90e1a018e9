/**
 * The web app's Convex mode (issue 19, part 5): when the server names a Convex deployment
 * (GET /api/auth/config → convex) and the shopper is signed in with Clerk, saved items and
 * conversation history come from the convex/ module's queries, live, and saving a product card
 * is its mutation. This module holds what is not React: the config, the function references,
 * the token for Convex and the mapping between Convex documents and the app's types.
 */
import { anyApi } from 'convex/server';
import type { api as generatedApi } from '../../convex/_generated/api.js';
import type { SessionSummary } from '../../convex/history';
import type { ClerkLike } from './clerk';
import type { ConversationSummary, ProductCard, SavedEntry } from './types';

export interface ConvexConfig {
  /** The deployment URL the client connects to (https://<name>.convex.cloud). */
  url: string;
  /** The Clerk JWT template Convex verifies (Clerk's Convex integration: "convex"); null: the session token. */
  tokenTemplate: string | null;
}

/** The module's functions, typed by its generated API (the same object codegen's api.js exports). */
export const convexApi = anyApi as unknown as typeof generatedApi;

export function parseConvexConfig(value: unknown): ConvexConfig | null {
  if (typeof value !== 'object' || value === null) return null;
  const { url, tokenTemplate } = value as Record<string, unknown>;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
  return { url, tokenTemplate: typeof tokenTemplate === 'string' && tokenTemplate ? tokenTemplate : null };
}

/** Convex's `fetchToken`: the signed-in Clerk user's token for Convex, fresh when Convex asks for one. */
export function convexTokenFetcher(clerk: ClerkLike, config: ConvexConfig) {
  return async ({ forceRefreshToken }: { forceRefreshToken: boolean }): Promise<string | null> => {
    try {
      const session = clerk.session;
      if (!session) return null;
      return await session.getToken({
        ...(config.tokenTemplate ? { template: config.tokenTemplate } : {}),
        ...(forceRefreshToken ? { skipCache: true } : {}),
      });
    } catch {
      return null;
    }
  };
}

/** A savedItems row as the module returns it. */
export interface ConvexSavedItem {
  _id: string;
  productId: string;
  name: string;
  brand?: string;
  price?: number;
  currency?: string;
  url?: string;
  image?: string;
  savedAt: number;
}

/**
 * A Convex saved item as the Saved panel shows it. Convex keeps the card, not the catalog entry:
 * stock is not known there, so the add-to-cart button stays on and the shop API has the last word.
 */
export function savedFromConvex(item: ConvexSavedItem): SavedEntry {
  return {
    savedId: item._id,
    product: {
      id: item.productId,
      name: item.name,
      brand: item.brand ?? '',
      price: item.price ?? 0,
      currency: item.currency ?? 'EUR',
      image: item.image ?? '',
      url: item.url ?? '',
      summary: '',
      sizes: [],
      colors: [],
      inStock: true,
    },
    size: null,
    color: null,
    note: null,
    savedAt: new Date(item.savedAt).toISOString(),
  };
}

export function conversationFromConvex(session: SessionSummary): ConversationSummary {
  return {
    id: session.sessionId,
    transport: session.transport,
    language: session.language,
    startedAt: new Date(session.startedAt).toISOString(),
    endedAt: null,
    endReason: null,
    events: session.turns,
    firstUtterance: session.firstUtterance,
  };
}

/** Only http(s) links are accepted by the module; the shop's relative image paths become absolute. */
function absolute(link: string, origin: string): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link, origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The product card as savedItems.add takes it (no undefined fields: Convex values have none). */
export function cardForConvex(card: ProductCard, origin: string) {
  const url = absolute(card.url, origin);
  const image = absolute(card.image, origin);
  return {
    productId: card.id,
    name: card.name,
    ...(card.brand ? { brand: card.brand } : {}),
    ...(Number.isFinite(card.price) ? { price: card.price } : {}),
    ...(card.currency ? { currency: card.currency } : {}),
    ...(url ? { url } : {}),
    ...(image ? { image } : {}),
  };
}
