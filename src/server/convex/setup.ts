/**
 * Composition of the Convex link from configuration: off unless CONVEX_URL is set; when on, the
 * recorder's commits wake the delivery and /start can link sessions.
 */
import type { Clock } from '../../pipeline/clock.ts';
import { isShopError } from '../../shop/errors.ts';
import { loadProducts, toProductCard } from '../../shop/products/details.ts';
import type { ResearchService } from '../../shop/research/service.ts';
import type { Store } from '../../store/db.ts';
import type { ConversationEvent } from '../../store/recorder.ts';
import { ConvexClaims } from '../../store/repositories/convex-claims.ts';
import { ConvexLinks } from '../../store/repositories/convex-links.ts';
import { UsersRepository } from '../../store/repositories/users.ts';
import { ConvexClaimDelivery } from './claims.ts';
import type { ConvexEnv } from './config.ts';
import { cardOf } from './deliveries.ts';
import { ConvexLinkDelivery } from './link.ts';
import type { ConvexStartLink } from './start.ts';

export interface ConvexLinkSetup {
  start: ConvexStartLink;
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
  delivery: ConvexLinkDelivery;
  /** A guest's saved items owed to the account's Convex records (POST /api/auth/claim-guest). */
  claims: ConvexClaimDelivery;
}

/** The convex/ module takes at most this many items in one claim (convex/claims.ts). */
const MAX_CLAIMED_ITEMS = 200;

export function createConvexLink(opts: {
  env: ConvexEnv;
  store: Store;
  clock: Clock;
  research: Pick<ResearchService, 'get'>;
  events: {
    eventsAfter(sessionId: string, afterSeq: number): Promise<ConversationEvent[]>;
    onEventsCommitted(listener: (events: readonly ConversationEvent[]) => void): () => void;
  };
  publicUrl?: string | undefined;
  fetch?: typeof fetch;
}): ConvexLinkSetup | undefined {
  const { env } = opts;
  if (!env.CONVEX_URL || !env.secret) return undefined;
  const links = new ConvexLinks(opts.store.db);
  const delivery = new ConvexLinkDelivery({
    links,
    listEvents: (sessionId, afterSeq) => opts.events.eventsAfter(sessionId, afterSeq),
    async research(userId, researchId) {
      try {
        const view = await opts.research.get(userId, researchId, 'en');
        return { ...view, items: view.items as unknown as Record<string, unknown>[] };
      } catch (err) {
        if (isShopError(err) && err.code === 'not_found') return undefined;
        throw err;
      }
    },
    url: env.CONVEX_URL,
    secret: env.secret,
    clock: opts.clock,
    publicUrl: opts.publicUrl,
    retryBaseMs: env.CONVEX_RETRY_BASE_MS,
    retryMaxMs: env.CONVEX_RETRY_MAX_MS,
    timeoutMs: env.CONVEX_TIMEOUT_MS,
    pollMs: env.CONVEX_POLL_MS,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const users = new UsersRepository(opts.store.db);
  const claimStore = new ConvexClaims(opts.store.db);
  const claims = new ConvexClaimDelivery({
    claims: claimStore,
    async cards(userId, productIds) {
      const language = (await users.language(userId)) === 'es' ? 'es' : 'en';
      const products = await loadProducts(opts.store.db, productIds.slice(-MAX_CLAIMED_ITEMS), language);
      return products.map((p) => cardOf({ ...toProductCard(p) }, opts.publicUrl));
    },
    url: env.CONVEX_URL,
    secret: env.secret,
    clock: opts.clock,
    retryBaseMs: env.CONVEX_RETRY_BASE_MS,
    retryMaxMs: env.CONVEX_RETRY_MAX_MS,
    timeoutMs: env.CONVEX_TIMEOUT_MS,
    pollMs: env.CONVEX_POLL_MS,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const unsubscribe = opts.events.onEventsCommitted((events) => delivery.committed(events));
  delivery.start();
  claims.start();
  return {
    delivery,
    claims,
    start: {
      register: (sessionId, convexSessionId, userId) => delivery.register(sessionId, convexSessionId, userId),
    },
    counts: async () => {
      const claimCounts = await claimStore.counts();
      return {
        ...(await links.counts()),
        claimsPending: claimCounts.pending,
        claimsDone: claimCounts.done,
        claimsDead: claimCounts.dead,
      };
    },
    async close() {
      unsubscribe();
      await Promise.all([delivery.close(), claims.close()]);
    },
  };
}
