/**
 * The composition root: reads configuration, opens the store, loads the catalog, warms the
 * speech and language services, and serves everything on one port. SIGTERM/SIGINT stop
 * accepting sessions, end the live ones, flush the recorder and exit within a bounded time.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import staticFiles from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { KnowledgeBase } from '../agents/knowledge/index.ts';
import { type Env, loadConfig } from '../config/index.ts';
import { processEnv } from '../config/process.ts';
import { logger } from '../log/logger.ts';
import { systemClock } from '../pipeline/clock.ts';
import { loadShopData } from '../shop/catalog/import/startup.ts';
import { renderProductImage } from '../shop/demo/index.ts';
import { warmUpSpanishReading } from '../shop/dialogue/spanish/spanish-warm-up.ts';
import { spanishToEnglish } from '../shop/dialogue/spanish/translate.ts';
import { createShopServices } from '../shop/services.ts';
import { openDatabase } from '../store/db.ts';
import { DevicesRepository } from '../store/repositories/devices.ts';
import { SessionsRepository } from '../store/repositories/sessions.ts';
import { registerAdminKnowledge } from './admin-knowledge.ts';
import { type AppDeps, buildApp } from './app.ts';
import { createSecurity } from './auth/setup.ts';
import { registerClusterAdmin, startClusterNode } from './cluster.ts';
import { createConvexLink } from './convex/setup.ts';
import { DebugBus } from './debug-bus.ts';
import { DeviceAccounts } from './devices.ts';
import { ensureGuest, loadSessionSecret, registerCookies, startGuestPruning } from './identity.ts';
import { registerMemoryApi } from './memory-api.ts';
import { ServerMetrics, watchProviderHealth } from './metrics.ts';
import { OpenHandleTracker } from './open-handles.ts';
import { assertSafeForProduction } from './production.ts';
import { createSessionServices } from './session/services.ts';
import { phoneSessionCap, SessionManager } from './sessions.ts';
import { registerShopApi } from './shop-api.ts';

export interface RunningServer {
  app: FastifyInstance;
  /** Where it listens; '' for a worker (its primary listens). */
  url: string;
  sessions: SessionManager;
  metrics: ServerMetrics;
  /** Closes, as interrupted, the open conversations whose session ids start with these (crashed workers'). */
  recoverSessions(idPrefixes: readonly string[]): Promise<number>;
  /**
   * Drains (SHUTDOWN_DRAIN_S: no new sessions, live ones go on until they end or the drain
   * deadline; `stopDraining` cuts that short), then ends what is left and closes everything
   * within SHUTDOWN_TIMEOUT_S.
   */
  close(reason?: string, opts?: { stopDraining?: AbortSignal }): Promise<void>;
}

/** How a worker of one process per core (src/server/workers) starts; a single process uses the defaults. */
export interface StartOptions {
  /** No listening socket: the primary hands connections to `app.server` (default: listen on PORT). */
  handoff?: boolean;
  /** Close the conversations left open at start (default: yes; workers after the first: no, theirs are live). */
  recoverAtStart?: boolean;
  /** The store is migrated, the catalog loaded and (if asked) recovery done: other workers may start. */
  onStorePrepared?(): void;
  /** GET /api/sessions lists every worker's sessions through this (default: this process's). */
  listSessions?: AppDeps['listSessions'];
  /** GET /metrics answers with every worker's metrics through this (default: this process's). */
  allMetrics?: AppDeps['allMetrics'];
  /** Registered on the root with the cookie parser: hooks that apply to every route. */
  prePlugins?: ((app: FastifyInstance) => Promise<void>)[];
}

/** Starts everything from `env` (empty values mean unset); a bad variable stops the start with one ConfigError. */
export async function startServer(env: Env, opts: StartOptions = {}): Promise<RunningServer> {
  const t0 = performance.now();
  const config = loadConfig(env);
  assertSafeForProduction(config);
  const { server: serverEnv, store: storeEnv } = config;
  const store = await openDatabase({ config: storeEnv });
  const log = logger.child({ component: 'main' });

  await loadShopData(store.db, { catalog: storeEnv.CATALOG, settings: config.catalog });

  // One shop for voice sessions, the REST API and server-to-server routes: a confirmation
  // token prepared in a voice turn verifies when the shopper clicks Confirm on screen.
  const knowledge = new KnowledgeBase({
    db: store.db,
    config: config.knowledge,
    translate: spanishToEnglish,
  });
  knowledge.warmUp();
  void warmUpSpanishReading().then(({ ok, errors }) => {
    if (!ok) log.warn({ errors }, 'Spanish reading runs without Apertium (is apertium-eng-spa installed?)');
  });
  const shop = createShopServices({ db: store.db, config: config.shop, knowledge });
  const services = await createSessionServices({ config, store, shop, clock: systemClock });
  // A SQLite file belongs to this process alone, so every conversation left open is dead; on a
  // shared PostgreSQL only those idle longer than any live session can be (other nodes' are live).
  if (opts.recoverAtStart !== false)
    await services.recoverInterrupted(
      storeEnv.DATABASE_URL ? new Date(Date.now() - 2 * serverEnv.SESSION_IDLE_TIMEOUT_S * 1000) : undefined,
    );
  opts.onStorePrepared?.();
  const stopGuestPruning = startGuestPruning({
    db: store.db,
    clock: systemClock,
    afterMs: config.auth.AUTH_GUEST_PRUNE_AFTER_H * 3_600_000,
    everyMs: 3_600_000,
    onPruned: (count) => log.info({ count }, 'pruned guests that kept nothing'),
    onError: (err) => log.warn({ err }, 'pruning guests failed'),
  });
  const metrics = new ServerMetrics();
  const debug = new DebugBus();
  const sessions = new SessionManager({
    clock: systemClock,
    limits: {
      maxSessions: serverEnv.MAX_SESSIONS,
      maxPerIdentity: serverEnv.MAX_SESSIONS_PER_IDENTITY,
      connectTimeoutMs: serverEnv.SESSION_CONNECT_TIMEOUT_S * 1000,
      maxDurationMs: serverEnv.SESSION_MAX_DURATION_S * 1000,
      maxPerTransport: { twilio: phoneSessionCap(serverEnv.MAX_SESSIONS, config.twilio) },
    },
  });
  sessions.on('ended', (s) => metrics.sessionsEnded.inc({ reason: s.endReason ?? 'unknown' }));
  const { REDIS_URL } = config.cluster;
  const cluster = REDIS_URL
    ? await startClusterNode({
        env: { ...config.cluster, REDIS_URL },
        maxSessions: serverEnv.MAX_SESSIONS,
        connectTimeoutMs: serverEnv.SESSION_CONNECT_TIMEOUT_S * 1000,
        sessions,
        debug,
        clock: systemClock,
        repo: new SessionsRepository(store.db),
        endNodeSessions: (nodeId, reason) => services.endNodeSessions(nodeId, reason),
      })
    : undefined;
  watchProviderHealth(services.health, metrics);

  // The secret sits next to the SQLite file it protects; with PostgreSQL or :memory:, in DATA_DIR.
  const dataDir =
    storeEnv.DATABASE_URL || storeEnv.DATABASE_PATH === ':memory:'
      ? storeEnv.DATA_DIR
      : path.dirname(storeEnv.DATABASE_PATH);
  const secret = await loadSessionSecret(serverEnv.SESSION_SECRET, dataDir);
  const convexLink = createConvexLink({
    env: config.convex,
    store,
    clock: systemClock,
    research: shop.research,
    events: services,
    publicUrl: serverEnv.PUBLIC_URL,
  });
  const security = createSecurity({
    config,
    store,
    secret,
    publicUrl: serverEnv.PUBLIC_URL ?? `http://localhost:${serverEnv.PORT}`,
    secureCookies: serverEnv.PUBLIC_URL?.startsWith('https:') ?? false,
    clock: systemClock,
    shop,
    sessions,
    listEvents: (sessionId) => services.listEvents(sessionId),
    counter: cluster?.app.rateLimits.counter,
    convexCounts: convexLink?.counts,
    convexClaims: convexLink?.claims,
  });
  const { identify } = security;

  const webDir = path.resolve(serverEnv.WEB_DIR);
  const app = await buildApp({
    env: serverEnv,
    sessions,
    metrics,
    debug,
    clock: systemClock,
    identify,
    runSession: (session, transport) =>
      services.runSession({
        session,
        transport,
        metrics,
        debug,
        idleTimeoutMs: serverEnv.SESSION_IDLE_TIMEOUT_S * 1000,
      }),
    transportConfig: {
      transport: config.transport,
      webrtc: config.webrtc,
      twilio: config.twilio,
      device: config.device,
    },
    ...(config.device.DEVICE_ENABLED
      ? {
          devices: new DeviceAccounts({
            repo: new DevicesRepository(store.db),
            agents: services.agents,
            ensureUser: (userId) => ensureGuest(store.db, userId),
          }),
        }
      : {}),
    ensureGuest: (userId) => ensureGuest(store.db, userId),
    pageSources: security.pageSources,
    listEvents: (sessionId) => services.listEvents(sessionId),
    ...(opts.listSessions ? { listSessions: opts.listSessions } : {}),
    ...(opts.allMetrics ? { allMetrics: opts.allMetrics } : {}),
    sessionOwner: (sessionId) => services.sessionOwner(sessionId),
    // A draining server is not ready, so a load balancer sends new shoppers elsewhere.
    readiness: async () => ({
      ...services.readiness(),
      acceptingSessions: !sessions.draining,
      ...(cluster ? { cluster: cluster.app.healthy() } : {}),
    }),
    ...(cluster ? { cluster: cluster.app } : {}),
    ...(convexLink ? { convexLink: convexLink.start } : {}),
    providers: () => services.providers(),
    agents: services.agents,
    safety: services.safety,
    prePlugins: [(a) => registerCookies(a, secret), ...(opts.prePlugins ?? [])],
    plugins: [
      async (a) => {
        a.get<{ Params: { handle: string } }>('/images/:handle', async (request, reply) => {
          const handle = request.params.handle.replace(/\.svg$/, '');
          const svg = await renderProductImage(store.db, handle);
          if (!svg) return reply.status(404).send({ detail: 'no such product image' });
          return reply.type('image/svg+xml').header('cache-control', 'public, max-age=3600').send(svg);
        });
      },
      (a) => registerShopApi(a, { shop }),
      (a) => registerMemoryApi(a, { memory: shop.memory }),
      (a) => registerAdminKnowledge(a, { knowledge }),
      ...security.plugins,
      ...services.plugins,
      ...(cluster ? [(a: FastifyInstance) => registerClusterAdmin(a, { cluster: cluster.app })] : []),
      async (a) => {
        if (!existsSync(webDir)) {
          a.get('/', async () => ({
            name: 'voice-shopper',
            detail: `the web app is not built (${webDir} is missing); the API is at /docs`,
          }));
          return;
        }
        await a.register(staticFiles, { root: webDir, extensions: ['html'] });
      },
    ],
  });

  let url = '';
  if (opts.handoff) await app.ready();
  else {
    await app.listen({ port: serverEnv.PORT, host: serverEnv.HOST });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : serverEnv.PORT;
    url = `http://localhost:${port}`;
  }
  try {
    await cluster?.join();
  } catch (err) {
    await app.close();
    await store.close();
    throw err;
  }
  log.info({ url, ms: Math.round(performance.now() - t0), llm: services.describe() }, 'voice shopper ready');

  let closing: Promise<void> | undefined;
  const close = (reason = 'shutdown', opts: { stopDraining?: AbortSignal } = {}): Promise<void> => {
    closing ??= (async () => {
      // Other nodes stop placing sessions here at once; this one still answers for its own.
      await cluster?.stopPlacing();
      const drainMs = serverEnv.SHUTDOWN_DRAIN_S * 1000;
      let endReason = reason;
      if (drainMs > 0 && sessions.activeCount > 0) {
        log.info({ reason, live: sessions.activeCount, drainS: serverEnv.SHUTDOWN_DRAIN_S }, 'draining');
        const drained = await sessions.drain(drainMs, opts.stopDraining);
        if (drained !== 'drained')
          endReason = `${reason} (${drained === 'deadline' ? 'drain deadline reached' : 'drain cut short'})`;
        log.info({ outcome: drained, live: sessions.activeCount }, 'drain over');
      }
      log.info({ reason }, 'shutting down');
      let step = 'sessions';
      const deadline = performance.now() + serverEnv.SHUTDOWN_TIMEOUT_S * 1000;
      const until = (ms: number) =>
        new Promise<'timeout'>((resolve) => setTimeout(resolve, Math.max(0, ms), 'timeout').unref());
      // Sessions get most of the budget; the rest (sockets, recorder flush, engines, store)
      // runs even when a session would not stop, so acknowledged events are still flushed.
      const sessionsDone = await Promise.race([
        sessions.shutdown(endReason),
        until((deadline - performance.now()) * 0.6),
      ]);
      if (sessionsDone === 'timeout')
        log.warn('sessions still ending at the shutdown budget; closing anyway');
      const closed = await Promise.race([
        (async () => {
          stopGuestPruning();
          step = 'http server';
          await app.close();
          step = 'security';
          await security.close();
          step = 'convex link';
          await convexLink?.close();
          step = 'cluster';
          await cluster?.close();
          step = 'session services';
          await services.close();
          step = 'store';
          await store.close();
          return 'closed' as const;
        })(),
        until(deadline - performance.now()),
      ]);
      if (closed === 'timeout') log.warn({ step }, 'still closing at the shutdown deadline; exiting anyway');
    })();
    return closing;
  };
  return {
    app,
    url,
    sessions,
    metrics,
    recoverSessions: (idPrefixes) =>
      services.recoverInterrupted(undefined, { sessionIdPrefixes: idPrefixes }),
    close,
  };
}

/** `voice-shopper start`: runs until SIGTERM/SIGINT, then exits 0 after a clean shutdown. */
export async function runServerUntilSignal(): Promise<number> {
  // At debug level the report also says where each pending timer was set (an async hook: costly).
  const tracker = new OpenHandleTracker({ timers: logger.isLevelEnabled('debug') }).start();
  const server = await startServer(processEnv());
  process.stdout.write(`Voice Shopper is listening at ${server.url}\n`);
  await new Promise<void>((resolve) => {
    // The first signal drains; a second one ends the drain at once (an operator in a hurry).
    const stopDraining = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => {
      if (signalled) return stopDraining.abort(signal);
      signalled = true;
      void server.close(signal, { stopDraining: stopDraining.signal }).then(resolve);
    };
    let signalled = false;
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  // close() is bounded by SHUTDOWN_TIMEOUT_S; whatever still holds the event loop after it (a
  // session that would not stop, a stuck worker) must not keep the process alive.
  setTimeout(() => {
    logger.warn({ open: tracker.report() }, 'handles still open after shutdown; exiting');
    process.exit(0);
  }, 250).unref();
  return 0;
}
