/**
 * Composition of accounts, external tokens, the identity resolver, the server-to-server API and
 * outbound webhooks, from configuration. main.ts calls this once and registers the plugins.
 */
import type { FastifyInstance } from 'fastify';
import type { CounterFactory } from '../../http/window-counter.ts';
import type { Clock } from '../../pipeline/clock.ts';
import type { ShopServices } from '../../shop/services.ts';
import type { Store } from '../../store/db.ts';
import { WebhookOutbox } from '../../store/repositories/webhook-outbox.ts';
import type { ConvexClaimDelivery } from '../convex/claims.ts';
import { type ConvexEnv, convexClientConfig, convexConnectSources } from '../convex/config.ts';
import { createIdentityResolver } from '../identity.ts';
import type { S2sEnv } from '../s2s/config.ts';
import { registerS2sRoutes } from '../s2s/routes.ts';
import type { SessionManager } from '../sessions.ts';
import type { WebhookEnv } from '../webhooks/config.ts';
import { WebhookDispatcher } from '../webhooks/dispatcher.ts';
import { publishSessionEvents } from '../webhooks/sources.ts';
import { AccountService } from './accounts.ts';
import { registerClaimGuest } from './claim-guest.ts';
import { clerkFrontend, clerkPageSources, type PageSources } from './clerk.ts';
import type { AuthEnv } from './config.ts';
import { ExternalTokenVerifier, externalTokenOptionsFromEnv } from './external-tokens.ts';
import { LocalUsers } from './local-users.ts';
import { registerAuthRoutes } from './routes.ts';

export interface SecurityOptions {
  config: {
    auth: AuthEnv;
    s2s: S2sEnv;
    webhooks: WebhookEnv;
    /** The web app's Convex mode (CONVEX_CLIENT_URL); absent: off. */
    convex?: Pick<ConvexEnv, 'CONVEX_CLIENT_URL' | 'CONVEX_CLERK_TOKEN_TEMPLATE'> | undefined;
  };
  store: Store;
  /** Cookie-signing secret (also better-auth's). */
  secret: string;
  publicUrl: string;
  secureCookies: boolean;
  clock: Clock;
  shop: ShopServices;
  sessions: SessionManager;
  listEvents: (sessionId: string) => Promise<unknown[]>;
  /** Many nodes: the guest and sign-up limits held in Redis. */
  counter?: CounterFactory | undefined;
  /** The Convex link's delivery counts (GET /api/s2s/convex), when it is on. */
  convexCounts?: (() => Promise<Record<string, number>>) | undefined;
  /** The Convex link's guest claims: a claimed guest's saved items are owed to Convex. */
  convexClaims?: Pick<ConvexClaimDelivery, 'owe' | 'committed'> | undefined;
}

export function createSecurity(opts: SecurityOptions) {
  const { auth: authEnv, s2s: s2sEnv, webhooks: webhookEnv } = opts.config;
  const { db } = opts.store;

  const accounts = authEnv.AUTH_PASSWORD_ENABLED
    ? new AccountService({
        db,
        dialect: opts.store.dialect,
        secret: opts.secret,
        baseURL: opts.publicUrl,
        secureCookies: opts.secureCookies,
        env: authEnv,
        clock: opts.clock,
        mergeGuestCart: async (guestId, accountId) =>
          (await opts.shop.identity.mergeGuest(guestId, accountId, null)).cartLines,
        counter: opts.counter,
      })
    : undefined;
  const tokenOptions = externalTokenOptionsFromEnv(authEnv);
  const clerk = authEnv.AUTH_CLERK_PUBLISHABLE_KEY
    ? clerkFrontend(authEnv.AUTH_CLERK_PUBLISHABLE_KEY, authEnv.AUTH_CLERK_JS_URL)
    : undefined;
  const tokens = tokenOptions ? new ExternalTokenVerifier(tokenOptions) : undefined;
  const convexClient = opts.config.convex ? convexClientConfig(opts.config.convex) : null;
  const identifyUsers = accounts?.users ?? new LocalUsers(db);
  const identify = createIdentityResolver({
    db,
    users: identifyUsers,
    adminToken: authEnv.ADMIN_TOKEN,
    secureCookies: opts.secureCookies,
    accounts,
    tokens,
    guestRatePerIp: { max: authEnv.AUTH_GUEST_RATE_PER_IP_PER_MINUTE, clock: opts.clock },
    counter: opts.counter,
    s2sSecret: s2sEnv.S2S_SECRET,
  });

  const outbox = new WebhookOutbox(db);
  const dispatcher =
    webhookEnv.WEBHOOK_URL && webhookEnv.secret
      ? new WebhookDispatcher({
          outbox,
          url: webhookEnv.WEBHOOK_URL,
          secret: webhookEnv.secret,
          clock: opts.clock,
          maxAttempts: webhookEnv.WEBHOOK_MAX_ATTEMPTS,
          retryBaseMs: webhookEnv.WEBHOOK_RETRY_BASE_MS,
          retryMaxMs: webhookEnv.WEBHOOK_RETRY_MAX_MS,
          timeoutMs: webhookEnv.WEBHOOK_TIMEOUT_MS,
        })
      : undefined;
  const unsubscribe = dispatcher
    ? publishSessionEvents(opts.sessions, dispatcher, opts.listEvents)
    : () => {};
  dispatcher?.start();

  const plugins: ((app: FastifyInstance) => Promise<void>)[] = [
    (app) =>
      registerS2sRoutes(app, {
        secret: s2sEnv.S2S_SECRET,
        shop: opts.shop,
        listEvents: opts.listEvents,
        outbox,
        webhookUrl: webhookEnv.WEBHOOK_URL,
        users: identifyUsers,
        ...(opts.convexCounts ? { convexCounts: opts.convexCounts } : {}),
      }),
  ];
  if (accounts) plugins.push((app) => registerAuthRoutes(app, { accounts, db }));
  // Public policy so sign-up forms validate like the server and hide what is switched off.
  plugins.push(async (app) => {
    app.get(
      '/api/auth/config',
      {
        schema: {
          tags: ['accounts'],
          summary:
            'Account policy: whether passwords are enabled and their minimum length, external tokens, the Clerk instance the web app signs in with, and the Convex deployment it reads saved items and history from',
        },
      },
      async () => ({
        passwordEnabled: authEnv.AUTH_PASSWORD_ENABLED,
        passwordMinLength: authEnv.AUTH_PASSWORD_MIN_LENGTH,
        externalTokens: Boolean(tokens),
        clerk: clerk ? { publishableKey: clerk.publishableKey, scriptUrl: clerk.scriptUrl } : null,
        convex: convexClient,
      }),
    );
  });
  if (tokens)
    plugins.push((app) =>
      registerClaimGuest(app, {
        secureCookies: opts.secureCookies,
        mergeGuest: async (guestId, account) => {
          const { external } = account;
          const claims = opts.convexClaims;
          const moved = await opts.shop.identity.mergeGuest(guestId, account.userId, null, {
            // Written with the move: what the guest saved is owed to the account's Convex records.
            ...(claims && external
              ? {
                  onSavedMoved: (trx, productIds) =>
                    claims.owe(trx, { userId: account.userId, ...external }, productIds),
                }
              : {}),
          });
          if (claims && external && moved.savedProductIds.length > 0) claims.committed();
          return { movedCartItems: moved.cartLines, movedSavedItems: moved.savedProductIds.length };
        },
      }),
    );

  return {
    identify,
    accounts,
    tokens,
    pageSources: pageSourcesOf(clerk ? clerkPageSources(clerk) : undefined, convexClient?.url),
    dispatcher,
    plugins,
    describe: () => ({
      accounts: Boolean(accounts),
      externalIssuer: tokens?.issuer ?? null,
      s2s: Boolean(s2sEnv.S2S_SECRET),
      webhooks: Boolean(dispatcher),
    }),
    async close(): Promise<void> {
      unsubscribe();
      await dispatcher?.close();
    },
  };
}

/** Clerk's origins plus, in Convex mode, the deployment's (the page's client connects there). */
function pageSourcesOf(
  clerk: PageSources | undefined,
  convexUrl: string | undefined,
): PageSources | undefined {
  if (!convexUrl) return clerk;
  const base = clerk ?? { script: [], connect: [], frame: [], img: [] };
  return { ...base, connect: [...base.connect, ...convexConnectSources(convexUrl)] };
}
