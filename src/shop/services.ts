/**
 * The shop's composition root: builds every shop service over one database. The tools, the
 * offline dialogue engine, the REST API and the speech-to-speech routes share one instance.
 */

import type { Kysely } from 'kysely';
import { KnowledgeBase } from '../agents/knowledge/index.ts';
import type { Database } from '../store/schema.ts';
import { CartService } from './cart/service.ts';
import { spanishToEnglish } from './dialogue/spanish/translate.ts';
import { DbIdentityStore } from './identity/db-store.ts';
import { IdentityService, type IdentitySessionStore } from './identity/service.ts';
import { ShopKnowledge } from './knowledge.ts';
import { MemoryService } from './memory/service.ts';
import { OrderService } from './orders/service.ts';
import type { ProductSearch } from './products/search-port.ts';
import { ResearchService, type Summarizer } from './research/service.ts';
import type { WebSearch } from './research/types.ts';
import { createWebSearch } from './research/web/index.ts';
import { SavedItemsService } from './saved/service.ts';
import { DbHandoffSink } from './survey/handoff-store.ts';
import { HandoffService, type HandoffSink, SurveyService } from './survey/service.ts';
import { catalogSearch } from './tools/catalog-search.ts';
import { loadShopConfig, type ShopConfig } from './tools/config.ts';

export interface ShopDeps {
  db: Kysely<Database>;
  /** Defaults to the catalog's ranked search over the same database. */
  search?: ProductSearch;
  config?: Partial<ShopConfig>;
  /** Wall clock for promo validity, token expiry and timestamps (tests pin it). */
  now?: () => Date;
  /** Defaults to the database (`identity_verifications`); pass `InMemoryIdentityStore` in unit tests. */
  identityStore?: IdentitySessionStore;
  /** Defaults to the database (`handoff_requests`); pass `InMemoryHandoffSink` in unit tests. */
  handoffSink?: HandoffSink;
  summarize?: Summarizer;
  /** Research's web or product-search provider; defaults to the one SHOP_RESEARCH_WEB names. */
  web?: WebSearch;
  /** The knowledge base (configured embedder, limits); defaults to full-text search over `db`. */
  knowledge?: KnowledgeBase;
}

export interface ShopServices {
  db: Kysely<Database>;
  search: ProductSearch;
  config: ShopConfig;
  now: () => Date;
  carts: CartService;
  orders: OrderService;
  identity: IdentityService;
  saved: SavedItemsService;
  /** What the shopper told the assistant about themselves (sizes, brands, budget). */
  memory: MemoryService;
  research: ResearchService;
  surveys: SurveyService;
  handoff: HandoffService;
  /** The shop's documents (policies, FAQs…) for search_knowledge and the offline engine. */
  knowledge: ShopKnowledge;
  /** Stops the session's background work; call when a session ends. */
  endSession(sessionId: string): Promise<void>;
  /** Stops all background research; call at server shutdown. */
  close(): Promise<void>;
}

export function createShopServices(deps: ShopDeps): ShopServices {
  const config: ShopConfig = { ...loadShopConfig({}), ...deps.config } as ShopConfig;
  const now = deps.now ?? (() => new Date());
  const { db } = deps;
  const search = deps.search ?? catalogSearch(db);
  const memory = new MemoryService({ db, now });
  const carts = new CartService({ db, now, maxLineQuantity: config.SHOP_MAX_LINE_QUANTITY });
  const knowledge = new ShopKnowledge({
    // A Spanish question is read in English too, as the server's knowledge base does (main.ts):
    // without it an English shop's documents answer a Spanish shopper only by shared names.
    base: deps.knowledge ?? new KnowledgeBase({ db, now, embedder: null, translate: spanishToEnglish }),
    policyText: config.SHOP_POLICY_TEXT,
  });
  const web =
    deps.web ??
    createWebSearch(config.SHOP_RESEARCH_WEB ?? 'none', {
      url: config.SHOP_RESEARCH_WEB_URL,
      apiKey: config.SHOP_RESEARCH_WEB_API_KEY,
    });
  const research = new ResearchService({
    db,
    search,
    now,
    timeoutMs: config.SHOP_RESEARCH_TIMEOUT_MS,
    knowledge: (query, language, kb, signal) => knowledge.passagesFor(query, language, kb, signal),
    ...(web ? { web } : {}),
    ...(deps.summarize ? { summarize: deps.summarize } : {}),
  });
  return {
    db,
    search,
    config,
    now,
    carts,
    orders: new OrderService({
      db,
      carts,
      secret: config.SHOP_CONFIRM_SECRET,
      confirmTtlMs: config.SHOP_CONFIRM_TTL_MS,
      now,
    }),
    identity: new IdentityService({
      db,
      maxAttempts: config.SHOP_IDENTITY_MAX_ATTEMPTS,
      now,
      store: deps.identityStore ?? new DbIdentityStore({ db, now }),
      memory,
    }),
    saved: new SavedItemsService({ db, now }),
    memory,
    research,
    surveys: new SurveyService({ db, now }),
    handoff: new HandoffService({ now, sink: deps.handoffSink ?? new DbHandoffSink({ db }) }),
    knowledge,
    endSession: (sessionId) => research.endSession(sessionId),
    close: () => research.close(),
  };
}
