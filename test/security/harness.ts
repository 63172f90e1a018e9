/**
 * A real server app for the security tests: the production identity resolver (guest cookie,
 * accounts, external tokens, admin), the auth routes, the shop REST API and the server-to-server
 * routes over a real store, with a trivial pipeline behind the WebSocket sessions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { JWTVerifyGetKey } from 'jose';
import { afterEach } from 'vitest';
import { FakeClock, systemClock } from '../../src/pipeline/clock.ts';
import { Pipeline, PipelineTask } from '../../src/pipeline/index.ts';
import { type AppDeps, buildApp } from '../../src/server/app.ts';
import { AccountService } from '../../src/server/auth/accounts.ts';
import { authEnvSchema } from '../../src/server/auth/config.ts';
import { ExternalTokenVerifier } from '../../src/server/auth/external-tokens.ts';
import { registerAuthRoutes } from '../../src/server/auth/routes.ts';
import { serverEnvSchema } from '../../src/server/config.ts';
import { DebugBus } from '../../src/server/debug-bus.ts';
import { createIdentityResolver, registerCookies } from '../../src/server/identity.ts';
import { startServer } from '../../src/server/main.ts';
import { ServerMetrics } from '../../src/server/metrics.ts';
import { type SessionLimits, SessionManager } from '../../src/server/sessions.ts';
import { registerShopApi } from '../../src/server/shop-api.ts';
import { createShopServices } from '../../src/shop/services.ts';
import type { Store } from '../../src/store/db.ts';
import { transportEnvSchema } from '../../src/transports/config.ts';
import { greetingSessionTransport } from '../../src/transports/testing.ts';
import { twilioEnvSchema } from '../../src/transports/twilio/config.ts';
import { webrtcEnvSchema } from '../../src/transports/webrtc/config.ts';
import { createWebrtcTransport } from '../../src/transports/webrtc/routes.ts';
import { createWebsocketTransport } from '../../src/transports/websocket/routes.ts';

export const ADMIN_TOKEN = 'admin-token-for-tests-0123456789abcdef';
export const SECRET = 'cookie-secret-for-tests-0123456789abcdef';

export interface HarnessOptions {
  env?: Record<string, string>;
  /** External token verification (issuer + key source). */
  tokens?: { issuer: string; audience?: string; keys?: JWTVerifyGetKey; jwksUrl?: string; now?: () => Date };
  extraPlugins?: ((app: FastifyInstance) => Promise<void>)[];
  deps?: Partial<AppDeps>;
  /** Also serve SmallWebRTC (loopback-only ICE) next to the WebSocket transport. */
  webrtc?: boolean;
  /** Session manager limits over the env's (e.g. a per-transport cap). */
  limits?: Partial<SessionLimits>;
}

const running: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
});

export async function startHarness(store: Store, opts: HarnessOptions = {}) {
  const clock = new FakeClock(1_000_000);
  const env = serverEnvSchema.parse({ ...opts.env });
  const authEnv = authEnvSchema.parse({ ...opts.env });
  const shop = createShopServices({ db: store.db });
  const accounts = new AccountService({
    db: store.db,
    dialect: store.dialect,
    secret: SECRET,
    baseURL: 'http://127.0.0.1',
    secureCookies: false,
    env: authEnv,
    clock,
    mergeGuestCart: (guestId, accountId) => shop.identity.mergeGuestCart(guestId, accountId, null),
  });
  const tokens = opts.tokens
    ? new ExternalTokenVerifier({
        issuer: opts.tokens.issuer,
        audience: opts.tokens.audience,
        jwksUrl: opts.tokens.jwksUrl,
        algorithms: authEnv.AUTH_JWT_ALGORITHMS,
        clockToleranceS: authEnv.AUTH_JWT_CLOCK_SKEW_S,
        authorizedParties: authEnv.AUTH_JWT_AUTHORIZED_PARTIES,
        ...(opts.tokens.keys ? { keys: opts.tokens.keys } : {}),
        ...(opts.tokens.now ? { now: opts.tokens.now } : {}),
      })
    : undefined;
  const identify = createIdentityResolver({
    db: store.db,
    adminToken: ADMIN_TOKEN,
    secureCookies: false,
    accounts,
    tokens,
    // Only when a test sets it: others mint many guests from one address on a clock that never moves.
    ...(opts.env?.AUTH_GUEST_RATE_PER_IP_PER_MINUTE
      ? { guestRatePerIp: { max: authEnv.AUTH_GUEST_RATE_PER_IP_PER_MINUTE, clock } }
      : {}),
  });
  const sessions = new SessionManager({
    clock: systemClock,
    limits: {
      maxSessions: env.MAX_SESSIONS,
      maxPerIdentity: env.MAX_SESSIONS_PER_IDENTITY,
      connectTimeoutMs: 60_000,
      maxDurationMs: 3_600_000,
      ...opts.limits,
    },
  });
  const debug = new DebugBus();
  const events = new Map<string, unknown[]>();
  const app = await buildApp({
    env,
    sessions,
    metrics: new ServerMetrics(),
    debug,
    identify,
    listEvents: async (id) => events.get(id) ?? [],
    clock: systemClock,
    transportConfig: {
      transport: transportEnvSchema.parse({}),
      webrtc: webrtcEnvSchema.parse({ WEBRTC_LOOPBACK_ONLY: 'true' }),
      twilio: twilioEnvSchema.parse({}),
    },
    ensureGuest: async () => {},
    transports: [
      createWebsocketTransport({
        sessionTransport: (connection, { session }) =>
          greetingSessionTransport(connection, `hello ${session.userId}`),
      }),
      ...(opts.webrtc ? [createWebrtcTransport()] : []),
    ],
    runSession: async (_session, transport) => {
      const task = new PipelineTask(
        new Pipeline([transport.input, ...(transport.rtvi ? [transport.rtvi] : []), transport.output]),
        { observers: transport.observer ? [transport.observer] : [], idleTimeoutMs: null },
      );
      transport.attach(task);
      await task.start();
      return { task, close: (reason) => task.cancel(reason) };
    },
    prePlugins: [(a) => registerCookies(a, SECRET)],
    plugins: [
      (a) => registerAuthRoutes(a, { accounts, db: store.db }),
      (a) => registerShopApi(a, { shop }),
      ...(opts.extraPlugins ?? []),
    ],
    ...opts.deps,
  });
  running.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  return { app, base: `http://127.0.0.1:${port}`, port, clock, shop, sessions, debug, events, accounts };
}

/** A browser-like client: keeps cookies between requests. */
export class Browser {
  readonly #jar = new Map<string, string>();
  readonly base: string;
  readonly headers: Record<string, string>;
  constructor(base: string, headers: Record<string, string> = {}) {
    this.base = base;
    this.headers = headers;
  }

  get cookie(): string {
    return [...this.#jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async fetch(
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...this.headers, ...init.headers };
    if (this.#jar.size) headers.cookie = this.cookie;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === '') this.#jar.delete(name);
      else this.#jar.set(name, value);
    }
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON replies loosely and assert on them
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers };
  }
}

/**
 * Tries a real `startServer` with `env` over a throwaway database: 'started' (then closed), or
 * the error it refused with (a ConfigError for a bad setting).
 */
export async function tryStartServer(env: Record<string, string>): Promise<unknown> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-start-attempt-'));
  try {
    return await startServer({
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: path.join(dir, 'shop.db'),
      LOG_LEVEL: 'silent',
      ...env,
    }).then(
      async (server) => {
        await server.close('test');
        return 'started';
      },
      (err: unknown) => err,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
