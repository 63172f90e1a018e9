/**
 * Sessions mirrored into Convex (migration 015): where each one's delivery stands. A node takes
 * a lease on a link before delivering it, so two nodes never send one session's turns at once
 * (out of order); a lease that expires (the node died) lets another node resume at the cursor.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { type Defaulted, LeasedOutbox } from './leased-outbox.ts';

export type ConvexLinkStatus = 'active' | 'done' | 'dead';

export interface ConvexLinksTable {
  session_id: string;
  convex_session_id: string;
  user_id: string;
  /** Every event with a lower or equal sequence number has been delivered (or skipped). */
  delivered_seq: Defaulted<number>;
  status: Defaulted<ConvexLinkStatus>;
  /** Failed attempts in a row at the event after the cursor. */
  attempts: Defaulted<number>;
  /** Events Convex refused for good (a 4xx other than auth); they stay in our store. */
  skipped: Defaulted<number>;
  next_attempt_at: string;
  last_error: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConvexLink {
  sessionId: string;
  convexSessionId: string;
  userId: string;
  deliveredSeq: number;
  attempts: number;
}

type Db = Kysely<Database & { convex_links: ConvexLinksTable }>;

export class ConvexLinks {
  readonly #db: Db;

  readonly #leases: LeasedOutbox<ConvexLinksTable>;

  constructor(db: Kysely<Database>) {
    this.#db = db.withTables<{ convex_links: ConvexLinksTable }>();
    this.#leases = new LeasedOutbox(db, { table: 'convex_links', key: 'session_id', live: 'active' });
  }

  /** Written before /start answers: from then on the session's events are owed to Convex. */
  async create(
    link: { sessionId: string; convexSessionId: string; userId: string },
    at: Date,
  ): Promise<void> {
    const now = at.toISOString();
    await this.#db
      .insertInto('convex_links')
      .values({
        session_id: link.sessionId,
        convex_session_id: link.convexSessionId,
        user_id: link.userId,
        next_attempt_at: now,
        last_error: null,
        lease_owner: null,
        lease_until: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }

  /**
   * Leases up to `limit` active links that are due and not leased by another node (or whose
   * lease ran out) to `owner` until `at + leaseMs`, and returns them.
   */
  async claimDue(
    owner: string,
    at: Date,
    leaseMs: number,
    opts: { sessionIds?: readonly string[]; limit?: number } = {},
  ): Promise<ConvexLink[]> {
    const rows = await this.#leases.claimDue(owner, at, leaseMs, {
      keys: opts.sessionIds,
      limit: opts.limit ?? 50,
    });
    return rows.map((row) => ({
      sessionId: row.session_id,
      convexSessionId: row.convex_session_id,
      userId: row.user_id,
      deliveredSeq: Number(row.delivered_seq),
      attempts: Number(row.attempts),
    }));
  }

  /** The cursor moves past `seq` (delivered, or skipped when `skippedError` says why). */
  async advance(sessionId: string, seq: number, at: Date, skippedError?: string): Promise<void> {
    await this.#db
      .updateTable('convex_links')
      .set((eb) => ({
        delivered_seq: seq,
        attempts: 0,
        updated_at: at.toISOString(),
        ...(skippedError === undefined
          ? {}
          : { skipped: eb('skipped', '+', 1), last_error: skippedError.slice(0, 500) }),
      }))
      .where('session_id', '=', sessionId)
      .execute();
  }

  /** A failed attempt: tried again at `next`; the lease is given up so any node may. */
  retryLater(sessionId: string, attempts: number, next: Date, error: string, at: Date): Promise<void> {
    return this.#leases.retryLater(sessionId, attempts, next, error, at);
  }

  /** The round is over with nothing left to send now: wait for the next event (or the poll). */
  async release(sessionId: string, at: Date): Promise<void> {
    await this.#db
      .updateTable('convex_links')
      .set({ lease_owner: null, lease_until: null, updated_at: at.toISOString() })
      .where('session_id', '=', sessionId)
      .execute();
  }

  /** A closing process hands back its leases, so a restarted one resumes at once. */
  releaseOwner(owner: string): Promise<void> {
    return this.#leases.releaseOwner(owner);
  }

  /** Whether `sessionId` is mirrored into Convex and still owed events. */
  async isActive(sessionId: string): Promise<boolean> {
    const row = await this.#db
      .selectFrom('convex_links')
      .select('status')
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row?.status === 'active';
  }

  /** `done`: the session ended and everything was delivered; `dead`: Convex has no such session. */
  finish(sessionId: string, status: 'done' | 'dead', at: Date, error?: string): Promise<void> {
    return this.#leases.finish(sessionId, status, at, error);
  }

  async get(sessionId: string) {
    return this.#db
      .selectFrom('convex_links')
      .selectAll()
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
  }

  /** Wall time of the earliest attempt due among active links, if any. */
  nextDue(): Promise<Date | undefined> {
    return this.#leases.nextDue();
  }

  async counts(): Promise<Record<ConvexLinkStatus, number> & { skipped: number }> {
    const rows = await this.#db
      .selectFrom('convex_links')
      .select((eb) => ['status', eb.fn.countAll().as('n'), eb.fn.sum<number>('skipped').as('skipped')])
      .groupBy('status')
      .execute();
    const out = { active: 0, done: 0, dead: 0, skipped: 0 };
    for (const r of rows) {
      out[r.status] = Number(r.n);
      out.skipped += Number(r.skipped ?? 0);
    }
    return out;
  }
}
