/**
 * HTTP hardening shared by every route: security headers (a CSP that the static Next.js app and
 * the Swagger UI at /docs both work under), the WebSocket origin allow-list (checked before the
 * upgrade), the cross-site request guard on state-changing requests, and session-creation rate
 * limits per client IP and per identity.
 */
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preValidationAsyncHookHandler,
  preValidationHookHandler,
} from 'fastify';
import { HttpError } from '../../http/errors.ts';
import { originAllowed, registerCrossSiteGuard } from '../../http/origin.ts';
import { type HitCounter, WindowCounter } from '../../http/window-counter.ts';
import { type Clock, systemClock } from '../../pipeline/clock.ts';
import type { PageSources } from './clerk.ts';

export interface HardeningOptions {
  allowedOrigins: string[];
  publicUrl?: string | undefined;
  /** Session creations per client IP per minute. */
  sessionRatePerIp: number;
  /** Session creations per identity (guest or account) per minute. */
  sessionRatePerIdentity: number;
  clock?: Clock;
  /** Resolves the caller without creating a guest (undefined: anonymous). */
  identify(request: FastifyRequest): Promise<{ userId: string } | undefined>;
  /** Many nodes: the limits are held in Redis, so they hold cluster-wide. */
  cluster?: {
    redis: unknown;
    nameSpace: string;
    counter(name: string, max: number, windowMs: number): HitCounter;
    unavailable(err: unknown): Error;
  };
  /** Many nodes: the other nodes' origins (a page from one opens its WebSocket to another). */
  extraOrigins?: () => string[];
  /** Third-party origins the page needs (Clerk's script, Frontend API, bot check and avatars). */
  pageSources?: PageSources | undefined;
}

export async function registerHardening(app: FastifyInstance, opts: HardeningOptions) {
  const https = opts.publicUrl?.startsWith('https:') ?? false;
  const extra = opts.pageSources;
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        // The Next.js static export streams its payload through inline <script> tags; the Pipecat
        // WavMediaManager loads its recorder/player AudioWorklets from blob: URLs (worklets obey script-src).
        scriptSrc: ["'self'", "'unsafe-inline'", 'blob:', ...(extra?.script ?? [])],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...(extra?.img ?? [])],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...opts.allowedOrigins.filter((o) => o !== '*'), ...(extra?.connect ?? [])],
        ...(extra?.frame.length ? { frameSrc: extra.frame } : {}),
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Plain-HTTP LAN installs must not have their requests upgraded to an https that is not there.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    crossOriginResourcePolicy: { policy: opts.allowedOrigins.length > 0 ? 'cross-origin' : 'same-origin' },
    // Microphone use needs the page itself, not a cross-origin isolation it never asked for.
    crossOriginEmbedderPolicy: false,
  });

  // Browsers always send Origin on a WebSocket upgrade; refuse other sites before the handshake
  // (phone carriers and server clients send none and are authenticated by their tokens).
  // preValidation, not onRequest: @fastify/websocket's own onRequest must run first so that it
  // closes the raw socket after the 403 is written.
  app.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.headers.upgrade?.toLowerCase() !== 'websocket') return;
    const origin = request.headers.origin;
    if (!origin) return;
    const allowed = opts.extraOrigins
      ? [...opts.allowedOrigins, ...opts.extraOrigins()]
      : opts.allowedOrigins;
    if (originAllowed(origin, allowed, { host: request.headers.host, publicUrl: opts.publicUrl })) return;
    request.log.info({ origin }, 'WebSocket upgrade from a foreign origin refused');
    return reply.status(403).send({ detail: 'WebSocket connections from this origin are not allowed' });
  });

  // Cookie-authenticated state changes from other sites (CSRF) are refused before any route runs.
  registerCrossSiteGuard(app, { allowedOrigins: opts.allowedOrigins, publicUrl: opts.publicUrl });

  const { cluster } = opts;
  await app.register(rateLimit, {
    global: false,
    ...(cluster ? { redis: cluster.redis, nameSpace: cluster.nameSpace } : {}),
  });
  const perIpLimiter = app.rateLimit({
    max: opts.sessionRatePerIp,
    timeWindow: 60_000,
    keyGenerator: (request) => `ip:${request.ip}`,
    errorResponseBuilder: (_req, ctx) =>
      new HttpError(
        429,
        `too many new sessions from this address; try again in ${Math.ceil(ctx.ttl / 1000)} s`,
      ),
  });
  // Redis unreachable: a clear 503 instead of an internal error.
  const perIp: preValidationHookHandler = cluster
    ? async function (this: FastifyInstance, request, reply) {
        try {
          await (perIpLimiter as unknown as preValidationAsyncHookHandler).call(this, request, reply);
        } catch (err) {
          throw cluster.unavailable(err);
        }
      }
    : perIpLimiter;
  // @fastify/rate-limit runs one limiter per request, so the identity limit is a second, own one.
  const perIdentityCounter: HitCounter = cluster
    ? cluster.counter('start-identity', opts.sessionRatePerIdentity, 60_000)
    : new WindowCounter(opts.sessionRatePerIdentity, 60_000, opts.clock ?? systemClock);
  const perIdentity: preValidationHookHandler = async (request) => {
    const identity = await opts.identify(request).catch(() => undefined);
    if (!identity) return; // a new guest: only the IP limit applies
    const wait = await perIdentityCounter.hit(identity.userId);
    if (wait > 0)
      throw new HttpError(
        429,
        `you are starting sessions too quickly; try again in ${Math.ceil(wait / 1000)} s`,
      );
  };
  return { sessionRateLimit: [perIp, perIdentity] as preValidationHookHandler[] };
}
