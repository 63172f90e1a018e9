/**
 * Who a tool call acts for. A logged-in account acts as itself. A guest (a phone caller) acts as
 * the guest until identify_user proves an account with an identifier plus a second factor; from
 * then on, in that session only, it acts as that account. Failures never say which factor was
 * wrong, and too many lock the session. Failures also count across sessions, per caller and per
 * claimed customer/document number (a window of THROTTLE.windowMs), so a new call does not bring
 * fresh tries against the same account: guessing a postal code stops after THROTTLE.maxFailures.
 * The trade-off: someone guessing against a number also locks its owner's voice check for
 * THROTTLE.lockMs; the owner can still sign in on the web or ask for a human.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { cartIdFor } from '../cart/service.ts';
import { ShopError } from '../errors.ts';
import { moveGuestSaved } from '../saved/merge.ts';
import { normalizeSpokenId, spokenIdMatches } from './normalize.ts';

export interface SessionIdentity {
  verifiedUserId: string | null;
  failedAttempts: number;
}

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const THROTTLE: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** Where a session's verified identity lives; swap for a database table without touching the rules. */
export interface IdentitySessionStore {
  get(sessionId: string): Promise<SessionIdentity>;
  recordFailure(sessionId: string): Promise<number>;
  recordSuccess(sessionId: string, userId: string): Promise<void>;
  /** The latest lock among `keys` still in force at `at`, if any. */
  lockedUntil(keys: string[], at: Date): Promise<Date | null>;
  /** Counts one failure against each key (a window restarts once it is over); a key reaching the limit locks. */
  recordKeyFailures(keys: string[], at: Date, policy: ThrottlePolicy): Promise<void>;
}

interface KeyState {
  failures: number;
  windowStartedAt: number;
  lockedUntil: number | null;
}

export class InMemoryIdentityStore implements IdentitySessionStore {
  private readonly sessions = new Map<string, SessionIdentity>();
  private readonly keys = new Map<string, KeyState>();
  async lockedUntil(keys: string[], at: Date): Promise<Date | null> {
    const ends = keys.map((k) => this.keys.get(k)?.lockedUntil ?? 0).filter((t) => t > at.getTime());
    return ends.length ? new Date(Math.max(...ends)) : null;
  }
  async recordKeyFailures(keys: string[], at: Date, policy: ThrottlePolicy): Promise<void> {
    const t = at.getTime();
    for (const key of keys) {
      const prev = this.keys.get(key);
      const fresh = !prev || t - prev.windowStartedAt >= policy.windowMs;
      const next: KeyState = fresh
        ? { failures: 1, windowStartedAt: t, lockedUntil: prev?.lockedUntil ?? null }
        : { ...prev, failures: prev.failures + 1 };
      if (next.failures >= policy.maxFailures) next.lockedUntil = t + policy.lockMs;
      this.keys.set(key, next);
    }
  }
  async get(sessionId: string): Promise<SessionIdentity> {
    return { ...(this.sessions.get(sessionId) ?? { verifiedUserId: null, failedAttempts: 0 }) };
  }
  async recordFailure(sessionId: string): Promise<number> {
    const s = await this.get(sessionId);
    s.failedAttempts += 1;
    this.sessions.set(sessionId, s);
    return s.failedAttempts;
  }
  async recordSuccess(sessionId: string, userId: string): Promise<void> {
    this.sessions.set(sessionId, { verifiedUserId: userId, failedAttempts: 0 });
  }
}

export interface Actor {
  /** The user every tool acts for. */
  userId: string;
  /** The user the session was started as. */
  callerId: string;
  kind: 'guest' | 'account';
  /** True when a guest proved an account in this session. */
  verified: boolean;
}

export interface IdentityClaim {
  customerNumber?: string | undefined;
  documentNumber?: string | undefined;
  postalCode: string;
}

/** What a guest brought into an account: cart lines moved, and the saved products (oldest first). */
export interface GuestMerge {
  cartLines: number;
  savedProductIds: string[];
}

/** Runs inside the transaction that moved a guest's saved items. */
export type SavedMovedHook = (trx: Transaction<Database>, productIds: readonly string[]) => Promise<void>;

export interface IdentityServiceOptions {
  db: Kysely<Database>;
  store?: IdentitySessionStore;
  /** Failed checks per session before the session is locked. */
  maxAttempts?: number;
  /** Failed checks per caller / claimed number across sessions. */
  throttle?: ThrottlePolicy;
  now?: () => Date;
  /** What a guest told the assistant follows them into the account, like their cart. */
  memory?: { mergeGuest(guestId: string, accountId: string): Promise<number> };
}

export class IdentityService {
  private readonly db: Kysely<Database>;
  private readonly store: IdentitySessionStore;
  private readonly maxAttempts: number;
  private readonly throttle: ThrottlePolicy;
  private readonly now: () => Date;
  private readonly memory: IdentityServiceOptions['memory'];

  constructor(opts: IdentityServiceOptions) {
    this.db = opts.db;
    this.memory = opts.memory;
    this.store = opts.store ?? new InMemoryIdentityStore();
    this.maxAttempts = opts.maxAttempts ?? 3;
    this.throttle = opts.throttle ?? THROTTLE;
    this.now = opts.now ?? (() => new Date());
  }

  async resolveActor(ctx: { userId: string; sessionId: string }): Promise<Actor> {
    const user = await this.db
      .selectFrom('users')
      .select(['id', 'kind'])
      .where('id', '=', ctx.userId)
      .executeTakeFirst();
    if (!user)
      throw new ShopError('not_found', 'This shopper is not known to the shop; start a new session.');
    if (user.kind === 'guest') {
      const s = await this.store.get(ctx.sessionId);
      if (s.verifiedUserId)
        return { userId: s.verifiedUserId, callerId: user.id, kind: 'guest', verified: true };
    }
    return { userId: user.id, callerId: user.id, kind: user.kind, verified: false };
  }

  private async candidates(column: 'customer_number' | 'document_number', spoken: string) {
    const canonical = normalizeSpokenId(spoken);
    if (canonical.length < 3) return [];
    const norm = sql<string>`upper(replace(replace(${sql.ref(column)}, '-', ''), ' ', ''))`;
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'name', 'customer_number', 'document_number', 'postal_code'])
      .where('kind', '=', 'account')
      .where((eb) =>
        /^\d+$/.test(canonical)
          ? eb.or([eb(norm, '=', canonical), eb(norm, 'like', `%${canonical}`)])
          : eb(norm, '=', canonical),
      )
      .limit(20)
      .execute();
    return rows.filter((r) => r[column] !== null && spokenIdMatches(r[column], spoken));
  }

  /** Verifies a claim for this session; on success the session acts as that account from now on. */
  async identify(ctx: { userId: string; sessionId: string }, claim: IdentityClaim) {
    const state = await this.store.get(ctx.sessionId);
    if (state.failedAttempts >= this.maxAttempts) {
      throw new ShopError(
        'identity_locked',
        'Too many failed attempts in this call; offer to connect a human agent.',
      );
    }
    if (!claim.customerNumber && !claim.documentNumber) {
      throw new ShopError(
        'invalid_input',
        'Ask for the customer number or the document number, plus the postal code.',
      );
    }
    const caller = await this.resolveActor(ctx);
    const keys = throttleKeys(caller.callerId, claim);
    const at = this.now();
    const lockedUntil = await this.store.lockedUntil(keys, at);
    if (lockedUntil) {
      const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - at.getTime()) / 60_000));
      throw new ShopError(
        'identity_locked',
        `Too many failed attempts with these details; the check is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}. Offer to connect a human agent.`,
        { retryAfterMinutes: minutes },
      );
    }
    const found = [
      ...(claim.customerNumber ? await this.candidates('customer_number', claim.customerNumber) : []),
      ...(claim.documentNumber ? await this.candidates('document_number', claim.documentNumber) : []),
    ];
    const postal = normalizeSpokenId(claim.postalCode);
    const matches = [...new Map(found.map((u) => [u.id, u])).values()].filter(
      (u) => u.postal_code !== null && postal.length > 0 && normalizeSpokenId(u.postal_code) === postal,
    );
    const match = matches.length === 1 ? matches[0]! : null;
    // A logged-in account can only prove itself, never switch to someone else.
    const allowed = match && (caller.kind === 'guest' || match.id === caller.callerId);
    if (!match || !allowed) {
      const failures = await this.store.recordFailure(ctx.sessionId);
      await this.store.recordKeyFailures(keys, at, this.throttle);
      const left = Math.max(0, this.maxAttempts - failures);
      throw new ShopError(
        left > 0 ? 'identity_failed' : 'identity_locked',
        left > 0
          ? `Those details do not match an account. ${left} attempt${left === 1 ? '' : 's'} left.`
          : 'Those details do not match an account, and there are no attempts left in this call.',
        { attemptsLeft: left },
      );
    }
    await this.store.recordSuccess(ctx.sessionId, match.id);
    let movedItems = 0;
    if (caller.kind === 'guest' && caller.callerId !== match.id) {
      movedItems = (await this.mergeGuest(caller.callerId, match.id, ctx.sessionId)).cartLines;
    }
    return {
      verified: true as const,
      userId: match.id,
      firstName: (match.name ?? '').split(' ')[0] ?? '',
      customerNumber: match.customer_number,
      movedCartItems: movedItems,
    };
  }

  /**
   * A guest who proves an account (by voice, or by signing in on the web) brings their cart, their
   * saved items and what they told the assistant. `onSavedMoved` runs in the saved items' move
   * transaction (the web claim owes them to Convex there).
   */
  async mergeGuest(
    guestId: string,
    accountId: string,
    sessionId: string | null,
    opts: { onSavedMoved?: SavedMovedHook } = {},
  ): Promise<GuestMerge> {
    const cartLines = await this.mergeGuestCart(guestId, accountId, sessionId);
    const savedProductIds = await this.db.transaction().execute(async (trx) => {
      const moved = await moveGuestSaved(trx, guestId, accountId);
      if (moved.length > 0) await opts.onSavedMoved?.(trx, moved);
      return moved;
    });
    await this.memory?.mergeGuest(guestId, accountId);
    return { cartLines, savedProductIds };
  }

  /**
   * What the guest put in the cart before identifying comes along into the account's cart.
   * Public for the web sign-in (no voice session: `sessionId` null).
   */
  async mergeGuestCart(guestId: string, accountId: string, sessionId: string | null): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const items = await trx
        .selectFrom('cart_items')
        .selectAll()
        .where('cart_id', '=', cartIdFor(guestId))
        .execute();
      if (items.length === 0) return 0;
      const ts = this.now().toISOString();
      const target = cartIdFor(accountId);
      await trx
        .insertInto('carts')
        .values({ id: target, user_id: accountId, session_id: sessionId, created_at: ts, updated_at: ts })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      for (const item of items) {
        await trx
          .insertInto('cart_items')
          .values({ ...item, id: `ci_${randomUUID()}`, cart_id: target, updated_at: ts })
          .onConflict((oc) =>
            oc.columns(['cart_id', 'variant_id']).doUpdateSet((eb) => ({
              quantity: eb('cart_items.quantity', '+', eb.ref('excluded.quantity')),
              updated_at: ts,
            })),
          )
          .execute();
      }
      await trx.deleteFrom('cart_items').where('cart_id', '=', cartIdFor(guestId)).execute();
      return items.length;
    });
  }
}

/** What failures count against: the caller, and each number claimed (whoever claims it). */
function throttleKeys(callerId: string, claim: IdentityClaim): string[] {
  const keys = [`caller:${callerId}`];
  if (claim.customerNumber) keys.push(`customer:${normalizeSpokenId(claim.customerNumber)}`);
  if (claim.documentNumber) keys.push(`document:${normalizeSpokenId(claim.documentNumber)}`);
  return keys;
}
