/**
 * Guest claims owed to Convex (migration 016): the outbox of a guest's saved items brought into a
 * Clerk account. Written in the transaction that moved the items; leased by one node at a time,
 * retried with backoff until Convex takes it (`done`) or refuses it for good (`dead`, the items
 * staying in the account here).
 */
import type { ColumnType, Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type ConvexClaimStatus = 'pending' | 'done' | 'dead';

export interface ConvexClaimsTable {
  /** Also the idempotency key Convex keeps. */
  id: string;
  user_id: string;
  issuer: string;
  subject: string;
  /** JSON array of product ids, oldest save first. */
  product_ids: string;
  status: Defaulted<ConvexClaimStatus>;
  attempts: Defaulted<number>;
  next_attempt_at: string;
  last_error: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConvexClaim {
  id: string;
  userId: string;
  issuer: string;
  subject: string;
  productIds: string[];
  attempts: number;
}

type Tables = Database & { convex_claims: ConvexClaimsTable };

export class ConvexClaims {
  readonly #db: Kysely<Tables>;

  constructor(db: Kysely<Database>) {
    this.#db = db.withTables<{ convex_claims: ConvexClaimsTable }>();
  }

  /** Owes `productIds` to the account's Convex records; `trx` is the move's transaction. */
  static async owe(
    trx: Transaction<Database>,
    claim: { id: string; userId: string; issuer: string; subject: string; productIds: readonly string[] },
    at: Date,
  ): Promise<void> {
    const now = at.toISOString();
    await trx
      .withTables<{ convex_claims: ConvexClaimsTable }>()
      .insertInto('convex_claims')
      .values({
        id: claim.id,
        user_id: claim.userId,
        issuer: claim.issuer,
        subject: claim.subject,
        product_ids: JSON.stringify(claim.productIds),
        next_attempt_at: now,
        last_error: null,
        lease_owner: null,
        lease_until: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }

  /** Leases up to `limit` due pending claims not leased by another node to `owner`, and returns them. */
  async claimDue(owner: string, at: Date, leaseMs: number, limit = 20): Promise<ConvexClaim[]> {
    const now = at.toISOString();
    const candidates = await this.#db
      .selectFrom('convex_claims')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) =>
        eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now), eb('lease_owner', '=', owner)]),
      )
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
    const until = new Date(at.getTime() + leaseMs).toISOString();
    const leased: ConvexClaim[] = [];
    for (const { id } of candidates) {
      // Conditional update: of two nodes racing for one claim, exactly one changes (and reads) it.
      const row = await this.#db
        .updateTable('convex_claims')
        .set({ lease_owner: owner, lease_until: until })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where((eb) =>
          eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now), eb('lease_owner', '=', owner)]),
        )
        .returning(['id', 'user_id', 'issuer', 'subject', 'product_ids', 'attempts'])
        .executeTakeFirst();
      if (!row) continue;
      leased.push({
        id: row.id,
        userId: row.user_id,
        issuer: row.issuer,
        subject: row.subject,
        productIds: JSON.parse(row.product_ids) as string[],
        attempts: Number(row.attempts),
      });
    }
    return leased;
  }

  /** Convex took it (`done`) or refused it for good (`dead`, with why). */
  async finish(id: string, status: 'done' | 'dead', at: Date, error?: string): Promise<void> {
    await this.#db
      .updateTable('convex_claims')
      .set({
        status,
        lease_owner: null,
        lease_until: null,
        updated_at: at.toISOString(),
        ...(error === undefined ? {} : { last_error: error.slice(0, 500) }),
      })
      .where('id', '=', id)
      .execute();
  }

  /** A failed attempt: tried again at `next`; the lease is given up so any node may. */
  async retryLater(id: string, attempts: number, next: Date, error: string, at: Date): Promise<void> {
    await this.#db
      .updateTable('convex_claims')
      .set({
        attempts,
        next_attempt_at: next.toISOString(),
        last_error: error.slice(0, 500),
        lease_owner: null,
        lease_until: null,
        updated_at: at.toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }

  async releaseOwner(owner: string): Promise<void> {
    await this.#db
      .updateTable('convex_claims')
      .set({ lease_owner: null, lease_until: null })
      .where('lease_owner', '=', owner)
      .execute();
  }

  /** Wall time of the earliest attempt due among pending claims, if any. */
  async nextDue(): Promise<Date | undefined> {
    const row = await this.#db
      .selectFrom('convex_claims')
      .select('next_attempt_at')
      .where('status', '=', 'pending')
      .orderBy('next_attempt_at')
      .limit(1)
      .executeTakeFirst();
    return row ? new Date(row.next_attempt_at) : undefined;
  }

  async get(id: string) {
    return this.#db.selectFrom('convex_claims').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async counts(): Promise<Record<ConvexClaimStatus, number>> {
    const rows = await this.#db
      .selectFrom('convex_claims')
      .select((eb) => ['status', eb.fn.countAll().as('n')])
      .groupBy('status')
      .execute();
    const out = { pending: 0, done: 0, dead: 0 };
    for (const r of rows) out[r.status] = Number(r.n);
    return out;
  }
}
