/**
 * The durable queue behind outbound webhooks: an event is committed here before any attempt,
 * so a crash or restart between enqueue and delivery loses nothing; delivery state (attempts,
 * next attempt, last error) lives beside it.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { SecurityTables, WebhookStatus } from '../security-tables.ts';

export interface OutboxRow {
  id: string;
  eventType: string;
  body: string;
  attempts: number;
}

export class WebhookOutbox {
  readonly #db: Kysely<Database & SecurityTables>;

  constructor(db: Kysely<Database>) {
    this.#db = db.withTables<SecurityTables>();
  }

  /** Stores the event; returns its id and the exact JSON body that will be signed and sent. */
  async enqueue(eventType: string, data: unknown, at: Date): Promise<OutboxRow> {
    const id = `wh_${randomUUID()}`;
    const body = JSON.stringify({ id, type: eventType, createdAt: at.toISOString(), data });
    await this.#db
      .insertInto('webhook_outbox')
      .values({
        id,
        event_type: eventType,
        payload: body,
        next_attempt_at: at.toISOString(),
        created_at: at.toISOString(),
        last_error: null,
        delivered_at: null,
      })
      .execute();
    return { id, eventType, body, attempts: 0 };
  }

  async due(at: Date, limit = 20): Promise<OutboxRow[]> {
    const rows = await this.#db
      .selectFrom('webhook_outbox')
      .select(['id', 'event_type', 'payload', 'attempts'])
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', at.toISOString())
      .orderBy('next_attempt_at')
      .orderBy('created_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, eventType: r.event_type, body: r.payload, attempts: r.attempts }));
  }

  /** Wall time of the earliest pending attempt, if any. */
  async nextDue(): Promise<Date | undefined> {
    const row = await this.#db
      .selectFrom('webhook_outbox')
      .select('next_attempt_at')
      .where('status', '=', 'pending')
      .orderBy('next_attempt_at')
      .limit(1)
      .executeTakeFirst();
    return row ? new Date(row.next_attempt_at) : undefined;
  }

  async delivered(id: string, attempts: number, at: Date): Promise<void> {
    await this.#db
      .updateTable('webhook_outbox')
      .set({ status: 'delivered', attempts, delivered_at: at.toISOString(), last_error: null })
      .where('id', '=', id)
      .execute();
  }

  async failed(id: string, attempts: number, error: string, next: Date | null): Promise<void> {
    await this.#db
      .updateTable('webhook_outbox')
      .set({
        status: next ? 'pending' : 'dead',
        attempts,
        last_error: error.slice(0, 500),
        ...(next ? { next_attempt_at: next.toISOString() } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  async counts(): Promise<Record<WebhookStatus, number>> {
    const rows = await this.#db
      .selectFrom('webhook_outbox')
      .select((eb) => ['status', eb.fn.countAll().as('n')])
      .groupBy('status')
      .execute();
    const out: Record<WebhookStatus, number> = { pending: 0, delivered: 0, dead: 0 };
    for (const r of rows) out[r.status] = Number(r.n);
    return out;
  }

  async get(id: string) {
    return this.#db.selectFrom('webhook_outbox').selectAll().where('id', '=', id).executeTakeFirst();
  }
}
