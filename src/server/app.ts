/**
 * The Fastify application: Pipecat start endpoint, transports' sockets, session API, debug
 * stream, health, Prometheus metrics and OpenAPI docs. Everything session-specific is
 * injected, so the app is tested with fake pipelines and run with real ones.
 */
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
  type preHandlerHookHandler,
} from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { logger } from '../log/logger.ts';
import { originAllowed, registerHardening } from './auth/hardening.ts';
import type { ServerEnv } from './config.ts';
import type { DebugBus } from './debug-bus.ts';
import type { ServerMetrics } from './metrics.ts';
import {
  type Session,
  SessionLimitError,
  type SessionManager,
  type SessionRuntime,
  toInfo,
} from './sessions.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Pre-handlers limiting session creation per IP and per identity. */
    sessionRateLimit: preHandlerHookHandler[];
  }
}

export interface Identity {
  userId: string;
  kind: 'guest' | 'account' | 'admin';
}

export interface AppDeps {
  env: ServerEnv;
  sessions: SessionManager;
  metrics: ServerMetrics;
  debug: DebugBus;
  /** Who is calling; throws or returns undefined when unauthenticated. */
  identify(request: FastifyRequest, reply: FastifyReply): Promise<Identity | undefined>;
  /** Runs a WebSocket (Pipecat protobuf) session on an accepted socket. */
  runWebSocketSession(session: Session, socket: WebSocket): Promise<SessionRuntime>;
  /** Recorded conversation of a session. */
  listEvents?(sessionId: string): Promise<unknown[]>;
  /** Who a (possibly ended, possibly before a restart) session belongs to, from the store. */
  sessionOwner?(sessionId: string): Promise<string | undefined>;
  /** Readiness checks (database, speech engines): name → ok. */
  readiness?(): Promise<Record<string, boolean>>;
  /** Registered before any route (cookies, auth hooks). */
  prePlugins?: ((app: FastifyInstance) => Promise<void>)[];
  /** Extra routes (transports, web app, shop API) registered by their owners. */
  plugins?: ((app: FastifyInstance) => Promise<void>)[];
}

const startBody = z
  .object({
    transport: z.enum(['websocket', 'webrtc']).optional(),
    language: z.enum(['en', 'es']).optional(),
    enableDefaultIceServers: z.boolean().optional(),
    body: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough();

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { env, sessions, metrics, debug } = deps;
  const app = Fastify({
    loggerInstance: logger.child({ component: 'http' }) as FastifyBaseLogger,
    bodyLimit: env.MAX_MESSAGE_BYTES,
    // Per-request access logs are noise next to per-session logs; errors are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Voice Shopper',
        version: '0.1.0',
        description: 'Real-time voice shopping assistant API',
      },
      components: {
        securitySchemes: {
          s2sSecret: { type: 'apiKey', in: 'header', name: 'x-s2s-secret' },
          bearer: { type: 'http', scheme: 'bearer', description: 'Clerk/OIDC session JWT or ADMIN_TOKEN' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(cors, {
    origin: (origin, cb) =>
      cb(null, !origin || originAllowed(origin, env.ALLOWED_ORIGINS, { publicUrl: env.PUBLIC_URL })),
    credentials: true,
  });
  const { sessionRateLimit } = await registerHardening(app, {
    allowedOrigins: env.ALLOWED_ORIGINS,
    publicUrl: env.PUBLIC_URL,
    sessionRatePerIp: env.SESSION_RATE_PER_MINUTE,
    sessionRatePerIdentity: env.SESSION_RATE_PER_IDENTITY_PER_MINUTE,
    identify: (request) => deps.identify(request, undefined as unknown as FastifyReply),
  });
  await app.register(websocket, { options: { maxPayload: env.MAX_MESSAGE_BYTES } });
  for (const plugin of deps.prePlugins ?? []) await plugin(app);

  // The Pipecat client sends no body when it has no requestData: accept an empty body.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      const err = new Error('request body is not valid JSON') as Error & { statusCode: number };
      err.statusCode = 400;
      done(err, undefined);
    }
  });

  // Error replies carry `detail`, which the Pipecat client shows to the user.
  app.setErrorHandler((err: Error & { statusCode?: number }, request, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) request.log.error({ err }, 'request failed');
    void reply.status(status).send({ detail: status >= 500 ? 'internal error' : err.message });
  });

  app.get('/healthz', { schema: { tags: ['ops'], summary: 'Liveness' } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { schema: { tags: ['ops'], summary: 'Readiness (database, speech engines)' } },
    async (_req, reply) => {
      const checks = (await deps.readiness?.()) ?? {};
      const ready = Object.values(checks).every(Boolean);
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
    },
  );
  app.get('/metrics', { schema: { tags: ['ops'], summary: 'Prometheus metrics' } }, async (_req, reply) => {
    metrics.activeSessions.reset();
    for (const s of sessions.list())
      if (s.state === 'active') metrics.activeSessions.inc({ transport: s.transport });
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const start = async (request: FastifyRequest, reply: FastifyReply) => {
    const identity = await deps.identify(request, reply);
    if (!identity)
      return reply.status(401).send({ detail: 'sign in or accept the guest cookie to start a session' });
    const parsed = startBody.safeParse(request.body ?? {});
    if (!parsed.success) {
      return reply
        .status(400)
        .send({ detail: `invalid start request: ${parsed.error.issues.map((i) => i.message).join('; ')}` });
    }
    const transport = parsed.data.transport ?? 'websocket';
    let session: Session;
    try {
      session = sessions.reserve({
        userId: identity.userId,
        transport,
        ip: request.ip,
        language: parsed.data.language,
        requestData: parsed.data,
      });
    } catch (err) {
      if (err instanceof SessionLimitError) return reply.status(429).send({ detail: err.message });
      throw err;
    }
    metrics.sessionsTotal.inc({ transport });
    if (transport === 'webrtc') {
      return {
        sessionId: session.id,
        iceConfig: { iceServers: parsed.data.enableDefaultIceServers === false ? [] : env.ICE_SERVERS },
      };
    }
    // The Pipecat WebSocket client accepts exactly {wsUrl, token}: any other key throws.
    return { wsUrl: `${wsBase(request, env)}/ws`, token: session.token };
  };
  const startSchema = {
    tags: ['sessions'],
    summary: 'Pipecat start endpoint: reserves a session and returns its connection parameters',
    description:
      'Body (optional, the client requestData): {transport?: "websocket"|"webrtc", language?: "en"|"es"}. Returns {wsUrl, token} or {sessionId, iceConfig}.',
  };
  // Other routes that create sessions (SmallWebRTC's /api/offer) apply the same limits.
  app.decorate('sessionRateLimit', sessionRateLimit);
  app.post('/start', { schema: startSchema, preHandler: sessionRateLimit }, start);
  app.post('/connect', { schema: startSchema, preHandler: sessionRateLimit }, start);

  app.get('/ws', { websocket: true }, (socket, request) => {
    const token = (request.query as Record<string, string | undefined>).token;
    const session = token ? sessions.findByToken(token) : undefined;
    if (session?.transport !== 'websocket') {
      socket.close(4003, 'invalid or expired session token');
      return;
    }
    sessions
      .attach(session.id, (s) => deps.runWebSocketSession(s, socket))
      .catch((err: unknown) => {
        request.log.error({ err, sessionId: session.id }, 'session failed to start');
        if (socket.readyState === socket.OPEN) socket.close(1011, 'session failed to start');
      });
  });

  // ── session API ──────────────────────────────────────────────────────────
  const requireIdentity = async (
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<Identity | undefined> => {
    const identity = await deps.identify(request, reply);
    if (!identity) void reply.status(401).send({ detail: 'authentication required' });
    return identity;
  };
  const ownSession = (identity: Identity, id: string): Session | undefined => {
    const session = sessions.get(id);
    if (!session) return undefined;
    return identity.kind === 'admin' || session.userId === identity.userId ? session : undefined;
  };

  app.get(
    '/api/sessions',
    { schema: { tags: ['sessions'], summary: "The caller's sessions (all, for an admin)" } },
    async (request, reply) => {
      const identity = await requireIdentity(request, reply);
      if (!identity) return reply;
      return { sessions: sessions.list(identity.kind === 'admin' ? {} : { userId: identity.userId }) };
    },
  );
  app.get<{ Params: { id: string } }>(
    '/api/sessions/:id',
    { schema: { tags: ['sessions'] } },
    async (request, reply) => {
      const identity = await requireIdentity(request, reply);
      if (!identity) return reply;
      const session = ownSession(identity, request.params.id);
      if (!session) return reply.status(404).send({ detail: 'no such session' });
      return toInfo(session);
    },
  );
  app.delete<{ Params: { id: string } }>(
    '/api/sessions/:id',
    { schema: { tags: ['sessions'], summary: 'End a session cleanly' } },
    async (request, reply) => {
      const identity = await requireIdentity(request, reply);
      if (!identity) return reply;
      const session = ownSession(identity, request.params.id);
      if (!session) return reply.status(404).send({ detail: 'no such session' });
      // Cancel, not a drain: draining would keep the bot talking (and this request open) for the
      // rest of its reply, and a cancel cannot cut a drain short (frames after `end` are dropped).
      await sessions.end(session.id, 'ended through the API');
      return toInfo(session);
    },
  );
  app.get<{ Params: { id: string } }>(
    '/api/sessions/:id/events',
    { schema: { tags: ['sessions'], summary: 'The recorded conversation' } },
    async (request, reply) => {
      const identity = await requireIdentity(request, reply);
      if (!identity) return reply;
      const owned =
        identity.kind === 'admin' ||
        ownSession(identity, request.params.id) !== undefined ||
        (await deps.sessionOwner?.(request.params.id)) === identity.userId;
      if (!owned) return reply.status(404).send({ detail: 'no such session' });
      return { events: (await deps.listEvents?.(request.params.id)) ?? [] };
    },
  );

  app.get('/ws/debug', { websocket: true }, async (socket, request) => {
    const identity = await deps
      .identify(request, undefined as unknown as FastifyReply)
      .catch(() => undefined);
    const sessionId = (request.query as Record<string, string | undefined>).session;
    if (
      !identity ||
      (identity.kind !== 'admin' && (!sessionId || sessions.get(sessionId)?.userId !== identity.userId))
    ) {
      socket.close(4003, 'not allowed to watch this session');
      return;
    }
    const unsubscribe = debug.subscribe((event) => {
      if (socket.readyState === socket.OPEN && socket.bufferedAmount < 4 * 1024 * 1024)
        socket.send(JSON.stringify(event));
    }, sessionId);
    socket.on('close', unsubscribe);
  });

  for (const plugin of deps.plugins ?? []) await plugin(app);
  return app;
}

function wsBase(request: FastifyRequest, env: ServerEnv): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL.replace(/^http/, 'ws').replace(/\/$/, '');
  const proto = request.protocol === 'https' ? 'wss' : 'ws';
  return `${proto}://${request.host}`;
}
