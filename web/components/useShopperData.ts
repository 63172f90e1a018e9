'use client';
/**
 * What the screen shows of one shopper: cart, orders, saved items, past conversations and
 * research, and the product view. Loaded for the identity on screen (and again on every sign-in or
 * sign-out, `generation`), history only while its tab is open; saved items from our API unless
 * Convex holds them.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../lib/api';
import type {
  CartView,
  ConversationSummary,
  Language,
  OrderView,
  ResearchSummary,
  SavedEntry,
} from '../lib/types';
import type { ProductsView } from './Products';

export interface ShopperDataOptions {
  lang: Language;
  /** Who the data belongs to (GET /api/me); null until known. */
  identity: string | null;
  /** Bumped on every sign-in or sign-out: everything reloads. */
  generation: number;
  /** Convex holds the saved items: ours are not loaded. */
  convexActive: boolean;
  historyOpen: boolean;
  fail(err: unknown): void;
}

export function useShopperData(o: ShopperDataOptions) {
  const [products, setProducts] = useState<ProductsView | null>(null);
  const [cart, setCart] = useState<CartView | null>(null);
  const [orders, setOrders] = useState<OrderView[]>([]);
  const [saved, setSaved] = useState<SavedEntry[]>([]);
  const [conversations, setConversations] = useState<ConversationSummary[]>([]);
  const [research, setResearch] = useState<ResearchSummary[]>([]);
  const { lang, identity, generation, convexActive, historyOpen, fail } = o;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` reloads on every sign-in or sign-out
  useEffect(() => {
    document.documentElement.lang = lang;
    if (identity === null) return;
    let live = true;
    const load = async () => {
      try {
        const [c, ord, s] = await Promise.all([
          api.cart(lang),
          api.orders(),
          convexActive ? null : api.saved(lang),
        ]);
        if (!live) return;
        setCart(c.cart);
        setOrders(ord.orders);
        if (s) setSaved(s.saved);
        const featured = await api.search('', lang);
        if (live)
          setProducts((p) =>
            p && p.kind !== 'featured'
              ? p
              : { kind: 'featured', query: '', items: featured.items.slice(0, 8) },
          );
      } catch (err) {
        if (live) fail(err);
      }
    };
    void load();
    return () => {
      live = false;
    };
  }, [lang, fail, identity, generation, convexActive]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` reloads on every sign-in or sign-out
  useEffect(() => {
    if (!historyOpen || identity === null) return;
    let live = true;
    api.history(lang).then((h) => {
      if (!live) return;
      setConversations(h.conversations);
      setResearch(h.research ?? []);
      setOrders(h.orders);
    }, fail);
    return () => {
      live = false;
    };
  }, [historyOpen, lang, fail, identity, generation]);

  /** Nothing of the previous identity stays on screen. */
  const clear = useCallback(() => {
    setCart(null);
    setOrders([]);
    setSaved([]);
    setConversations([]);
  }, []);

  return {
    products,
    setProducts,
    cart,
    setCart,
    orders,
    setOrders,
    saved,
    setSaved,
    conversations,
    research,
    clear,
  };
}
