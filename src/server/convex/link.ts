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

import { childLogger } from '../../log/logger.ts';
import type { ConversationEvent } from '../../store/recorder.ts';
import type { ConvexLink, ConvexLinks } from '../../store/repositories/convex-links.ts';
import { cardOf, type Delivery, deliveryOf } from './deliveries.ts';
import { ConvexOutbox, type ConvexOutboxOptions } from './outbox.ts';
import type { Outcome } from './post.ts';

const log = childLogger({ component: 'convex-link' });

/** What the link needs of a research job to deliver its result. */
export interface ResearchForLink {
  query: string;
  status: 'pending' | 'done' | 'failed';
  summary: string | null;
  items: readonly Record<string, unknown>[];
  error: string | null;
}

export interface ConvexLinkOptions extends ConvexOutboxOptions {
  links: ConvexLinks;
  /** The session's recorded events after `afterSeq`, in order. */
  listEvents(sessionId: string, afterSeq: number): Promise<readonly ConversationEvent[]>;
  /** A research job of `userId`, or undefined when there is none. */
  research(userId: string, researchId: string): Promise<ResearchForLink | undefined>;
  /** Makes relative product links absolute (our PUBLIC_URL). */
  publicUrl?: string | undefined;
}

export class ConvexLinkDelivery {
  readonly #o: ConvexLinkOptions;
  readonly #outbox: ConvexOutbox;
  /** Sessions with events committed since their last round. */
  readonly #dirty = new Set<string>();
  /** Whether a session is linked, as far as this process has looked. */
  readonly #linked = new Map<string, boolean>();
  #pollDue = true;

  constructor(opts: ConvexLinkOptions) {
    this.#o = opts;
    this.#outbox = new ConvexOutbox({
      settings: opts,
      leases: opts.links,
      round: () => this.#round(),
      onTimer: () => {
        this.#pollDue = true;
      },
      name: 'Convex link',
      log,
    });
  }

  /** Resumes whatever an earlier process or another node left owed. */
  start(): void {
    this.#outbox.kick();
  }

  /** Links a session to its Convex session; durable before it resolves (before /start answers). */
  async register(sessionId: string, convexSessionId: string, userId: string): Promise<void> {
    await this.#o.links.create({ sessionId, convexSessionId, userId }, this.#outbox.now());
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
    if (wake) this.#outbox.kick();
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
        this.#outbox.kick();
      })
      .catch((err: unknown) => {
        // Unknown again, so the next event looks again; the poll delivers meanwhile.
        this.#linked.delete(sessionId);
        log.warn({ err, sessionId }, 'could not read a Convex link');
      });
  }

  /** Resolves when the current round is over (tests, shutdown). */
  async idle(): Promise<void> {
    await this.#outbox.idle();
  }

  /** Stops delivering; what is owed stays owed (the next process resumes), leases are handed back. */
  async close(): Promise<void> {
    await this.#outbox.close();
  }

  async #round(): Promise<void> {
    const outbox = this.#outbox;
    const dirty = [...this.#dirty];
    this.#dirty.clear();
    const poll = this.#pollDue;
    this.#pollDue = false;
    try {
      const links = await this.#o.links.claimDue(
        outbox.owner,
        outbox.now(),
        outbox.leaseMs,
        poll ? {} : { sessionIds: dirty },
      );
      for (const link of links) {
        if (outbox.closing.aborted) return;
        await this.#deliver(link);
      }
    } catch (err) {
      // The store is unavailable: try these sessions again at the next poll.
      for (const id of dirty) this.#dirty.add(id);
      throw err;
    }
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
      await links.advance(link.sessionId, passed, this.#outbox.now());
      passed = undefined;
    };
    for (const event of events) {
      if (this.#outbox.closing.aborted) return;
      const delivery = deliveryOf(event, link.convexSessionId);
      if (delivery.kind === 'none') {
        passed = event.seq;
        continue;
      }
      if (delivery.kind === 'end') {
        await links.advance(link.sessionId, event.seq, this.#outbox.now());
        await links.finish(link.sessionId, 'done', this.#outbox.now());
        return;
      }
      await flushPassed();
      const outcome = await this.#send(link, delivery);
      if (this.#outbox.closing.aborted) return; // not an attempt: resumed as-is after restart
      if (outcome.ok) {
        await links.advance(link.sessionId, event.seq, this.#outbox.now());
        attempts = 0;
        continue;
      }
      if (outcome.gone) {
        log.warn(
          { sessionId: link.sessionId, error: outcome.error },
          'Convex has no such voice session; link ended',
        );
        await links.finish(link.sessionId, 'dead', this.#outbox.now(), outcome.error);
        return;
      }
      if (!outcome.retry) {
        log.warn(
          { sessionId: link.sessionId, seq: event.seq, error: outcome.error },
          'Convex refused an event; skipped',
        );
        await links.advance(link.sessionId, event.seq, this.#outbox.now(), outcome.error);
        continue;
      }
      attempts += 1;
      await this.#outbox.retryLater(link.sessionId, attempts, outcome.error, {
        sessionId: link.sessionId,
        seq: event.seq,
      });
      return;
    }
    await flushPassed();
    await links.release(link.sessionId, this.#outbox.now());
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
    return this.#outbox.post(path, body);
  }
}
