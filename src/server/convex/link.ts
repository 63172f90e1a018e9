/**
 * The voice server's side of the Convex link (issue #19, part 3): a session started through the
 * convex/ module's `startSession` has its recorded turns, saved items and research results
 * delivered to the module's HTTP actions, in the order they were recorded.
 *
 * The recorded events are the outbox: a link row keeps a cursor over them, so nothing committed
 * can be lost between the store and the queue, a restart resumes at the cursor, and the events'
 * own sequence numbers give per-session order and the idempotency keys that make a retry after a
 * timeout add nothing in Convex. A failed delivery waits with exponential backoff on the injected
 * clock and blocks the session's later events (order before progress); a delivery Convex refuses
 * for good (a 4xx that is not about credentials) is skipped and counted, the event staying in our
 * store. A node leases a link before delivering it, so two nodes never interleave one session.
 */

import { randomUUID } from 'node:crypto';
import { childLogger } from '../../log/logger.ts';
import type { Clock, TimerHandle } from '../../pipeline/clock.ts';
import type { ConversationEvent } from '../../store/recorder.ts';
import type { ConvexLink, ConvexLinks } from '../../store/repositories/convex-links.ts';
import { cardOf, type Delivery, deliveryOf } from './deliveries.ts';
import { type Outcome, postToConvex } from './post.ts';
import { SerialRounds } from './rounds.ts';

const log = childLogger({ component: 'convex-link' });

/** What the link needs of a research job to deliver its result. */
export interface ResearchForLink {
  query: string;
  status: 'pending' | 'done' | 'failed';
  summary: string | null;
  items: readonly Record<string, unknown>[];
  error: string | null;
}

export interface ConvexLinkOptions {
  links: ConvexLinks;
  /** The session's recorded events after `afterSeq`, in order. */
  listEvents(sessionId: string, afterSeq: number): Promise<readonly ConversationEvent[]>;
  /** A research job of `userId`, or undefined when there is none. */
  research(userId: string, researchId: string): Promise<ResearchForLink | undefined>;
  /** The deployment's HTTP actions URL (no trailing slash). */
  url: string;
  secret: string;
  clock: Clock;
  /** Wall clock for stored times. */
  now?: () => Date;
  fetch?: typeof fetch;
  /** Makes relative product links absolute (our PUBLIC_URL). */
  publicUrl?: string | undefined;
  retryBaseMs: number;
  retryMaxMs: number;
  timeoutMs: number;
  pollMs: number;
  /** Who holds leases; default: a fresh id per process. */
  owner?: string;
}

export class ConvexLinkDelivery {
  readonly #o: Required<Omit<ConvexLinkOptions, 'publicUrl'>> & { publicUrl: string | undefined };
  readonly #closing = new AbortController();
  readonly #leaseMs: number;
  /** Sessions with events committed since their last round. */
  readonly #dirty = new Set<string>();
  /** Whether a session is linked, as far as this process has looked. */
  readonly #linked = new Map<string, boolean>();
  #timer: TimerHandle | undefined;
  readonly #rounds = new SerialRounds(() => this.#round(), this.#closing.signal);
  #pollDue = true;

  constructor(opts: ConvexLinkOptions) {
    this.#o = {
      now: () => new Date(),
      fetch: globalThis.fetch,
      owner: `node_${randomUUID()}`,
      ...opts,
      publicUrl: opts.publicUrl,
    };
    this.#leaseMs = Math.max(30_000, opts.timeoutMs * 3);
  }

  /** Resumes whatever an earlier process or another node left owed. */
  start(): void {
    this.#rounds.kick();
  }

  /** Links a session to its Convex session; durable before it resolves (before /start answers). */
  async register(sessionId: string, convexSessionId: string, userId: string): Promise<void> {
    await this.#o.links.create({ sessionId, convexSessionId, userId }, this.#o.now());
    this.#linked.set(sessionId, true);
  }

  /** The recorder committed these events: wake up for the linked sessions among them. */
  committed(events: readonly ConversationEvent[]): void {
    let wake = false;
    for (const sessionId of new Set(events.map((e) => e.sessionId))) {
      const known = this.#linked.get(sessionId);
      // The map holds live sessions only: a session is forgotten at its end, linked or not.
      const ended = events.some((e) => e.sessionId === sessionId && e.type === 'session_end');
      if (ended) this.#linked.delete(sessionId);
      if (known === true) {
        this.#dirty.add(sessionId);
        wake = true;
      } else if (known === undefined) this.#lookUp(sessionId, ended);
    }
    if (wake) this.#rounds.kick();
  }

  /** A session this process did not link (another node's /start placed it here): look once. */
  #lookUp(sessionId: string, ended: boolean): void {
    this.#linked.set(sessionId, false);
    void this.#o.links
      .isActive(sessionId)
      .then((active) => {
        if (!ended && this.#linked.has(sessionId)) this.#linked.set(sessionId, active);
        if (!active) return;
        this.#dirty.add(sessionId);
        this.#rounds.kick();
      })
      .catch((err: unknown) => {
        // Unknown again, so the next event looks again; the poll delivers meanwhile.
        this.#linked.delete(sessionId);
        log.warn({ err, sessionId }, 'could not read a Convex link');
      });
  }

  /** Resolves when the current round is over (tests, shutdown). */
  async idle(): Promise<void> {
    await this.#rounds.idle();
  }

  /** Stops delivering; what is owed stays owed (the next process resumes), leases are handed back. */
  async close(): Promise<void> {
    this.#closing.abort(new Error('Convex link closed'));
    this.#timer?.cancel();
    await this.#rounds.idle();
    await this.#o.links.releaseOwner(this.#o.owner).catch((err: unknown) => {
      log.warn({ err }, 'could not release Convex link leases; they expire by themselves');
    });
  }

  async #round(): Promise<void> {
    const dirty = [...this.#dirty];
    this.#dirty.clear();
    const poll = this.#pollDue;
    this.#pollDue = false;
    try {
      const links = await this.#o.links.claimDue(
        this.#o.owner,
        this.#o.now(),
        this.#leaseMs,
        poll ? {} : { sessionIds: dirty },
      );
      for (const link of links) {
        if (this.#closing.signal.aborted) return;
        await this.#deliver(link);
      }
    } catch (err) {
      // The store is unavailable: try these sessions again at the next poll.
      for (const id of dirty) this.#dirty.add(id);
      log.error({ err }, 'Convex link store unavailable; retrying');
    }
    if (this.#closing.signal.aborted) return;
    this.#timer?.cancel();
    const nextDue = await this.#o.links.nextDue().catch(() => undefined);
    const untilDue = nextDue
      ? Math.max(0, nextDue.getTime() - this.#o.now().getTime())
      : Number.POSITIVE_INFINITY;
    this.#timer = this.#o.clock.setTimer(
      () => {
        this.#pollDue = true;
        this.#rounds.kick();
      },
      Math.min(untilDue, this.#o.pollMs),
    );
  }

  /** Sends the link's owed events in order until one fails or none is left. */
  async #deliver(link: ConvexLink): Promise<void> {
    const { links } = this.#o;
    const events = await this.#o.listEvents(link.sessionId, link.deliveredSeq);
    // Events that deliver nothing move the cursor in one write, before the next post or at the end.
    let passed: number | undefined;
    let attempts = link.attempts;
    const flushPassed = async () => {
      if (passed === undefined) return;
      await links.advance(link.sessionId, passed, this.#o.now());
      passed = undefined;
    };
    for (const event of events) {
      if (this.#closing.signal.aborted) return;
      const delivery = deliveryOf(event, link.convexSessionId);
      if (delivery.kind === 'none') {
        passed = event.seq;
        continue;
      }
      if (delivery.kind === 'end') {
        await links.advance(link.sessionId, event.seq, this.#o.now());
        await links.finish(link.sessionId, 'done', this.#o.now());
        return;
      }
      await flushPassed();
      const outcome = await this.#send(link, delivery);
      if (this.#closing.signal.aborted) return; // not an attempt: resumed as-is after restart
      if (outcome.ok) {
        await links.advance(link.sessionId, event.seq, this.#o.now());
        attempts = 0;
        continue;
      }
      if (outcome.gone) {
        log.warn(
          { sessionId: link.sessionId, error: outcome.error },
          'Convex has no such voice session; link ended',
        );
        await links.finish(link.sessionId, 'dead', this.#o.now(), outcome.error);
        return;
      }
      if (!outcome.retry) {
        log.warn(
          { sessionId: link.sessionId, seq: event.seq, error: outcome.error },
          'Convex refused an event; skipped',
        );
        await links.advance(link.sessionId, event.seq, this.#o.now(), outcome.error);
        continue;
      }
      attempts += 1;
      const delay = Math.min(this.#o.retryBaseMs * 2 ** (attempts - 1), this.#o.retryMaxMs);
      log.warn(
        { sessionId: link.sessionId, seq: event.seq, attempts, error: outcome.error },
        'Convex delivery failed; will retry',
      );
      await links.retryLater(
        link.sessionId,
        attempts,
        new Date(this.#o.now().getTime() + delay),
        outcome.error,
        this.#o.now(),
      );
      return;
    }
    await flushPassed();
    await links.release(link.sessionId, this.#o.now());
  }

  async #send(link: ConvexLink, delivery: Exclude<Delivery, { kind: 'none' | 'end' }>): Promise<Outcome> {
    let path: string;
    let body: Record<string, unknown>;
    if (delivery.kind === 'research') {
      const research = await this.#o.research(link.userId, delivery.researchId);
      if (!research || research.status === 'pending')
        return {
          ok: false,
          retry: false,
          gone: false,
          error: `research ${delivery.researchId} is not finished here`,
        };
      path = '/voice/research-result';
      body = {
        serverResearchId: delivery.researchId,
        sessionId: link.convexSessionId,
        query: research.query,
        status: research.status,
        ...(research.summary ? { summary: research.summary } : {}),
        items: research.items.slice(0, 50).map((item) => cardOf(item, this.#o.publicUrl)),
        ...(research.error ? { error: research.error.slice(0, 1000) } : {}),
      };
    } else {
      path = delivery.path;
      body = delivery.body;
    }
    return this.#post(path, body);
  }

  #post(path: string, body: Record<string, unknown>): Promise<Outcome> {
    return postToConvex(
      {
        url: this.#o.url,
        secret: this.#o.secret,
        clock: this.#o.clock,
        timeoutMs: this.#o.timeoutMs,
        fetch: this.#o.fetch,
        signal: this.#closing.signal,
      },
      path,
      body,
    );
  }
}
