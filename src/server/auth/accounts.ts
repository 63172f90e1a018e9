/**
 * Email + password accounts through better-auth (its scrypt hashing, its session table and its
 * signed session cookie), stored in the project's database through its Kysely adapter. The
 * server calls better-auth's API directly from its own routes, so the HTTP surface, errors
 * (`{detail}`), throttling and the guest-cart merge stay ours.
 */

import { betterAuth } from 'better-auth';
import type { Kysely } from 'kysely';
import { type CounterFactory, type HitCounter, WindowCounter } from '../../http/window-counter.ts';
import { childLogger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/clock.ts';
import type { Database } from '../../store/schema.ts';
import type { AuthEnv } from './config.ts';
import { LocalUsers, PASSWORD_PROVIDER } from './local-users.ts';
import { passwordWeakness } from './password-policy.ts';
import { SignInThrottle } from './throttle.ts';

const log = childLogger({ component: 'auth' });

export const ACCOUNT_COOKIE_PREFIX = 'vs';
export const ACCOUNT_COOKIE = `${ACCOUNT_COOKIE_PREFIX}.session_token`;

export class AuthError extends Error {
  override name = 'AuthError';
  readonly statusCode: number;
  readonly retryAfterS: number | undefined;
  constructor(statusCode: number, message: string, retryAfterS?: number) {
    super(message);
    this.statusCode = statusCode;
    this.retryAfterS = retryAfterS;
  }
}

export interface AccountServiceOptions {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /** Signs better-auth's session cookie; at least 32 characters. */
  secret: string;
  /** Public base URL of the server (cookie scope, better-auth's origin checks). */
  baseURL: string;
  secureCookies: boolean;
  env: AuthEnv;
  clock: Clock;
  /** Moves a guest's cart into an account's (the shop's merge); returns the items moved. */
  mergeGuestCart?: (guestId: string, accountId: string) => Promise<number>;
  /** Many nodes: the sign-up limit held in Redis (default: in this process). */
  counter?: CounterFactory | undefined;
}

export interface SignedIn {
  userId: string;
  /** Set-Cookie values to forward to the client. */
  cookies: string[];
  movedCartItems: number;
}

function apiStatus(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown } | null;
  return typeof e?.statusCode === 'number' ? e.statusCode : undefined;
}

export function createAuth(opts: AccountServiceOptions) {
  return betterAuth({
    database: { db: opts.db, type: opts.dialect },
    secret: opts.secret,
    baseURL: opts.baseURL,
    emailAndPassword: {
      enabled: true,
      minPasswordLength: opts.env.AUTH_PASSWORD_MIN_LENGTH,
      maxPasswordLength: 128,
      autoSignIn: true,
    },
    session: { modelName: 'auth_sessions', expiresIn: Math.round(opts.env.AUTH_SESSION_DAYS * 86_400) },
    user: { modelName: 'auth_users' },
    account: { modelName: 'auth_accounts' },
    verification: { modelName: 'auth_verifications' },
    // Throttling is ours (per account and IP on the injected clock); better-auth's limiter only
    // sees requests through its own handler, which this server does not mount.
    rateLimit: { enabled: false },
    advanced: { cookiePrefix: ACCOUNT_COOKIE_PREFIX, useSecureCookies: opts.secureCookies },
    telemetry: { enabled: false },
    logger: {
      level: 'warn',
      log: (level, message) => log[level === 'error' ? 'error' : 'debug']({ source: 'better-auth' }, message),
    },
  });
}

export class AccountService {
  readonly #auth: ReturnType<typeof createAuth>;
  readonly #users: LocalUsers;
  readonly #throttle: SignInThrottle;
  readonly #signUps: HitCounter;
  readonly #merge: AccountServiceOptions['mergeGuestCart'];

  constructor(opts: AccountServiceOptions) {
    if (opts.secret.length < 32) throw new Error('the accounts secret must be at least 32 characters');
    this.#auth = createAuth(opts);
    this.#users = new LocalUsers(opts.db);
    this.#throttle = new SignInThrottle({
      clock: opts.clock,
      maxFailures: opts.env.AUTH_SIGNIN_MAX_FAILURES,
      lockMs: opts.env.AUTH_SIGNIN_LOCK_S * 1000,
    });
    this.#merge = opts.mergeGuestCart;
    this.#signUps =
      opts.counter?.('sign-ups', opts.env.AUTH_SIGNUP_RATE_PER_IP_PER_HOUR, 3_600_000) ??
      new WindowCounter(opts.env.AUTH_SIGNUP_RATE_PER_IP_PER_HOUR, 3_600_000, opts.clock);
  }

  get users(): LocalUsers {
    return this.#users;
  }

  async signUp(
    input: { email: string; password: string; name?: string },
    ctx: { guestId?: string; ip?: string },
  ): Promise<SignedIn> {
    // Counted before anything else: answering (even "exists") is what a prober wants.
    const wait = ctx.ip === undefined ? 0 : await this.#signUps.hit(ctx.ip);
    if (wait > 0) {
      const s = Math.ceil(wait / 1000);
      throw new AuthError(429, `too many sign-ups from this address; try again in ${s} s`, s);
    }
    const weakness = passwordWeakness(input.password, input.email);
    if (weakness) throw new AuthError(400, `choose a stronger password: ${weakness}`);
    let result: Awaited<ReturnType<typeof this.signUpRaw>>;
    try {
      result = await this.signUpRaw(input);
    } catch (err) {
      const status = apiStatus(err);
      if (status === 422 || status === 409)
        throw new AuthError(409, 'could not create this account; if it is yours, sign in instead');
      if (status === 400) throw new AuthError(400, (err as Error).message);
      throw err;
    }
    return this.#finish(result.response.user, result.headers, input.email, ctx.guestId);
  }

  private signUpRaw(input: { email: string; password: string; name?: string }) {
    return this.#auth.api.signUpEmail({
      body: { email: input.email, password: input.password, name: input.name ?? '' },
      returnHeaders: true,
    });
  }

  async signIn(input: { email: string; password: string }, ctx: { ip: string; guestId?: string }) {
    const wait = this.#throttle.retryAfterMs(input.email, ctx.ip);
    if (wait > 0) {
      const s = Math.ceil(wait / 1000);
      throw new AuthError(429, `too many failed sign-ins; try again in ${s} s`, s);
    }
    let result: Awaited<ReturnType<typeof this.signInRaw>>;
    try {
      result = await this.signInRaw(input);
    } catch (err) {
      const status = apiStatus(err);
      if (status === 401 || status === 400 || status === 403) {
        this.#throttle.recordFailure(input.email, ctx.ip);
        throw new AuthError(401, 'wrong email or password');
      }
      throw err;
    }
    this.#throttle.recordSuccess(input.email, ctx.ip);
    return this.#finish(result.response.user, result.headers, input.email, ctx.guestId);
  }

  private signInRaw(input: { email: string; password: string }) {
    return this.#auth.api.signInEmail({
      body: { email: input.email, password: input.password },
      returnHeaders: true,
    });
  }

  /** Revokes the account session named by the request's cookie; returns cookies that clear it. */
  async signOut(cookieHeader: string | undefined): Promise<string[]> {
    if (!cookieHeader) return [];
    try {
      const { headers } = await this.#auth.api.signOut({
        headers: new Headers({ cookie: cookieHeader }),
        returnHeaders: true,
      });
      return headers.getSetCookie();
    } catch {
      return [];
    }
  }

  /** The local user of the account session in this Cookie header, if it is valid. */
  async userFromCookie(cookieHeader: string | undefined): Promise<string | undefined> {
    if (!cookieHeader?.includes(ACCOUNT_COOKIE)) return undefined;
    const session = await this.#auth.api.getSession({ headers: new Headers({ cookie: cookieHeader }) });
    if (!session) return undefined;
    return this.#users.userFor(PASSWORD_PROVIDER, session.user.id, { email: session.user.email });
  }

  async #finish(
    authUser: { id: string; email: string; name: string },
    headers: Headers,
    email: string,
    guestId: string | undefined,
  ): Promise<SignedIn> {
    const userId = await this.#users.userFor(PASSWORD_PROVIDER, authUser.id, {
      email: email.trim().toLowerCase(),
      ...(authUser.name ? { name: authUser.name } : {}),
    });
    let movedCartItems = 0;
    if (guestId && this.#merge) movedCartItems = await this.#merge(guestId, userId);
    return { userId, cookies: headers.getSetCookie(), movedCartItems };
  }
}
