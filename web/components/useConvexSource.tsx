/**
 * Convex mode for the shop screen: with a Convex deployment configured and a shopper signed in
 * with Clerk, a Convex client is opened (auth: the Clerk token for Convex), and saved items and
 * history come from its live queries; signed out, or without the setting, everything stays on
 * the REST API. Returns what the screen shows and the element that keeps the subscriptions.
 */
import { ConvexReactClient } from 'convex/react';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { ClerkLike } from '../lib/clerk';
import { type ConvexConfig, convexTokenFetcher } from '../lib/convex';
import type { ConversationSummary, ProductCard, SavedEntry } from '../lib/types';
import { ConvexData, type ConvexProblem } from './ConvexData';

export interface ConvexSource {
  /** Saved items and history come from Convex. */
  active: boolean;
  /** null while the first result is on its way. */
  saved: SavedEntry[] | null;
  conversations: ConversationSummary[] | null;
  problem: ConvexProblem | null;
  /** Saves a card with the module's mutation; throws while Convex is not ready. */
  save(card: ProductCard): Promise<void>;
  /** Render it once: it holds the subscriptions. */
  element: ReactNode;
}

export function useConvexSource(opts: {
  config: ConvexConfig | null;
  clerk: ClerkLike | null;
  signedIn: boolean;
  withHistory: boolean;
}): ConvexSource {
  const { config, clerk, signedIn } = opts;
  const active = Boolean(config && clerk && signedIn);
  const [client, setClient] = useState<ConvexReactClient | null>(null);
  const [authenticated, setAuthenticated] = useState<boolean | null>(null);
  const [saved, setSaved] = useState<SavedEntry[] | null>(null);
  const [conversations, setConversations] = useState<ConversationSummary[] | null>(null);
  const [problem, setProblem] = useState<ConvexProblem | null>(null);
  const saver = useRef<((card: ProductCard) => Promise<void>) | null>(null);

  useEffect(() => {
    if (!active || !config || !clerk) return;
    // One client per signed-in shopper: a sign-out closes it, so nothing of theirs stays subscribed.
    const next = new ConvexReactClient(config.url, { unsavedChangesWarning: false });
    next.setAuth(convexTokenFetcher(clerk, config), (ok) => setAuthenticated(ok));
    setClient(next);
    return () => {
      setClient(null);
      setAuthenticated(null);
      setSaved(null);
      setConversations(null);
      setProblem(null);
      void next.close();
    };
  }, [active, config, clerk]);

  const onSaver = useCallback((save: ((card: ProductCard) => Promise<void>) | null) => {
    saver.current = save;
  }, []);

  return {
    active,
    saved,
    conversations,
    problem,
    save: async (card) => {
      if (!saver.current) throw new Error('Convex is not connected yet');
      await saver.current(card);
    },
    element: client ? (
      <ConvexData
        client={client}
        withHistory={opts.withHistory}
        authenticated={authenticated}
        onSaved={setSaved}
        onConversations={setConversations}
        onProblem={setProblem}
        onSaver={onSaver}
      />
    ) : null,
  };
}
