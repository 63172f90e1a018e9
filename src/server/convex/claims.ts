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
import { type ConvexClaim, ConvexClaims } from '../../store/repositories/convex-claims.ts';
import type { Database } from '../../store/schema.ts';
import type { ConvexProductCard } from './deliveries.ts';
import { ConvexOutbox, type ConvexOutboxOptions } from './outbox.ts';

const log = childLogger({ component: 'convex-claims' });

export interface ConvexClaimOptions extends ConvexOutboxOptions {
  claims: ConvexClaims;
  /** The cards of `productIds` as `userId` sees them (unknown products left out). */
  cards(userId: string, productIds: readonly string[]): Promise<ConvexProductCard[]>;
}

/** Who the account is to the identity provider, as Convex's users table keys it. */
export interface ExternalAccount {
  userId: string;
  issuer: string;
  subject: string;
}

export class ConvexClaimDelivery {
  readonly #claims: ConvexClaims;
  readonly #cards: ConvexClaimOptions['cards'];
  readonly #outbox: ConvexOutbox;

  constructor(opts: ConvexClaimOptions) {
    this.#claims = opts.claims;
    this.#cards = opts.cards;
    this.#outbox = new ConvexOutbox({
      settings: opts,
      leases: opts.claims,
      round: () => this.#round(),
      name: 'Convex claims',
      log,
    });
  }

  /** Writes the claim in the transaction that moved the items; `committed()` once it commits. */
  async owe(
    trx: Transaction<Database>,
    account: ExternalAccount,
    productIds: readonly string[],
  ): Promise<void> {
    await ConvexClaims.owe(trx, { id: `claim_${randomUUID()}`, ...account, productIds }, this.#outbox.now());
  }

  /** A claim was committed: deliver it now rather than at the next poll. */
  committed(): void {
    this.#outbox.kick();
  }

  /** Resumes what an earlier process or another node left owed. */
  start(): void {
    this.#outbox.kick();
  }

  async idle(): Promise<void> {
    await this.#outbox.idle();
  }

  async close(): Promise<void> {
    await this.#outbox.close();
  }

  async #round(): Promise<void> {
    const outbox = this.#outbox;
    for (const claim of await this.#claims.claimDue(outbox.owner, outbox.now(), outbox.leaseMs)) {
      if (outbox.closing.aborted) return;
      await this.#deliver(claim);
    }
  }

  async #deliver(claim: ConvexClaim): Promise<void> {
    const outbox = this.#outbox;
    const items = await this.#cards(claim.userId, claim.productIds);
    const outcome = await outbox.post('/voice/claim-guest', {
      key: claim.id,
      issuer: claim.issuer,
      subject: claim.subject,
      items,
    });
    if (outbox.closing.aborted) return; // not an attempt: resumed as-is after restart
    if (outcome.ok) {
      await this.#claims.finish(claim.id, 'done', outbox.now());
      return;
    }
    if (!outcome.retry) {
      log.warn({ claimId: claim.id, error: outcome.error }, 'Convex refused a guest claim; ended');
      await this.#claims.finish(claim.id, 'dead', outbox.now(), outcome.error);
      return;
    }
    await outbox.retryLater(claim.id, claim.attempts + 1, outcome.error, { claimId: claim.id });
  }
}
