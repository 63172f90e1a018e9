/**
 * Conversations a process never ended: recorded `session_start` with no `session_end` (a SIGKILL,
 * an OOM kill, a power cut). What is needed to close them honestly: when the last thing happened,
 * which tool calls have no recorded result, and which orders the session placed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { parseJson } from './conversations.ts';

export interface UnfinishedToolCall {
  toolCallId: string;
  name: string;
  createdAt: string;
}

export interface SessionOrder {
  id: string;
  status: string;
  totalCents: number;
  currency: string;
  createdAt: string;
}

export interface InterruptedSession {
  sessionId: string;
  /** The last recorded event: when the session really stopped. */
  lastActivityAt: string;
  unfinishedCalls: UnfinishedToolCall[];
  orders: SessionOrder[];
}

/**
 * Sessions started and never ended whose last event is older than `lastActivityBefore` (all when
 * unset), among `sessionIds` when given (a dead node's).
 */
export async function findInterruptedSessions(
  db: Kysely<Database>,
  opts: { lastActivityBefore?: Date; sessionIds?: readonly string[] } = {},
): Promise<InterruptedSession[]> {
  if (opts.sessionIds?.length === 0) return [];
  let query = db
    .selectFrom('conversation_events as e')
    .select((eb) => ['e.session_id', eb.fn.max('e.created_at').as('last')])
    .where('e.session_id', 'in', (eb) =>
      eb.selectFrom('conversation_events').select('session_id').where('type', '=', 'session_start'),
    )
    .where('e.session_id', 'not in', (eb) =>
      eb.selectFrom('conversation_events').select('session_id').where('type', '=', 'session_end'),
    )
    .groupBy('e.session_id');
  if (opts.sessionIds) query = query.where('e.session_id', 'in', [...opts.sessionIds]);
  const rows = await query.execute();
  const before = opts.lastActivityBefore?.toISOString();
  const stale = rows.filter((r) => before === undefined || String(r.last) < before);
  const out: InterruptedSession[] = [];
  for (const r of stale) {
    const calls = await db
      .selectFrom('conversation_events')
      .select(['type', 'payload', 'created_at'])
      .where('session_id', '=', r.session_id)
      .where('type', 'in', ['tool_call', 'tool_result'])
      .orderBy('seq')
      .execute();
    const open = new Map<string, UnfinishedToolCall>();
    for (const c of calls) {
      const payload = parseJson(c.payload);
      const id = typeof payload.toolCallId === 'string' ? payload.toolCallId : undefined;
      if (!id) continue;
      if (c.type === 'tool_call')
        open.set(id, { toolCallId: id, name: String(payload.name ?? ''), createdAt: c.created_at });
      else open.delete(id);
    }
    const orders = await db
      .selectFrom('orders')
      .select(['id', 'status', 'total_cents', 'currency', 'created_at'])
      .where('session_id', '=', r.session_id)
      .orderBy('created_at')
      .execute();
    out.push({
      sessionId: r.session_id,
      lastActivityAt: String(r.last),
      unfinishedCalls: [...open.values()],
      orders: orders.map((o) => ({
        id: o.id,
        status: o.status,
        totalCents: Number(o.total_cents),
        currency: o.currency,
        createdAt: o.created_at,
      })),
    });
  }
  return out;
}
