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
  LogController,
  type preValidationAsyncHookHandler,
} from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type ProfileService,
  resolveSessionAgent,
  sessionLanguage,
  slugSchema,
} from '../agents/profiles/index.ts';
import { HttpError, replyWithError } from '../http/errors.ts';
import { type IdentityResolver, identitySupport } from '../http/identity.ts';
import { originAllowed } from '../http/origin.ts';
import { invalidInputAs, zodValidationSupport } from '../http/zod.ts';
import { logger } from '../log/logger.ts';
import type { Clock } from '../pipeline/clock.ts';
import type { TransportEnv } from '../transports/config.ts';
import type { DeviceEnv } from '../transports/device/config.ts';
import type { SessionTransport, TransportHost, TransportModule } from '../transports/module.ts';
import type { TwilioEnv } from '../transports/twilio/config.ts';
import type { WebRtcEnv } from '../transports/webrtc/config.ts';
import { profileHttpError, registerAdminProfiles } from './admin-profiles.ts';
import { registerAdminSafety } from './admin-safety.ts';
import type { PageSources } from './auth/clerk.ts';
import { registerHardening } from './auth/hardening.ts';
import { type AppCluster, placeForStart } from './cluster.ts';
import type { ServerEnv } from './config.ts';
import { type ConvexStartLink, convexLinkFor } from './convex/start.ts';
import type { DebugBus } from './debug-bus.ts';
import { type DeviceAccounts, deviceHost, registerAdminDevices } from './devices.ts';
import { countActiveSessions, type ServerMetrics } from './metrics.ts';
import type { SessionSafety } from './session/safety.ts';
import { registerSessionApi } from './session-api.ts';
import type { Session, SessionInfo, SessionManager, SessionRuntime } from './sessions.ts';
import { startableKinds, TRANSPORTS, type TransportKind, transportsReply } from './transports.ts';

export type { Identity } from '../http/identity.ts';

export interface AppDeps {
  env: ServerEnv;
  /** Third-party origins the web app's pages need (Clerk), added to the CSP. */
  pageSources?: PageSources | undefined;
  sessions: SessionManager;
  metrics: ServerMetrics;
  debug: DebugBus;
  clock: Clock;
  /** Who is calling: with a reply it may mint a guest, without it must not; undefined → 401. */
  identify: IdentityResolver;
  /** Builds and starts a session's pipeline around a transport's processors. */
  runSession(session: Session, transport: SessionTransport): Promise<SessionRuntime>;
  /** The transports' own settings. */
  transportConfig: { transport: TransportEnv; webrtc: WebRtcEnv; twilio: TwilioEnv; device?: DeviceEnv };
  /** Device accounts (issue #16): the device socket and the owner's /api/admin/devices. Absent: neither. */
  devices?: DeviceAccounts;
  /** Makes sure a guest user row exists (phone callers). */
  ensureGuest(userId: string): Promise<void>;
  /** The transports to serve (default: all of src/server/transports.ts). */
  transports?: readonly TransportModule[];
  /**
   * Every process's sessions for GET /api/sessions (one process per core); absent: this
   * process's SessionManager.
   */
  listSessions?(filter: { userId?: string }): Promise<SessionInfo[]>;
  /** Every process's metrics aggregated, for GET /metrics (one process per core); absent: this process's. */
  allMetrics?(): Promise<string>;
  /** Recorded conversation of a session. */
  listEvents?(sessionId: string): Promise<unknown[]>;
  /** Who a (possibly ended, possibly before a restart) session belongs to, from the store. */
  sessionOwner?(sessionId: string): Promise<string | undefined>;
  /** Readiness checks (database, speech engines): name → ok. */
  readiness?(): Promise<Record<string, boolean>>;
  /** Each configured STT/LLM/TTS provider with its health, shown by /readyz and the console. */
  providers?(): Record<string, unknown>;
  /** Agent profiles: /start's `agent` and overrides, and the owner's admin API. Absent: the built-in assistant. */
  agents?: ProfileService;
  /** Registered on the root before any route (cookies): they apply to every route. */
  prePlugins?: ((app: FastifyInstance) => Promise<void>)[];
  /** The other areas' routes (shop API, accounts, web app), each registered as an encapsulated plugin. */
  plugins?: ((app: FastifyInstance) => Promise<void>)[];
  /** The safety guard (incidents, emergency stop); its admin API is served when given. */
  safety?: SessionSafety;
  /**
   * Many nodes (REDIS_URL): placement for /start, claims of sessions placed here, the session
   * list and limits across nodes. Absent: one node, everything local.
   */
  cluster?: AppCluster;
  /** The Convex link (CONVEX_URL): /start from the convex/ module names the session to mirror. */
  convexLink?: ConvexStartLink;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { env, sessions, metrics, debug } = deps;
  const transports = deps.transports ?? TRANSPORTS;
  const kinds = startableKinds(transports);
  const startBody = z
    .object({
      transport: z.enum(kinds).optional(),
      language: z.enum(['en', 'es']).optional(),
      agent: slugSchema.optional().describe('Agent profile id (default: "default")'),
      voice: z.string().trim().min(1).max(100).optional().describe('TTS voice, where the profile allows it'),
      system_prompt: z
        .string()
        .trim()
        .min(1)
        .max(20_000)
        .optional()
        .describe('Instructions replacing the persona, where the profile allows it'),
      enableDefaultIceServers: z.boolean().optional(),
      body: z.record(z.string(), z.unknown()).optional(),
    })
    .passthrough();
  const app = Fastify({
    loggerInstance: logger.child({ component: 'http' }) as FastifyBaseLogger,
    bodyLimit: env.MAX_MESSAGE_BYTES,
    // Per-request access logs are noise next to per-session logs; errors are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
  });

  // Route schemas are zod: Fastify validates with them before any handler, refusals have one
  // shape, and the OpenAPI document is generated from them.
  await app.register(zodValidationSupport);
  await app.register(swagger, {
    transform: jsonSchemaTransform,
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
    identify: (request) => request.resolveIdentity({ mint: false }),
    pageSources: deps.pageSources,
    ...(deps.cluster ? { cluster: deps.cluster.rateLimits, extraOrigins: deps.cluster.origins } : {}),
  });
  await app.register(websocket, { options: { maxPayload: env.MAX_MESSAGE_BYTES } });
  for (const plugin of deps.prePlugins ?? []) await plugin(app);
  // After the cookie parser (a prePlugin): the identity hook reads the guest and account cookies.
  await app.register(identitySupport, { identify: deps.identify });

  // The Pipecat client sends no body when it has no requestData: accept an empty body.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new HttpError(400, 'request body is not valid JSON'), undefined);
    }
  });

  // Error replies carry `detail`, which the Pipecat client shows to the user.
  app.setErrorHandler(replyWithError);

  app.get('/healthz', { schema: { tags: ['ops'], summary: 'Liveness' } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { schema: { tags: ['ops'], summary: 'Readiness (database, speech engines)' } },
    async (_req, reply) => {
      const checks = (await deps.readiness?.()) ?? {};
      const ready = Object.values(checks).every(Boolean);
      const providers = deps.providers?.();
      return reply
        .status(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'not ready', checks, ...(providers ? { providers } : {}) });
    },
  );
  app.get('/metrics', { schema: { tags: ['ops'], summary: 'Prometheus metrics' } }, async (_req, reply) => {
    countActiveSessions(metrics, sessions);
    const text = deps.allMetrics ? await deps.allMetrics() : await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });

  const host: TransportHost = {
    clock: deps.clock,
    config: { publicUrl: env.PUBLIC_URL, iceServers: env.ICE_SERVERS, ...deps.transportConfig },
    sessions: {
      findByToken: (token) => sessions.findByToken(token),
      ...(deps.cluster ? { claim: deps.cluster.claim } : {}),
      get: (id) => sessions.get(id),
      // /start's enum and the transports' own routes only ever reserve listed kinds.
      reserve: (spec) => sessions.reserve({ ...spec, transport: spec.transport as TransportKind }),
      attach: (id, run) => sessions.attach(id, run),
      end: (id, reason) => sessions.end(id, reason),
      onEnded(listener) {
        sessions.on('ended', listener);
        return () => sessions.off('ended', listener);
      },
    },
    runSession(session, transport) {
      const full = sessions.get(session.id);
      if (!full) throw new HttpError(404, `session ${session.id} is gone`);
      return deps.runSession(full, transport);
    },
    reserved: (kind) => metrics.sessionsTotal.inc({ transport: kind }),
    ensureGuest: (userId) => deps.ensureGuest(userId),
    ...(deps.devices
      ? {
          devices: deviceHost({
            accounts: deps.devices,
            sessions,
            agents: deps.agents,
            ensureUser: (userId) => deps.ensureGuest(userId),
            onError: (err) => app.log.warn({ err }, 'recording a device as seen failed'),
          }),
        }
      : {}),
    // Other routes that create sessions (SmallWebRTC's /api/offer) apply the same limits.
    sessionRateLimit,
  };

  // The first startable transport of the list (the WebSocket one) when the request names none.
  const defaultKind = kinds[0];
  const startSchema = {
    tags: ['sessions'],
    summary: 'Pipecat start endpoint: reserves a session and returns its connection parameters',
    description:
      "Body: the client's requestData (optional). Returns the transport's connection parameters ({wsUrl, token} or {sessionId, iceConfig}).",
    body: startBody,
  };
  // Before the body is validated, in this order: the rate limits, then the caller — resolved
  // only after the limits, so a refused request mints no guest, and before the body, so an
  // unauthenticated caller gets its 401 rather than a 400.
  const callerOrGuest: preValidationAsyncHookHandler = async (request, reply) => {
    const identity = await request.resolveIdentity({ mint: true, reply });
    if (!identity) throw new HttpError(401, 'sign in or accept the guest cookie to start a session');
  };
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const url of ['/start', '/connect'])
    typed.post(
      url,
      {
        schema: startSchema,
        preValidation: [...sessionRateLimit, callerOrGuest],
        // The Pipecat client shows `detail`; it has always read "invalid start request: …".
        schemaErrorFormatter: invalidInputAs('invalid start request'),
      },
      async (request) => {
        const kind = request.body.transport ?? defaultKind;
        const transport = transports.find((t) => t.kind === kind);
        if (!transport?.start)
          throw new HttpError(400, `invalid start request: ${kind} cannot be started here`);
        const { agent: agentId, voice, language, system_prompt } = request.body;
        // Unknown agent → 404, a forbidden override → 403 naming the field: before anything is reserved.
        const agent = deps.agents
          ? await resolveSessionAgent(deps.agents, { agent: agentId, voice, language, system_prompt }).catch(
              (err: unknown) => {
                throw profileHttpError(err);
              },
            )
          : undefined;
        // Only a backend holding the s2s secret may tie a session to its Convex session: from
        // anyone else the field would point our deliveries at another user's history.
        const { convexSessionId, ...requestData } = request.body as typeof request.body & {
          convexSessionId?: unknown;
        };
        const convexLink = convexLinkFor(request.identity, convexSessionId, deps.convexLink);
        // At the limits this throws a 429 (SessionLimitError carries its status).
        const spec = {
          userId: request.identity.userId,
          transport: kind as TransportKind,
          ip: request.ip,
          language: agent ? sessionLanguage(agent) : language,
          requestData: convexLink
            ? { ...requestData, convexSessionId: convexLink.convexSessionId }
            : requestData,
          ...(agent ? { agent } : {}),
        };
        // Many nodes: the reply points at the node the session was placed on.
        const placed = deps.cluster
          ? await placeForStart(deps.cluster, spec, host)
          : { session: sessions.reserve(spec), host };
        metrics.sessionsTotal.inc({ transport: kind });
        if (convexLink) await convexLink.register(placed.session.id);
        return transport.start(placed.session, request, placed.host);
      },
    );

  for (const transport of transports) await app.register(transport.routes, { host });
  const transportList = transportsReply(transports);
  app.get(
    '/api/transports',
    {
      schema: {
        tags: ['sessions'],
        summary: 'The transports: labels, and which Pipecat client a browser starts each with',
      },
    },
    async () => transportList,
  );

  await app.register(registerSessionApi, {
    sessions,
    debug,
    ...(deps.cluster ? { cluster: deps.cluster } : {}),
    ...(deps.listSessions ? { listSessions: deps.listSessions } : {}),
    ...(deps.listEvents ? { listEvents: deps.listEvents } : {}),
    ...(deps.sessionOwner ? { sessionOwner: deps.sessionOwner } : {}),
  });

  if (deps.agents) await app.register(registerAdminProfiles, { profiles: deps.agents });
  if (deps.devices) await app.register(registerAdminDevices, { accounts: deps.devices, sessions });
  if (deps.safety)
    await app.register(registerAdminSafety, {
      safety: deps.safety,
      sessions,
      ...(deps.cluster ? { cluster: deps.cluster } : {}),
    });
  for (const plugin of deps.plugins ?? []) await app.register(plugin);
  return app;
}
