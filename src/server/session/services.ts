/**
 * Everything sessions share, created once at start from configuration: the Silero engine, STT
 * with the catalog language model, TTS workers, the LLM (offline engine or a provider), the
 * shop tools and the conversation recorder. Each session then gets its own pipeline.
 */
import type { FastifyInstance } from 'fastify';
import { defaultProfileSpec, ProfileService } from '../../agents/profiles/index.ts';
import { defaultSafetySettings } from '../../agents/safety/config.ts';
import { SafetyGuard } from '../../agents/safety/guard.ts';
import { IncidentsRepository } from '../../agents/safety/incidents.ts';
import { moderationFromConfig } from '../../agents/safety/moderation.ts';
import { redactText } from '../../agents/safety/redact.ts';
import { type TurnConfig, turnConfigFromSettings } from '../../audio/turn/index.ts';
import { modelFromConfig, paramsFromConfig, SileroVadEngine, type VadParams } from '../../audio/vad/index.ts';
import { nodeId } from '../../cluster/config.ts';
import type { AppConfig } from '../../config/index.ts';
import { childLogger, setLogTextRedactor } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/clock.ts';
import type { ProviderHealth, ProviderStatus, Stage } from '../../services/health.ts';
import { createLlmService, initLlm, type LlmService } from '../../services/llm/service.ts';
import { createSttService, type SttSetup } from '../../services/stt/registry.ts';
import { FailoverTtsService } from '../../services/tts/failover.ts';
import { createTtsService } from '../../services/tts/registry.ts';
import type { TtsService } from '../../services/tts/types.ts';
import { parseVoice } from '../../services/tts/voices.ts';
import { onCatalogChange } from '../../shop/catalog/version.ts';
import { getVocabulary } from '../../shop/catalog/vocabulary.ts';
import { type CatalogVocabulary, type Language, type ShopTool, TOOL_NAMES } from '../../shop/contract.ts';
import { judgeRequestCompleteness } from '../../shop/dialogue/index.ts';
import { memoryNote } from '../../shop/memory/note.ts';
import type { ResearchFinished } from '../../shop/research/service.ts';
import type { ShopServices } from '../../shop/services.ts';
import { createShopTools } from '../../shop/tools/index.ts';
import type { Store } from '../../store/db.ts';
import { eventWriterFor } from '../../store/event-writers.ts';
import { type ConversationEvent, ConversationRecorder } from '../../store/recorder.ts';
import { SessionsRepository } from '../../store/repositories/sessions.ts';
import type { DebugBus } from '../debug-bus.ts';
import type { ServerMetrics } from '../metrics.ts';
import { llmResearchSummarizer } from '../research-summarizer.ts';
import type { Session, SessionRuntime } from '../sessions.ts';
import { buildSessionPipeline, type SessionTransport } from './pipeline.ts';
import { recoverInterruptedSessions } from './recovery.ts';
import type { SessionSafety } from './safety.ts';

const log = childLogger({ component: 'services' });

export interface RunSessionArgs {
  session: Session;
  transport: SessionTransport;
  metrics: ServerMetrics;
  debug: DebugBus;
  idleTimeoutMs: number;
}

export interface SessionServices {
  /** Runs a session's pipeline on any transport. */
  runSession(args: RunSessionArgs): Promise<SessionRuntime>;
  listEvents(sessionId: string): Promise<unknown[]>;
  /** The recorded events after `afterSeq`, typed (the Convex link's outbox). */
  eventsAfter(sessionId: string, afterSeq: number): Promise<ConversationEvent[]>;
  /** Called with each batch of events once it is committed. */
  onEventsCommitted(listener: (events: readonly ConversationEvent[]) => void): () => void;
  sessionOwner(sessionId: string): Promise<string | undefined>;
  /** Closes conversations a killed process left open (see recovery.ts); returns how many. */
  recoverInterrupted(
    lastActivityBefore?: Date,
    opts?: { sessionIdPrefixes?: readonly string[] },
  ): Promise<number>;
  /**
   * Many nodes: ends a dead node's open sessions like `recoverInterrupted` (unanswered tool calls
   * answered, a session_end appended, recorded events kept); returns how many it ended.
   */
  endNodeSessions(nodeId: string, reason: string): Promise<number>;
  readiness(): Record<string, boolean>;
  /** Each configured provider per stage, in failover order, with its health. */
  providers(): ProvidersReport;
  /** The health of every stage with several providers (metrics and logs subscribe). */
  health: ProviderHealth[];
  describe(): Record<string, unknown>;
  plugins: ((app: FastifyInstance) => Promise<void>)[];
  /** The agent profiles sessions run (and the owner edits). */
  agents: ProfileService;
  /** The safety guard, its settings and the incidents store (admin API, emergency stop). */
  safety: SessionSafety;
  close(): Promise<void>;
}

export type ProvidersReport = Record<Stage, (Partial<ProviderStatus> & { name: string; healthy: boolean })[]>;

/** What a session's pipeline is built from (shared, long-lived). */
export interface SharedSpeech {
  clock: Clock;
  config: AppConfig;
  vad: SileroVadEngine;
  vadParams: VadParams;
  turn: TurnConfig;
  stt: SttSetup | null;
  tts: TtsService;
  llm: LlmService;
  /** The configured provider with another model (a profile's `llm.model`), built once per model. */
  llmFor(model: string): Promise<LlmService>;
  agents: ProfileService;
  tools: readonly ShopTool[];
  /** The `Shopper memory:` line for a shopper's instructions (undefined when nothing is known). */
  shopperNote(userId: string): Promise<string | undefined>;
  /** Background research that finished (a session pushes its own to the screen). */
  onResearchFinished(listener: (e: ResearchFinished) => void): () => void;
  /** Per-session shop state (background research, verified identity) ends with the session. */
  endShopSession(sessionId: string): Promise<void>;
  recorder: ConversationRecorder;
  sessionsTable: SessionsTable;
  safety: SessionSafety;
}

/** The durable record of sessions (who, when, how they ended), beside the in-memory manager. */
export class SessionsTable {
  readonly #sessions: SessionsRepository;
  readonly #nodeId: string | undefined;
  /** `nodeId`: the cluster node this process is (many nodes), recorded with each session. */
  constructor(store: Store, nodeId?: string) {
    this.#sessions = new SessionsRepository(store.db);
    this.#nodeId = nodeId;
  }
  async started(session: Session, metadata?: Record<string, unknown>): Promise<void> {
    const { id, userId, transport, language } = session;
    await this.#sessions.started({
      id,
      userId,
      transport,
      language,
      at: new Date(),
      metadata,
      nodeId: this.#nodeId,
    });
  }
  async ended(sessionId: string, reason: string): Promise<void> {
    await this.#sessions.ended(sessionId, reason, new Date());
  }
  owner(sessionId: string): Promise<string | undefined> {
    return this.#sessions.owner(sessionId);
  }
}

/** Caches the catalog vocabulary per language; refreshed when the catalog changes. */
class VocabularyCache {
  readonly #store: Store;
  #cache = new Map<Language, CatalogVocabulary>();
  constructor(store: Store) {
    this.#store = store;
  }
  async load(): Promise<void> {
    const next = new Map<Language, CatalogVocabulary>();
    for (const lang of ['en', 'es'] as const) next.set(lang, await getVocabulary(this.#store.db, lang));
    this.#cache = next;
  }
  get(lang: Language): CatalogVocabulary {
    const v = this.#cache.get(lang) ?? this.#cache.get('en');
    if (!v) throw new Error('catalog vocabulary not loaded');
    return v;
  }
}

export async function createSessionServices(opts: {
  config: AppConfig;
  store: Store;
  /** Shared with the REST API so confirmation tokens and research are one shop. */
  shop: ShopServices;
  clock: Clock;
}): Promise<SessionServices> {
  const { config, store, clock } = opts;
  const vocabulary = new VocabularyCache(store);
  await vocabulary.load();

  const moderation = moderationFromConfig(config.safety);
  const started = await Promise.allSettled([
    SileroVadEngine.create(modelFromConfig(config.vad)),
    createSttService(config.stt, {
      clock,
      vocabulary: vocabulary.get('en'),
      failover: config.failover,
    }).catch((err: unknown) => {
      // Missing pocketsphinx must not stop the shop: typed input still works.
      log.error({ err }, 'speech recognition unavailable; sessions accept typed input only');
      return null;
    }),
    createTtsService(config.tts, { clock, failover: config.failover }),
    initLlm({
      config: config.llm,
      clock,
      probe: true,
      deps: {
        offline: { vocabulary: (lang: Language) => vocabulary.get(lang), clock, config: config.dialogue },
        clock,
        failover: config.failover,
      },
    }),
    // The learned guard's weights, read off the loop while the engines start: the server is not
    // up (nor ready) before they are, and a missing or malformed file stops it here, saying which.
    SafetyGuard.create(moderation ? { moderation } : {}),
  ]);
  const [vadStart, sttStart, ttsStart, llmStart, guardStart] = started;
  if (
    vadStart.status === 'rejected' ||
    sttStart.status === 'rejected' ||
    ttsStart.status === 'rejected' ||
    llmStart.status === 'rejected' ||
    guardStart.status === 'rejected'
  ) {
    // The engines that did start are stopped: their threads and child processes kept a failed
    // start's process alive after it had said why it failed.
    await Promise.allSettled([
      vadStart.status === 'fulfilled' ? vadStart.value.close() : undefined,
      sttStart.status === 'fulfilled' ? sttStart.value?.service.close() : undefined,
      ttsStart.status === 'fulfilled' ? ttsStart.value.close() : undefined,
      llmStart.status === 'fulfilled' ? llmStart.value.close?.() : undefined,
    ]);
    throw (started.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
  }
  const [vad, stt, tts, llm, guard] = [
    vadStart.value,
    sttStart.value,
    ttsStart.value,
    llmStart.value,
    guardStart.value,
  ];
  if (!stt) log.warn('STT disabled: install pocketsphinx (see README) for voice input');
  const ttsHealth = tts instanceof FailoverTtsService ? tts.health : undefined;
  await tts.warmup();

  const unsubscribe = onCatalogChange((change) => {
    void (async () => {
      await vocabulary.load();
      await stt?.rebuild(vocabulary.get('en'));
      log.info({ version: change.version }, 'catalog changed: vocabulary and language model rebuilt');
    })().catch((err: unknown) => log.error({ err }, 'rebuilding the catalog language model failed'));
  });

  const shop = createShopTools(opts.shop);
  // loadConfig refused `llm` with the offline engine.
  if (config.shop.SHOP_RESEARCH_SUMMARIZER === 'llm')
    shop.services.research.useSummarizer(llmResearchSummarizer(llm));
  // Local engines know their voices; a cloud provider's are checked by the provider when used.
  const localTts = config.tts.provider === 'offline' || config.tts.provider === 'cli';
  const agents = new ProfileService({
    db: store.db,
    defaultSpec: defaultProfileSpec({
      shopName: config.shop.SHOP_NAME,
      agents: config.agents,
      tts: { provider: config.tts.provider, voiceEn: config.tts.voiceEn, voiceEs: config.tts.voiceEs },
      llm: { provider: config.llm.provider, model: config.llm.model, temperature: config.llm.temperature },
      safety: defaultSafetySettings(config.safety),
    }),
    capabilities: {
      llmProviders: [config.llm.provider],
      ttsProviders: [config.tts.provider],
      tools: TOOL_NAMES,
      checkVoice: (voice) => {
        if (!localTts) return undefined;
        try {
          parseVoice(voice);
          return undefined;
        } catch (err) {
          return err instanceof Error ? err.message : String(err);
        }
      },
    },
  });
  const models = new Map<string, Promise<LlmService>>([[llm.modelId, Promise.resolve(llm)]]);
  // Sensitive numbers never reach the logs or the recording, whatever the guard decides.
  setLogTextRedactor((text) => redactText(text));
  const safety: SessionSafety = {
    guard,
    settings: defaultSafetySettings(config.safety),
    incidents: new IncidentsRepository(store.db),
  };
  const shared: SharedSpeech = {
    clock,
    config,
    vad,
    vadParams: paramsFromConfig(config.vad),
    // The turn detector asks the dialogue engine's own parse whether a request is complete.
    turn: turnConfigFromSettings(config.turn, {
      judge: (text, language) => {
        const lang: Language = language.startsWith('es') ? 'es' : 'en';
        return judgeRequestCompleteness(text, lang, vocabulary.get(lang));
      },
    }),
    stt,
    tts,
    llm,
    llmFor(model) {
      let service = models.get(model);
      if (!service) {
        service = createLlmService({ ...config.llm, model }, { clock, failover: config.failover });
        models.set(model, service);
        service.catch(() => models.delete(model));
      }
      return service;
    },
    agents,
    tools: shop.tools,
    shopperNote: async (userId) => memoryNote(await shop.services.memory.list(userId)),
    onResearchFinished: (listener) => shop.services.research.onFinished(listener),
    endShopSession: (sessionId) => shop.services.endSession(sessionId),
    recorder: new ConversationRecorder(store.db, {
      clock,
      redact: (text) => redactText(text),
      writer: eventWriterFor(store),
    }),
    sessionsTable: new SessionsTable(store, config.cluster.REDIS_URL ? nodeId(config.cluster) : undefined),
    safety,
  };

  return {
    async listEvents(sessionId) {
      return shared.recorder.listEvents(sessionId);
    },
    eventsAfter: (sessionId, afterSeq) => shared.recorder.listEvents(sessionId, { afterSeq }),
    onEventsCommitted: (listener) => shared.recorder.onCommitted(listener),
    sessionOwner(sessionId) {
      return shared.sessionsTable.owner(sessionId);
    },
    async endNodeSessions(nodeId, reason) {
      const repo = new SessionsRepository(store.db);
      const open = await repo.openOnNode(nodeId);
      const recovered = await recoverInterruptedSessions({
        db: store.db,
        recorder: shared.recorder,
        sessions: repo,
        sessionIds: open,
        reason,
      });
      // Rows whose conversation never got its first event are ended too.
      return recovered + (await repo.endOpenOnNode(nodeId, reason, new Date()));
    },
    recoverInterrupted(lastActivityBefore, opts = {}) {
      return recoverInterruptedSessions({
        db: store.db,
        recorder: shared.recorder,
        sessions: new SessionsRepository(store.db),
        ...(lastActivityBefore ? { lastActivityBefore } : {}),
        ...(opts.sessionIdPrefixes ? { sessionIdPrefixes: opts.sessionIdPrefixes } : {}),
      });
    },
    readiness() {
      // Ready while each stage has a provider up; a stage down entirely is not ready.
      return {
        database: true,
        stt: stt !== null && (stt.health?.ready ?? true),
        tts: ttsHealth?.ready ?? true,
        llm: llm.health?.ready ?? true,
        vad: true,
      };
    },
    providers() {
      const single = (name: string, healthy: boolean) => [{ name, healthy }];
      return {
        stt: stt?.health?.status() ?? single(stt ? stt.service.provider : 'none', stt !== null),
        llm: llm.health?.status() ?? single(llm.provider, true),
        tts: ttsHealth?.status() ?? single(config.tts.provider, true),
      };
    },
    health: [stt?.health, llm.health, ttsHealth].filter((h): h is ProviderHealth => h !== undefined),
    describe() {
      return {
        llm: `${llm.provider}:${llm.modelId}`,
        stt: stt ? `${stt.service.model}` : 'disabled',
        tts: tts.model,
      };
    },
    plugins: [],
    agents,
    safety,
    runSession(args) {
      return buildSessionPipeline({ shared, ...args });
    },
    async close() {
      unsubscribe();
      await shop.services.close();
      await shared.recorder.close();
      // Every model built (a profile's own model too) may be probing a failed provider.
      await Promise.allSettled(
        [...models.values()].map((m) => m.then((s) => Promise.allSettled([s.health?.close(), s.close?.()]))),
      );
      await Promise.allSettled([tts.close(), stt?.service.close(), vad.close()]);
    },
  };
}
