'use client';
/**
 * The Convex data source of the web app (Convex mode): renders nothing, subscribes to the
 * module's saved items (and, while the history tab is open, its session summaries) with
 * `useQuery`, hands each new result to the shop screen, and offers the `savedItems.add`
 * mutation for the product cards' Save button. Convex pushes every change — an item the voice
 * server saved, a turn it logged — so the screen updates without a reload.
 *
 * What goes wrong is reported, not waited for: a deployment that cannot be reached (the client
 * keeps retrying in the background), a sign-in Convex refuses, a query that fails.
 */
import {
  ConvexProvider,
  type ConvexReactClient,
  useConvexConnectionState,
  useMutation,
  useQuery,
} from 'convex/react';
import { Component, type ReactNode, useEffect, useRef } from 'react';
import { cardForConvex, conversationFromConvex, convexApi, savedFromConvex } from '../lib/convex';
import type { Strings } from '../lib/i18n';
import type { ConversationSummary, ProductCard, SavedEntry } from '../lib/types';

export type ConvexProblem = { kind: 'unreachable' } | { kind: 'auth' } | { kind: 'failed'; message: string };

/** Failed connection attempts in a row before the screen says Convex cannot be reached. */
const ATTEMPTS_BEFORE_UNREACHABLE = 2;

export interface ConvexDataProps {
  client: ConvexReactClient;
  /** Subscribe to the history too (only while it is on screen). */
  withHistory: boolean;
  /** Whether Convex accepted the sign-in (from `setAuth`'s callback); null until it answers. */
  authenticated: boolean | null;
  onSaved(saved: SavedEntry[] | null): void;
  onConversations(conversations: ConversationSummary[] | null): void;
  onProblem(problem: ConvexProblem | null): void;
  /** Receives the save function once the mutation is ready. */
  onSaver(save: ((card: ProductCard) => Promise<void>) | null): void;
}

export function ConvexData(props: ConvexDataProps) {
  return (
    <ConvexProvider client={props.client}>
      <QueryErrorBoundary onError={(message) => props.onProblem({ kind: 'failed', message })}>
        <Subscriptions {...props} />
      </QueryErrorBoundary>
    </ConvexProvider>
  );
}

function Subscriptions(props: ConvexDataProps) {
  const { onSaved, onConversations, onProblem, onSaver, authenticated } = props;
  // Queries wait for Convex's answer to the sign-in: before it, they would run without an identity.
  const ready = authenticated === true;
  const saved = useQuery(convexApi.savedItems.list, ready ? {} : 'skip');
  const sessions = useQuery(convexApi.history.summaries, ready && props.withHistory ? {} : 'skip');
  const add = useMutation(convexApi.savedItems.add);
  const connection = useConvexConnectionState();

  useEffect(() => onSaved(saved ? saved.map(savedFromConvex) : null), [saved, onSaved]);
  useEffect(
    () => onConversations(sessions ? sessions.map(conversationFromConvex) : null),
    [sessions, onConversations],
  );

  const unreachable =
    !connection.isWebSocketConnected && connection.connectionRetries >= ATTEMPTS_BEFORE_UNREACHABLE;
  useEffect(() => {
    if (unreachable) onProblem({ kind: 'unreachable' });
    else if (authenticated === false) onProblem({ kind: 'auth' });
    else onProblem(null);
  }, [unreachable, authenticated, onProblem]);

  const addRef = useRef(add);
  addRef.current = add;
  useEffect(() => {
    onSaver(async (card) => {
      await addRef.current({ item: cardForConvex(card, window.location.origin) });
    });
    return () => onSaver(null);
  }, [onSaver]);

  return null;
}

/** useQuery throws a failed query's error during render; this turns it into a reported problem. */
class QueryErrorBoundary extends Component<
  { onError(message: string): void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error): void {
    this.props.onError(convexErrorMessage(error));
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/** What the Saved and History panels say instead of a list Convex cannot give (or has not yet). */
export function ConvexNotice(props: { t: Strings; problem: ConvexProblem | null; loading: boolean }) {
  const { t, problem } = props;
  if (problem)
    return (
      <p className="notice notice--error" role="alert" data-testid="convex-problem" data-kind={problem.kind}>
        {convexProblemText(t, problem)}
      </p>
    );
  return props.loading ? (
    <p className="muted" data-testid="convex-loading">
      {t.convexLoading}
    </p>
  ) : null;
}

export function convexProblemText(t: Strings, problem: ConvexProblem): string {
  if (problem.kind === 'unreachable') return t.convexUnreachable;
  if (problem.kind === 'auth') return t.convexAuthFailed;
  return `${t.convexFailed}: ${problem.message}`;
}

/** The module's own message for a ConvexError (`{ code, message }`), else the error's text. */
export function convexErrorMessage(err: unknown): string {
  const data = (err as { data?: { message?: unknown } } | null)?.data;
  if (typeof data?.message === 'string') return data.message;
  return err instanceof Error ? err.message : String(err);
}
