/**
 * The lease and retry bookkeeping that the Convex outboxes share (convex_links, migration 015;
 * convex_claims, migration 016): a node leases due rows before delivering them, so two nodes never
 * deliver one row at once, gives the lease up when an attempt fails (any node may retry at the
 * backoff time) and when it closes, and a lease that runs out (the node died) frees the row.
 * Each table keeps its own key column, "live" status and payload; this module only touches the
 * columns below, which both tables have with the same meaning.
 */
import type { ColumnType, ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';

/** A column the insert may leave to its SQL default. */
export type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** The columns every leased outbox table has. */
export interface LeaseColumns {
  status: Defaulted<string>;
  /** Failed attempts in a row. */
  attempts: Defaulted<number>;
  next_attempt_at: string;
  last_error: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  updated_at: string;
}

/**
 * The queries are written once against this stand-in table, whose name and key column are the
 * real table's at run time: Kysely's types cannot take a table name as a value, and the SQL it
 * builds is the same for any name.
 */
type Outbox = { outbox: LeaseColumns & { key: string } };

/** Stored errors are cut: the column is for an operator's glance, not a log. */
const ERROR_CHARS = 500;

export interface LeasedOutboxSpec {
  table: string;
  /** The primary key column. */
  key: string;
  /** The status of rows still owed (the others are final). */
  live: string;
}

export class LeasedOutbox<Row extends LeaseColumns> {
  readonly #db: Kysely<Outbox>;
  readonly #table: 'outbox';
  readonly #key: 'key';
  readonly #live: string;

  constructor(db: Kysely<Database>, spec: LeasedOutboxSpec) {
    this.#db = db.withTables<Outbox>() as unknown as Kysely<Outbox>;
    this.#table = spec.table as 'outbox';
    this.#key = spec.key as 'key';
    this.#live = spec.live;
  }

  /**
   * Leases up to `limit` live rows that are due and not leased by another node (or whose lease
   * ran out) to `owner` until `at + leaseMs`, and returns them; `keys` narrows the candidates.
   */
  async claimDue(
    owner: string,
    at: Date,
    leaseMs: number,
    opts: { keys?: readonly string[] | undefined; limit: number },
  ): Promise<Selectable<Row>[]> {
    if (opts.keys?.length === 0) return [];
    const now = at.toISOString();
    // Not leased, or leased by a node whose lease ran out, or already ours.
    const free = (eb: ExpressionBuilder<Outbox, 'outbox'>) =>
      eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now), eb('lease_owner', '=', owner)]);
    let query = this.#db
      .selectFrom(this.#table)
      // Named `key` in the result whatever the real column is called.
      .select((eb) => eb.ref(this.#key).as('key'))
      .where('status', '=', this.#live);
    if (opts.keys) query = query.where(this.#key, 'in', opts.keys);
    const candidates = await query
      .where('next_attempt_at', '<=', now)
      .where(free)
      .orderBy('next_attempt_at')
      .limit(opts.limit)
      .execute();
    const until = new Date(at.getTime() + leaseMs).toISOString();
    const leased: Selectable<Row>[] = [];
    for (const { key } of candidates) {
      // Conditional update: of two nodes racing for one row, exactly one changes (and reads) it.
      const row = await this.#db
        .updateTable(this.#table)
        .set({ lease_owner: owner, lease_until: until })
        .where(this.#key, '=', key)
        .where('status', '=', this.#live)
        .where(free)
        .returningAll()
        .executeTakeFirst();
      if (row) leased.push(row as unknown as Selectable<Row>);
    }
    return leased;
  }

  /** The row is over: delivered, or refused for good (with why); its lease is given up. */
  async finish(key: string, status: string, at: Date, error?: string): Promise<void> {
    await this.#db
      .updateTable(this.#table)
      .set({
        status,
        lease_owner: null,
        lease_until: null,
        updated_at: at.toISOString(),
        ...(error === undefined ? {} : { last_error: error.slice(0, ERROR_CHARS) }),
      })
      .where(this.#key, '=', key)
      .execute();
  }

  /** A failed attempt: tried again at `next`; the lease is given up so any node may. */
  async retryLater(key: string, attempts: number, next: Date, error: string, at: Date): Promise<void> {
    await this.#db
      .updateTable(this.#table)
      .set({
        attempts,
        next_attempt_at: next.toISOString(),
        last_error: error.slice(0, ERROR_CHARS),
        lease_owner: null,
        lease_until: null,
        updated_at: at.toISOString(),
      })
      .where(this.#key, '=', key)
      .execute();
  }

  /** A closing process hands back its leases, so a restarted one resumes at once. */
  async releaseOwner(owner: string): Promise<void> {
    await this.#db
      .updateTable(this.#table)
      .set({ lease_owner: null, lease_until: null })
      .where('lease_owner', '=', owner)
      .execute();
  }

  /** Wall time of the earliest attempt due among live rows, if any. */
  async nextDue(): Promise<Date | undefined> {
    const row = await this.#db
      .selectFrom(this.#table)
      .select('next_attempt_at')
      .where('status', '=', this.#live)
      .orderBy('next_attempt_at')
      .limit(1)
      .executeTakeFirst();
    return row ? new Date(row.next_attempt_at) : undefined;
  }
}
