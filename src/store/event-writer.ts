/**
 * Where the conversation recorder's batches go. The recorder owns ordering, sequence numbers,
 * retries and acknowledgements; a writer only stores one batch in one transaction and says
 * when it is committed. Two writers:
 * - KyselyEventWriter: through the shared Kysely connection (PostgreSQL, SQLite in memory);
 * - SqliteWorkerEventWriter (sqlite-event-writer.ts): a SQLite file written from a worker
 *   thread, so the commit (an fsync with synchronous=FULL) never blocks the event loop.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** One stored conversation event, as the table holds it. */
export interface EventRow {
  session_id: string;
  seq: number;
  type: string;
  payload: string;
  created_at: string;
}

export interface EventWriter {
  /** The highest stored sequence number of a session, 0 when it has none. */
  maxSeq(sessionId: string): Promise<number>;
  /**
   * Stores `rows` in one transaction; resolves only once it is committed. With `skipExisting`
   * (a retry after a failure whose commit may have landed) rows already stored are left out.
   */
  write(rows: readonly EventRow[], skipExisting: boolean): Promise<void>;
  /** Releases what the writer holds (a worker thread); the shared connection is not its to close. */
  close(): Promise<void>;
}

export class KyselyEventWriter implements EventWriter {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async maxSeq(sessionId: string): Promise<number> {
    const row = await this.#db
      .selectFrom('conversation_events')
      .select((eb) => eb.fn.max('seq').as('max'))
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return Number(row?.max ?? 0);
  }

  async write(rows: readonly EventRow[], skipExisting: boolean): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      let todo = rows;
      if (skipExisting) {
        const existing = new Set<string>();
        for (const sessionId of new Set(rows.map((r) => r.session_id))) {
          const seqs = rows.filter((r) => r.session_id === sessionId).map((r) => r.seq);
          const found = await trx
            .selectFrom('conversation_events')
            .select('seq')
            .where('session_id', '=', sessionId)
            .where('seq', 'in', seqs)
            .execute();
          for (const f of found) existing.add(`${sessionId}\u0000${f.seq}`);
        }
        todo = rows.filter((r) => !existing.has(`${r.session_id}\u0000${r.seq}`));
      }
      if (todo.length === 0) return;
      await trx.insertInto('conversation_events').values(todo.slice()).execute();
    });
  }

  async close(): Promise<void> {}
}
