/**
 * What the Convex outboxes (the session link, link.ts; guest claims, claims.ts) do alike: one
 * delivery round at a time (rounds.ts), a timer that wakes the next round when the earliest row
 * falls due or the poll comes round, POSTs to the module that stop when the outbox closes, and
 * the failed attempt that waits with exponential backoff on the injected clock. What a round
 * delivers, and what an answer means for its rows, stays with each outbox.
 */

import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock, TimerHandle } from '../../pipeline/clock.ts';
import { type Outcome, postToConvex } from './post.ts';
import { SerialRounds } from './rounds.ts';

/** The settings both outboxes take from configuration. */
export interface ConvexOutboxOptions {
  /** The deployment's HTTP actions URL (no trailing slash). */
  url: string;
  secret: string;
  clock: Clock;
  /** Wall clock for stored times. */
  now?: () => Date;
  fetch?: typeof fetch;
  retryBaseMs: number;
  retryMaxMs: number;
  timeoutMs: number;
  pollMs: number;
  /** Who holds leases; default: a fresh id per process. */
  owner?: string;
}

/** The lease bookkeeping an outbox's repository offers (store/repositories/leased-outbox.ts). */
export interface OutboxLeases {
  retryLater(key: string, attempts: number, next: Date, error: string, at: Date): Promise<void>;
  releaseOwner(owner: string): Promise<void>;
  nextDue(): Promise<Date | undefined>;
}

export interface OutboxRunnerOptions {
  settings: ConvexOutboxOptions;
  leases: OutboxLeases;
  /** One round's deliveries; a throw means the store is unavailable (retried at the next wake). */
  round(): Promise<void>;
  /** Called when the timer wakes a round (the link's full poll). */
  onTimer?: () => void;
  /** What the log lines call this outbox ("Convex link", "Convex claims"). */
  name: string;
  log: Logger;
}

export class ConvexOutbox {
  readonly owner: string;
  readonly now: () => Date;
  /** Long enough for a round's slowest POST to end before another node may take the row. */
  readonly leaseMs: number;
  readonly #o: ConvexOutboxOptions & { fetch: typeof fetch };
  readonly #leases: OutboxLeases;
  readonly #round: () => Promise<void>;
  readonly #onTimer: (() => void) | undefined;
  readonly #name: string;
  readonly #log: Logger;
  readonly #closing = new AbortController();
  readonly #rounds = new SerialRounds(() => this.#run(), this.#closing.signal);
  #timer: TimerHandle | undefined;

  constructor(opts: OutboxRunnerOptions) {
    const s = opts.settings;
    this.#o = { ...s, fetch: s.fetch ?? globalThis.fetch };
    this.owner = s.owner ?? `node_${randomUUID()}`;
    this.now = s.now ?? (() => new Date());
    this.leaseMs = Math.max(30_000, s.timeoutMs * 3);
    this.#leases = opts.leases;
    this.#round = opts.round;
    this.#onTimer = opts.onTimer;
    this.#name = opts.name;
    this.#log = opts.log;
  }

  /** Aborted once the outbox closes: a round stops between rows, a POST at once. */
  get closing(): AbortSignal {
    return this.#closing.signal;
  }

  /** Asks for a round (one more after the current one when a round runs). */
  kick(): void {
    this.#rounds.kick();
  }

  /** Resolves when no round runs nor is asked for (tests, shutdown). */
  async idle(): Promise<void> {
    await this.#rounds.idle();
  }

  /** Stops delivering; what is owed stays owed (the next process resumes), leases are handed back. */
  async close(): Promise<void> {
    this.#closing.abort(new Error(`${this.#name} closed`));
    this.#timer?.cancel();
    await this.#rounds.idle();
    await this.#leases.releaseOwner(this.owner).catch((err: unknown) => {
      this.#log.warn({ err }, `could not release ${this.#name} leases; they expire by themselves`);
    });
  }

  /** One POST to the module's HTTP actions, cut short when the outbox closes. */
  post(path: string, body: Record<string, unknown>): Promise<Outcome> {
    const { url, secret, clock, timeoutMs, fetch } = this.#o;
    return postToConvex({ url, secret, clock, timeoutMs, fetch, signal: this.#closing.signal }, path, body);
  }

  /**
   * A failed attempt (the `attempts`-th in a row at this row): tried again after an exponential
   * backoff, the lease given up so any node may.
   */
  async retryLater(key: string, attempts: number, error: string, context: Record<string, unknown>) {
    const delay = Math.min(this.#o.retryBaseMs * 2 ** (attempts - 1), this.#o.retryMaxMs);
    this.#log.warn({ ...context, attempts, error }, `${this.#name} delivery failed; will retry`);
    await this.#leases.retryLater(key, attempts, new Date(this.now().getTime() + delay), error, this.now());
  }

  async #run(): Promise<void> {
    try {
      await this.#round();
    } catch (err) {
      this.#log.error({ err }, `${this.#name} store unavailable; retrying`);
    }
    if (this.#closing.signal.aborted) return;
    this.#timer?.cancel();
    const nextDue = await this.#leases.nextDue().catch(() => undefined);
    // Nothing due: sleep until something is committed here (or the poll finds another node's).
    const untilDue = nextDue ? Math.max(0, nextDue.getTime() - this.now().getTime()) : this.#o.pollMs;
    this.#timer = this.#o.clock.setTimer(
      () => {
        this.#onTimer?.();
        this.#rounds.kick();
      },
      Math.min(untilDue, this.#o.pollMs),
    );
  }
}
