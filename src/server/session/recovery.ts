/**
 * At start, conversations that a killed process left open are closed: each tool call that never
 * got its result gets one saying what is known (the order it placed, or that it was cut off), then
 * the session ends at its last recorded activity with an "interrupted" reason. Nothing recorded is
 * changed; only what is missing is appended.
 */

import type { Kysely } from 'kysely';
import { childLogger } from '../../log/logger.ts';
import type { ConversationRecorder } from '../../store/recorder.ts';
import { findInterruptedSessions } from '../../store/repositories/interrupted.ts';
import type { SessionsRepository } from '../../store/repositories/sessions.ts';
import type { Database } from '../../store/schema.ts';

const log = childLogger({ component: 'recovery' });

export const INTERRUPTED_REASON = 'interrupted: the server stopped without ending the session';

/** Tools whose effect is an order: a placed order after the call is that call's result. */
const ORDER_TOOLS = new Set(['confirm_order']);

export interface RecoveryDeps {
  db: Kysely<Database>;
  recorder: ConversationRecorder;
  sessions: SessionsRepository;
  /**
   * Only sessions idle since before this are closed. With SQLite one process owns the file, so
   * every open session at start is dead (unset); a shared PostgreSQL may have other nodes' live
   * sessions, so only those idle for longer than any live one can be are closed.
   */
  lastActivityBefore?: Date;
  /**
   * Only sessions whose id starts with one of these (one process per core: a crashed worker's
   * tag, while its siblings' sessions go on).
   */
  sessionIdPrefixes?: readonly string[];
  /** Only these sessions (a dead node's); all otherwise. */
  sessionIds?: readonly string[];
  /** The end reason recorded (default: INTERRUPTED_REASON). */
  reason?: string;
}

export async function recoverInterruptedSessions(deps: RecoveryDeps): Promise<number> {
  const reason = deps.reason ?? INTERRUPTED_REASON;
  const { sessionIdPrefixes: prefixes } = deps;
  const found = (
    await findInterruptedSessions(deps.db, {
      ...(deps.lastActivityBefore ? { lastActivityBefore: deps.lastActivityBefore } : {}),
      ...(deps.sessionIds ? { sessionIds: deps.sessionIds } : {}),
    })
  ).filter((s) => !prefixes || prefixes.some((p) => s.sessionId.startsWith(p)));
  for (const s of found) {
    for (const call of s.unfinishedCalls) {
      const order = ORDER_TOOLS.has(call.name)
        ? s.orders.find((o) => o.createdAt >= call.createdAt)
        : undefined;
      await deps.recorder.append(s.sessionId, 'tool_result', {
        toolCallId: call.toolCallId,
        name: call.name,
        recovered: true,
        result: order
          ? { ok: true, order }
          : {
              ok: false,
              error:
                'the server stopped before this tool call finished; its effect, if any, is in the shop data',
            },
      });
    }
    await deps.recorder.append(s.sessionId, 'session_end', {
      reason,
      recovered: true,
      lastActivityAt: s.lastActivityAt,
    });
    await deps.sessions.ended(s.sessionId, reason, new Date(s.lastActivityAt));
  }
  if (found.length > 0)
    log.warn({ sessions: found.length }, 'closed conversations a stopped process left open');
  return found.length;
}
