/**
 * Brute-force throttling of sign-in: failures are counted per account (email) and per client IP;
 * past the limit the key is locked for a while that doubles with every further failure (capped).
 * A success clears the account's count. Memory is bounded: the oldest keys are forgotten first.
 */
import type { Clock } from '../../pipeline/clock.ts';

const MAX_LOCK_MS = 60 * 60 * 1000;

interface Entry {
  failures: number;
  lockedUntil: number;
  /** Failures older than this window are forgotten. */
  windowStart: number;
}

export interface ThrottleOptions {
  clock: Clock;
  /** Failures allowed per account before it is locked. */
  maxFailures: number;
  /** First lock duration. */
  lockMs: number;
  /** Per-IP limit is this many times the account limit (shared NATs). */
  ipFactor?: number;
  maxKeys?: number;
}

export class SignInThrottle {
  readonly #entries = new Map<string, Entry>();
  readonly #opts: Required<ThrottleOptions>;

  constructor(opts: ThrottleOptions) {
    this.#opts = { ipFactor: 4, maxKeys: 10_000, ...opts };
  }

  /** Milliseconds until a sign-in for this email from this IP may be tried; 0 when allowed now. */
  retryAfterMs(email: string, ip: string): number {
    const now = this.#opts.clock.now();
    let wait = 0;
    for (const key of this.#keys(email, ip)) {
      const e = this.#entries.get(key);
      if (e && e.lockedUntil > now) wait = Math.max(wait, e.lockedUntil - now);
    }
    return wait;
  }

  recordFailure(email: string, ip: string): void {
    const now = this.#opts.clock.now();
    const [accountKey, ipKey] = this.#keys(email, ip);
    this.#bump(accountKey, this.#opts.maxFailures, now);
    this.#bump(ipKey, this.#opts.maxFailures * this.#opts.ipFactor, now);
  }

  recordSuccess(email: string, _ip: string): void {
    this.#entries.delete(this.#keys(email, '')[0]);
  }

  #keys(email: string, ip: string): [string, string] {
    return [`email:${email.trim().toLowerCase()}`, `ip:${ip}`];
  }

  #bump(key: string, limit: number, now: number): void {
    const window = Math.max(this.#opts.lockMs * 10, 15 * 60 * 1000);
    let e = this.#entries.get(key);
    if (!e || now - e.windowStart > window) e = { failures: 0, lockedUntil: 0, windowStart: now };
    e.failures += 1;
    if (e.failures >= limit) {
      const lock = Math.min(this.#opts.lockMs * 2 ** (e.failures - limit), MAX_LOCK_MS);
      e.lockedUntil = now + lock;
    }
    // Re-insert so Map order is least-recently-failed first.
    this.#entries.delete(key);
    this.#entries.set(key, e);
    while (this.#entries.size > this.#opts.maxKeys) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }
}
