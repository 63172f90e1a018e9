/**
 * The session identity in the database, so a restart mid-call neither forgets that a guest proved
 * an account nor resets the failed-attempt count that locks the session; and the failures per
 * caller and per claimed number across sessions (`identity_throttle`), shared by every node.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { IdentitySessionStore, SessionIdentity, ThrottlePolicy } from './service.ts';

export class DbIdentityStore implements IdentitySessionStore {
  private readonly db: Kysely<Database>;
  private readonly now: () => Date;

  constructor(opts: { db: Kysely<Database>; now?: () => Date }) {
    this.db = opts.db;
    this.now = opts.now ?? (() => new Date());
  }

  async get(sessionId: string): Promise<SessionIdentity> {
    const row = await this.db
      .selectFrom('identity_verifications')
      .select(['user_id', 'failed_attempts'])
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return { verifiedUserId: row?.user_id ?? null, failedAttempts: row?.failed_attempts ?? 0 };
  }

  /** One upsert, so concurrent failures (two tool calls at once) are each counted. */
  async recordFailure(sessionId: string): Promise<number> {
    const ts = this.now().toISOString();
    const row = await this.db
      .insertInto('identity_verifications')
      .values({ session_id: sessionId, user_id: null, failed_attempts: 1, updated_at: ts })
      .onConflict((oc) =>
        oc.column('session_id').doUpdateSet((eb) => ({
          failed_attempts: eb('identity_verifications.failed_attempts', '+', 1),
          updated_at: ts,
        })),
      )
      .returning('failed_attempts')
      .executeTakeFirstOrThrow();
    return Number(row.failed_attempts);
  }

  async recordSuccess(sessionId: string, userId: string): Promise<void> {
    const ts = this.now().toISOString();
    const row = { user_id: userId, failed_attempts: 0, verified_at: ts, updated_at: ts };
    await this.db
      .insertInto('identity_verifications')
      .values({ session_id: sessionId, ...row })
      .onConflict((oc) => oc.column('session_id').doUpdateSet(row))
      .execute();
  }

  async lockedUntil(keys: string[], at: Date): Promise<Date | null> {
    if (keys.length === 0) return null;
    const row = await this.db
      .selectFrom('identity_throttle')
      .select((eb) => eb.fn.max('locked_until').as('until'))
      .where('key', 'in', keys)
      .where('locked_until', '>', at.toISOString())
      .executeTakeFirst();
    return row?.until ? new Date(row.until) : null;
  }

  /** One atomic upsert per key: concurrent failures (two calls at once) are each counted. */
  async recordKeyFailures(keys: string[], at: Date, policy: ThrottlePolicy): Promise<void> {
    const ts = at.toISOString();
    const windowOver = sql<boolean>`identity_throttle.window_started_at <= ${new Date(at.getTime() - policy.windowMs).toISOString()}`;
    const lockUntil = new Date(at.getTime() + policy.lockMs).toISOString();
    for (const key of keys) {
      const row = await this.db
        .insertInto('identity_throttle')
        .values({ key, failures: 1, window_started_at: ts, locked_until: null })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql<number>`case when ${windowOver} then 1 else identity_throttle.failures + 1 end`,
            window_started_at: sql<string>`case when ${windowOver} then ${ts} else identity_throttle.window_started_at end`,
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      if (Number(row.failures) >= policy.maxFailures)
        await this.db
          .updateTable('identity_throttle')
          .set({ locked_until: lockUntil })
          .where('key', '=', key)
          .execute();
    }
  }
}
