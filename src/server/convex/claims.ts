/**
 * The Convex link's delivery of guest claims (issue #19): a guest who signs in with Clerk brings
 * what they saved into the account here (POST /api/auth/claim-guest), and the convex_claims row
 * written with that move is delivered to the module's `/voice/claim-guest` under the account's
 * issuer and subject, so the web app's Convex mode lists those items after sign-in.
 *
 * The row is the outbox: nothing moved is lost while Convex is down (retried with exponential
 * backoff on the injected clock, resumed by the next process), and its id is the idempotency key
 * Convex keeps, so a retry after a timeout adds nothing. The cards are read from the catalog when
 * sent, in the account's language; a product gone from the catalog since is left out. Convex
 * refusing a claim for good (a 4xx other than credentials) ends it as `dead`: the items stay in
 * the account here.
 */

import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { childLogger } from '../../log/logger.ts';
import type { Clock, TimerHandle } from '../../pipeline/clock.ts';
import { type ConvexClaim, ConvexClaims } from '../../store/repositories/convex-claims.ts';
import type { Database } from '../../store/schema.ts';
import type { ConvexProductCard } from './deliveries.ts';
import { postToConvex } from './post.ts';
import { SerialRounds } from './rounds.ts';

const log = childLogger({ component: 'convex-claims' });

export interface ConvexClaimOptions {
  claims: ConvexClaims;
  /** The cards of `productIds` as `userId` sees them (unknown products left out). */
  cards(userId: string, productIds: readonly string[]): Promise<ConvexProductCard[]>;
  url: string;
  secret: string;
  clock: Clock;
  now?: () => Date;
  fetch?: typeof fetch;
  retryBaseMs: number;
  retryMaxMs: number;
  timeoutMs: number;
  pollMs: number;
  owner?: string;
}

/** Who the account is to the identity provider, as Convex's users table keys it. */
export interface ExternalAccount {
  userId: string;
  issuer: string;
  subject: string;
}

export class ConvexClaimDelivery {
  readonly #o: Required<ConvexClaimOptions>;
  readonly #closing = new AbortController();
  readonly #leaseMs: number;
  #timer: TimerHandle | undefined;
  readonly #rounds = new SerialRounds(() => this.#round(), this.#closing.signal);

  constructor(opts: ConvexClaimOptions) {
    this.#o = { now: () => new Date(), fetch: globalThis.fetch, owner: `node_${randomUUID()}`, ...opts };
    this.#leaseMs = Math.max(30_000, opts.timeoutMs * 3);
  }

  /** Writes the claim in the transaction that moved the items; `committed()` once it commits. */
  async owe(
    trx: Transaction<Database>,
    account: ExternalAccount,
    productIds: readonly string[],
  ): Promise<void> {
    await ConvexClaims.owe(trx, { id: `claim_${randomUUID()}`, ...account, productIds }, this.#o.now());
  }

  /** A claim was committed: deliver it now rather than at the next poll. */
  committed(): void {
    this.#rounds.kick();
  }

  /** Resumes what an earlier process or another node left owed. */
  start(): void {
    this.#rounds.kick();
  }

  async idle(): Promise<void> {
    await this.#rounds.idle();
  }

  async close(): Promise<void> {
    this.#closing.abort(new Error('Convex claims closed'));
    this.#timer?.cancel();
    await this.#rounds.idle();
    await this.#o.claims.releaseOwner(this.#o.owner).catch((err: unknown) => {
      log.warn({ err }, 'could not release Convex claim leases; they expire by themselves');
    });
  }

  async #round(): Promise<void> {
    const { claims } = this.#o;
    try {
      for (const claim of await claims.claimDue(this.#o.owner, this.#o.now(), this.#leaseMs)) {
        if (this.#closing.signal.aborted) return;
        await this.#deliver(claim);
      }
    } catch (err) {
      log.error({ err }, 'Convex claims store unavailable; retrying');
    }
    if (this.#closing.signal.aborted) return;
    this.#timer?.cancel();
    const nextDue = await claims.nextDue().catch(() => undefined);
    // Nothing pending: sleep until a claim is committed (or another node's is found by the poll).
    const untilDue = nextDue ? Math.max(0, nextDue.getTime() - this.#o.now().getTime()) : this.#o.pollMs;
    this.#timer = this.#o.clock.setTimer(() => this.#rounds.kick(), Math.min(untilDue, this.#o.pollMs));
  }

  async #deliver(claim: ConvexClaim): Promise<void> {
    const { claims } = this.#o;
    const items = await this.#o.cards(claim.userId, claim.productIds);
    const outcome = await postToConvex(
      {
        url: this.#o.url,
        secret: this.#o.secret,
        clock: this.#o.clock,
        timeoutMs: this.#o.timeoutMs,
        fetch: this.#o.fetch,
        signal: this.#closing.signal,
      },
      '/voice/claim-guest',
      { key: claim.id, issuer: claim.issuer, subject: claim.subject, items },
    );
    if (this.#closing.signal.aborted) return; // not an attempt: resumed as-is after restart
    if (outcome.ok) {
      await claims.finish(claim.id, 'done', this.#o.now());
      return;
    }
    if (!outcome.retry) {
      log.warn({ claimId: claim.id, error: outcome.error }, 'Convex refused a guest claim; ended');
      await claims.finish(claim.id, 'dead', this.#o.now(), outcome.error);
      return;
    }
    const attempts = claim.attempts + 1;
    const delay = Math.min(this.#o.retryBaseMs * 2 ** (attempts - 1), this.#o.retryMaxMs);
    log.warn(
      { claimId: claim.id, attempts, error: outcome.error },
      'Convex claim delivery failed; will retry',
    );
    await claims.retryLater(
      claim.id,
      attempts,
      new Date(this.#o.now().getTime() + delay),
      outcome.error,
      this.#o.now(),
    );
  }
}
