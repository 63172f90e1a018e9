/**
 * Guest claims owed to Convex (migration 016): the outbox of a guest's saved items brought into a
 * Clerk account. Written in the transaction that moved the items; leased by one node at a time,
 * retried with backoff until Convex takes it (`done`) or refuses it for good (`dead`, the items
 * staying in the account here).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { type Defaulted, LeasedOutbox } from './leased-outbox.ts';

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

  readonly #leases: LeasedOutbox<ConvexClaimsTable>;

  constructor(db: Kysely<Database>) {
    this.#db = db.withTables<{ convex_claims: ConvexClaimsTable }>();
    this.#leases = new LeasedOutbox(db, { table: 'convex_claims', key: 'id', live: 'pending' });
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
    const rows = await this.#leases.claimDue(owner, at, leaseMs, { limit });
    return rows.map((row) => ({
      id: row.id,
      userId: row.user_id,
      issuer: row.issuer,
      subject: row.subject,
      productIds: JSON.parse(row.product_ids) as string[],
      attempts: Number(row.attempts),
    }));
  }

  /** Convex took it (`done`) or refused it for good (`dead`, with why). */
  finish(id: string, status: 'done' | 'dead', at: Date, error?: string): Promise<void> {
    return this.#leases.finish(id, status, at, error);
  }

  /** A failed attempt: tried again at `next`; the lease is given up so any node may. */
  retryLater(id: string, attempts: number, next: Date, error: string, at: Date): Promise<void> {
    return this.#leases.retryLater(id, attempts, next, error, at);
  }

  releaseOwner(owner: string): Promise<void> {
    return this.#leases.releaseOwner(owner);
  }

  /** Wall time of the earliest attempt due among pending claims, if any. */
  nextDue(): Promise<Date | undefined> {
    return this.#leases.nextDue();
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
