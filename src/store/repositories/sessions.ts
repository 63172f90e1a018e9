/** The `sessions` table: one row per voice session, its owner, start and end. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable } from '../schema.ts';

export interface SessionStart {
  id: string;
  userId: string;
  transport: string;
  language: string;
  at: Date;
  /** JSON-able facts about the session (the agent profile and version it ran). */
  metadata?: Record<string, unknown> | undefined;
  /** The cluster node running it (many nodes). */
  nodeId?: string | undefined;
}

/** A recorded session as the session list shows it. */
export interface StoredSession {
  id: string;
  userId: string | null;
  transport: string;
  language: string | null;
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
  nodeId: string | null;
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
        ...(s.nodeId ? { node_id: s.nodeId } : {}),
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

  /** Nodes with sessions not recorded as ended. */
  async openNodeIds(): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('sessions')
      .select('node_id')
      .distinct()
      .where('node_id', 'is not', null)
      .where('ended_at', 'is', null)
      .execute();
    return rows.map((r) => r.node_id).filter((id): id is string => id !== null);
  }

  /** A node's sessions not recorded as ended. */
  async openOnNode(nodeId: string): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('sessions')
      .select('id')
      .where('node_id', '=', nodeId)
      .where('ended_at', 'is', null)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Ends whatever of a node's sessions is still open; returns how many. */
  async endOpenOnNode(nodeId: string, reason: string, at: Date): Promise<number> {
    const result = await this.#db
      .updateTable('sessions')
      .set({ ended_at: at.toISOString(), end_reason: reason.slice(0, MAX_REASON) })
      .where('node_id', '=', nodeId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** The newest sessions (of one user, or everyone's), and every open one among them first. */
  async list(opts: { userId?: string; limit: number }): Promise<StoredSession[]> {
    let q = this.#db
      .selectFrom('sessions')
      .select(['id', 'user_id', 'transport', 'language', 'started_at', 'ended_at', 'end_reason', 'node_id']);
    if (opts.userId !== undefined) q = q.where('user_id', '=', opts.userId);
    const rows = await q.orderBy('started_at', 'desc').limit(opts.limit).execute();
    return rows.map(toStored);
  }

  async find(id: string): Promise<StoredSession | undefined> {
    const row = await this.#db
      .selectFrom('sessions')
      .select(['id', 'user_id', 'transport', 'language', 'started_at', 'ended_at', 'end_reason', 'node_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  }
}

function toStored(
  r: Pick<
    Selectable<SessionsTable>,
    'id' | 'user_id' | 'transport' | 'language' | 'started_at' | 'ended_at' | 'end_reason' | 'node_id'
  >,
): StoredSession {
  return {
    id: r.id,
    userId: r.user_id,
    transport: r.transport,
    language: r.language,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    endReason: r.end_reason,
    nodeId: r.node_id,
  };
}
