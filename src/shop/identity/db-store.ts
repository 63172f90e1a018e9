/**
 * The session identity in the database, so a restart mid-call neither forgets that a guest proved
 * an account nor resets the failed-attempt count that locks the session.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { IdentitySessionStore, SessionIdentity } from './service.ts';

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
}
