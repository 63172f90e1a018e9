/** The `sessions` table: one row per voice session, its owner, start and end. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface SessionStart {
  id: string;
  userId: string;
  transport: string;
  language: string;
  at: Date;
  /** JSON-able facts about the session (the agent profile and version it ran). */
  metadata?: Record<string, unknown> | undefined;
}

/** Longer end reasons are cut: they come from errors and clients. */
const MAX_REASON = 500;

export class SessionsRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Records the start; a second start of the same session changes nothing. */
  async started(s: SessionStart): Promise<void> {
    await this.#db
      .insertInto('sessions')
      .values({
        id: s.id,
        user_id: s.userId,
        transport: s.transport,
        language: s.language,
        started_at: s.at.toISOString(),
        ended_at: null,
        end_reason: null,
        ...(s.metadata ? { metadata: JSON.stringify(s.metadata) } : {}),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async ended(id: string, reason: string, at: Date): Promise<void> {
    await this.#db
      .updateTable('sessions')
      .set({ ended_at: at.toISOString(), end_reason: reason.slice(0, MAX_REASON) })
      .where('id', '=', id)
      .execute();
  }

  /** The user the session belongs to, if it was recorded with one. */
  async owner(id: string): Promise<string | undefined> {
    const row = await this.#db
      .selectFrom('sessions')
      .select('user_id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.user_id ?? undefined;
  }
}
