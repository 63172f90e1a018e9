/**
 * Recorded conversations for the shopper's history and the owner's console, read from the
 * conversation recorder's events (and the `sessions` table when a deployment fills it).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { StoredSession } from './sessions.ts';

export interface ConversationSummary {
  id: string;
  /** Only in the owner's (all shoppers') listing. */
  userId?: string | null;
  transport: string;
  language: string | null;
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
  events: number;
  firstUtterance: string | null;
}

/**
 * Recorded conversations with their first utterance, for the history and the owner's console.
 * The recorder's `session_start` event (userId, transport, language) is the source of truth;
 * rows of the `sessions` table, when a deployment fills it, are merged in.
 */
export async function listConversations(
  db: Kysely<Database>,
  userId: string | null,
  limit: number,
): Promise<ConversationSummary[]> {
  type Row = Omit<StoredSession, 'nodeId'>;
  const byId = new Map<string, Row>();
  let tableRows = db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'transport', 'language', 'started_at', 'ended_at', 'end_reason'])
    .orderBy('started_at', 'desc')
    .limit(limit);
  if (userId !== null) tableRows = tableRows.where('user_id', '=', userId);
  for (const r of await tableRows.execute()) {
    byId.set(r.id, {
      id: r.id,
      userId: r.user_id,
      transport: r.transport,
      language: r.language,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      endReason: r.end_reason,
    });
  }
  let starts = db
    .selectFrom('conversation_events')
    .select(['session_id', 'payload', 'created_at'])
    .where('type', '=', 'session_start')
    .orderBy('created_at', 'desc')
    .limit(limit * 4);
  // LIKE narrows in SQL on both dialects ("_" in ids only widens it); the parsed payload decides.
  if (userId !== null) starts = starts.where('payload', 'like', `%${JSON.stringify(userId)}%`);
  for (const e of await starts.execute()) {
    const p = parseJson(e.payload);
    const owner = typeof p.userId === 'string' ? p.userId : null;
    if (userId !== null && owner !== userId) continue;
    if (byId.has(e.session_id)) continue;
    byId.set(e.session_id, {
      id: e.session_id,
      userId: owner,
      transport: typeof p.transport === 'string' ? p.transport : 'websocket',
      language: typeof p.language === 'string' ? p.language : null,
      startedAt: e.created_at,
      endedAt: null,
      endReason: null,
    });
  }
  const rows = [...byId.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, limit);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [said, ends, counts] = await Promise.all([
    db
      .selectFrom('conversation_events')
      .select(['session_id', 'seq', 'payload'])
      .where('session_id', 'in', ids)
      .where('type', '=', 'user_transcript')
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('conversation_events')
      .select(['session_id', 'payload', 'created_at'])
      .where('session_id', 'in', ids)
      .where('type', '=', 'session_end')
      .execute(),
    db
      .selectFrom('conversation_events')
      .select((eb) => ['session_id', eb.fn.countAll().as('n')])
      .where('session_id', 'in', ids)
      .groupBy('session_id')
      .execute(),
  ]);
  const countOf = new Map(counts.map((c) => [c.session_id, Number(c.n)]));
  const first = new Map<string, string>();
  for (const e of said) if (!first.has(e.session_id)) first.set(e.session_id, transcriptText(e.payload));
  const endOf = new Map(ends.map((e) => [e.session_id, e]));
  return rows.map((r) => {
    const end = endOf.get(r.id);
    const reason = end ? parseJson(end.payload).reason : undefined;
    return {
      id: r.id,
      ...(userId === null ? { userId: r.userId } : {}),
      transport: r.transport,
      language: r.language,
      startedAt: r.startedAt,
      endedAt: r.endedAt ?? end?.created_at ?? null,
      endReason: r.endReason ?? (typeof reason === 'string' ? reason : null),
      events: countOf.get(r.id) ?? 0,
      firstUtterance: first.get(r.id) ?? null,
    };
  });
}

/** A stored event payload as an object; anything unreadable as empty (events are never lost over it). */
export function parseJson(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function transcriptText(payload: string): string {
  try {
    const p = JSON.parse(payload) as { text?: unknown };
    return typeof p.text === 'string' ? p.text.slice(0, 200) : '';
  } catch {
    return '';
  }
}
