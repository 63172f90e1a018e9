/**
 * Shopper identity for HTTP and WebSocket requests. A visitor without an account gets a guest
 * identity in a signed, HttpOnly cookie that owns their cart and sessions; accounts (email +
 * password) and external identity providers (Clerk, OIDC) resolve to local users here.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { HttpError } from '../http/errors.ts';
import { type CounterFactory, WindowCounter } from '../http/window-counter.ts';
import type { Clock } from '../pipeline/clock.ts';
import { UsersRepository } from '../store/repositories/users.ts';
import type { Database } from '../store/schema.ts';
import type { Identity } from './app.ts';
import type { AccountService } from './auth/accounts.ts';
import type { ExternalTokenVerifier } from './auth/external-tokens.ts';
import { LocalUsers } from './auth/local-users.ts';
import { S2S_HEADER, secretMatches } from './s2s/secret.ts';

export const GUEST_COOKIE = 'vs_guest';

/** The cookie-signing secret: SESSION_SECRET, else one generated once and kept in the data folder. */
export async function loadSessionSecret(configured: string | undefined, dataDir: string): Promise<string> {
  // Its length (≥ 32) is checked with the rest of the configuration.
  if (configured) return configured;
  const file = path.join(dataDir, 'session-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
    await chmod(file, 0o600);
    return secret;
  }
}

export async function registerCookies(app: FastifyInstance, secret: string): Promise<void> {
  await app.register(cookie, { secret, hook: 'onRequest' });
}

/** Creates the guest's user row if it does not exist yet (web visitors, phone callers). */
export async function ensureGuest(db: Kysely<Database>, userId: string): Promise<void> {
  await new UsersRepository(db).ensureGuest(userId, new Date());
}

/** The guest id in a valid signed guest cookie, if any (without creating one). */
export async function guestFromCookie(
  request: FastifyRequest,
  db?: Kysely<Database>,
): Promise<string | undefined> {
  const raw = request.cookies?.[GUEST_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value || !/^guest_[A-Za-z0-9_-]{16,}$/.test(unsigned.value))
    return undefined;
  if (db) await ensureGuest(db, unsigned.value);
  return unsigned.value;
}

export interface IdentityResolverOptions {
  db: Kysely<Database>;
  adminToken?: string | undefined;
  secureCookies: boolean;
  /** Email + password accounts (better-auth session cookie). */
  accounts?: AccountService | undefined;
  /** External session JWTs (Clerk, OIDC) in `Authorization: Bearer`. */
  tokens?: ExternalTokenVerifier | undefined;
  /** Local users of external subjects; default: a new mapper over `db`. */
  users?: LocalUsers | undefined;
  /** New guests per client IP per minute (each is a users row); default: unlimited. */
  guestRatePerIp?: { max: number; clock: Clock } | undefined;
  /** Many nodes: the guest limit held in Redis (default: in this process). */
  counter?: CounterFactory | undefined;
  /**
   * S2S_SECRET: a backend presenting it in `x-s2s-secret` may act for a user it names by
   * identity issuer and subject (a Convex action sees the verified identity, not the token).
   */
  s2sSecret?: string | undefined;
}

export const USER_ISSUER_HEADER = 'x-s2s-user-issuer';
export const USER_SUBJECT_HEADER = 'x-s2s-user-subject';

/**
 * The user a backend names in the s2s identity headers, or an error message. The issuer must be
 * a URL: a bare name could be "password", the provider of local accounts, and take one over.
 */
export function delegatedSubject(
  headers: FastifyRequest['headers'],
): { issuer: string; subject: string } | { error: string } {
  const issuer = headers[USER_ISSUER_HEADER];
  const subject = headers[USER_SUBJECT_HEADER];
  if (typeof issuer !== 'string' || typeof subject !== 'string' || !issuer.trim() || !subject.trim())
    return { error: `send ${USER_ISSUER_HEADER} and ${USER_SUBJECT_HEADER} with ${S2S_HEADER}` };
  if (issuer.length > 500 || subject.length > 500) return { error: 'identity headers over 500 characters' };
  if (!/^https?:\/\/\S+$/.test(issuer.trim()))
    return { error: `${USER_ISSUER_HEADER} must be the issuer's URL` };
  return { issuer: issuer.trim(), subject: subject.trim() };
}

/**
 * Resolves the caller, strongest credential first: the admin bearer token (ADMIN_TOKEN), an
 * external session JWT, the account session cookie, the signed guest cookie; a caller with none
 * gets a new guest identity when a reply is available to set the cookie. A credential that is
 * presented but wrong never falls back to a guest: the caller is refused (undefined → 401).
 */
export function createIdentityResolver(opts: IdentityResolverOptions) {
  const admin = opts.adminToken ? Buffer.from(opts.adminToken) : undefined;
  const users = opts.users ?? opts.accounts?.users ?? new LocalUsers(opts.db);
  const newGuests = opts.guestRatePerIp
    ? (opts.counter?.('guests', opts.guestRatePerIp.max, 60_000) ??
      new WindowCounter(opts.guestRatePerIp.max, 60_000, opts.guestRatePerIp.clock))
    : undefined;
  return async (request: FastifyRequest, reply: FastifyReply | undefined): Promise<Identity | undefined> => {
    // A backend acting for its user: the secret first, then the named identity; a wrong secret
    // or malformed identity is refused, never a guest.
    if (request.headers[S2S_HEADER] !== undefined) {
      if (!opts.s2sSecret || !secretMatches(opts.s2sSecret, request.headers[S2S_HEADER])) return undefined;
      const named = delegatedSubject(request.headers);
      if ('error' in named) {
        request.log.info({ reason: named.error }, 's2s identity refused');
        return undefined;
      }
      return { userId: await users.userFor(named.issuer, named.subject), kind: 'account', delegated: true };
    }
    // A browser cannot set headers on a WebSocket upgrade, so the console sends its token as
    // ?access_token= there (and only there: tokens in URLs of ordinary requests end up in logs).
    const upgradeToken =
      request.headers.upgrade?.toLowerCase() === 'websocket'
        ? (request.query as Record<string, unknown> | undefined)?.access_token
        : undefined;
    const auth =
      request.headers.authorization ??
      (typeof upgradeToken === 'string' ? `Bearer ${upgradeToken}` : undefined);
    if (auth !== undefined) {
      const bearer = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
      if (!bearer) return undefined;
      if (admin) {
        const presented = Buffer.from(bearer);
        if (presented.length === admin.length && timingSafeEqual(presented, admin))
          return { userId: 'admin', kind: 'admin' };
      }
      if (!opts.tokens) return undefined;
      try {
        const verified = await opts.tokens.verify(bearer);
        return {
          userId: await users.userFor(verified.issuer, verified.subject),
          kind: 'account',
          external: { issuer: verified.issuer, subject: verified.subject },
        };
      } catch (err) {
        request.log.info({ reason: (err as Error).message }, 'bearer token refused');
        return undefined;
      }
    }
    if (opts.accounts) {
      const userId = await opts.accounts.userFromCookie(request.headers.cookie);
      if (userId) return { userId, kind: 'account' };
    }
    const guest = await guestFromCookie(request, opts.db);
    if (guest) return { userId: guest, kind: 'guest' };
    if (!reply || typeof reply.setCookie !== 'function') return undefined;
    // Every cookieless request would otherwise add a users row.
    const wait = (await newGuests?.hit(request.ip)) ?? 0;
    if (wait > 0)
      throw new HttpError(
        429,
        `too many new visitors from this address; accept the cookie or try again in ${Math.ceil(wait / 1000)} s`,
      );
    const userId = `guest_${randomBytes(16).toString('base64url')}`;
    await ensureGuest(opts.db, userId);
    reply.setCookie(GUEST_COOKIE, userId, {
      signed: true,
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.secureCookies,
      path: '/',
      maxAge: 60 * 60 * 24 * 365,
    });
    return { userId, kind: 'guest' };
  };
}

/**
 * Deletes guests that kept nothing `afterMs` after their creation, now and then every `everyMs`
 * (bots and cookieless clients mint one per visit); returns the stop function.
 */
export function startGuestPruning(opts: {
  db: Kysely<Database>;
  clock: Clock;
  afterMs: number;
  everyMs: number;
  now?: () => Date;
  onPruned?: (count: number) => void;
  onError?: (err: unknown) => void;
}): () => void {
  const repo = new UsersRepository(opts.db);
  const now = opts.now ?? (() => new Date());
  let timer: { cancel(): void } | undefined;
  let stopped = false;
  const run = async () => {
    try {
      const count = await repo.pruneEmptyGuests(new Date(now().getTime() - opts.afterMs));
      if (count > 0) opts.onPruned?.(count);
    } catch (err) {
      opts.onError?.(err);
    }
    if (!stopped) timer = opts.clock.setTimer(() => void run(), opts.everyMs);
  };
  void run();
  return () => {
    stopped = true;
    timer?.cancel();
  };
}
