/** Handoff requests in the database: a restart loses none, and the shop owner can list them. */
import type { Kysely } from 'kysely';
import { childLogger } from '../../log/logger.ts';
import type { Database } from '../../store/schema.ts';
import type { Language } from '../contract.ts';
import type { HandoffRequest, HandoffSink } from './service.ts';

const log = childLogger({ component: 'shop.support' });

export class DbHandoffSink implements HandoffSink {
  private readonly db: Kysely<Database>;

  constructor(opts: { db: Kysely<Database> }) {
    this.db = opts.db;
  }

  async record(request: HandoffRequest): Promise<void> {
    await this.db
      .insertInto('handoff_requests')
      .values({
        id: request.id,
        user_id: request.userId,
        session_id: request.sessionId,
        reason: request.reason,
        language: request.language,
        status: request.status,
        created_at: request.createdAt,
      })
      .execute();
    log.info({ handoffId: request.id, sessionId: request.sessionId }, 'human handoff requested');
  }

  async list(limit = 100): Promise<HandoffRequest[]> {
    const rows = await this.db
      .selectFrom('handoff_requests')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      sessionId: r.session_id,
      reason: r.reason,
      language: (r.language === 'es' ? 'es' : 'en') satisfies Language,
      status: r.status,
      createdAt: r.created_at,
    }));
  }
}
