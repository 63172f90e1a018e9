/**
 * Sessions a killed process (SIGKILL, power loss) left open: at the next start each gets its end
 * — `ended_at` at its last recorded activity, a reason saying it was interrupted, and a
 * `session_end` event so the conversation reads as finished.
 *
 * Which rows are safe to close: on SQLite one server process owns the file, so every open row at
 * boot is from a dead process; on PostgreSQL other processes may share the database and hold live
 * sessions, so only rows older than the maximum session duration (which no live session can
 * outlast) are closed.
 */
import type { Store } from '../../store/db.ts';
import type { ConversationRecorder } from '../../store/recorder.ts';
import { SessionsRepository } from '../../store/repositories/sessions.ts';

export const INTERRUPTED_REASON = 'interrupted: the server stopped before the session ended';

export async function recoverInterruptedSessions(opts: {
  store: Store;
  recorder: ConversationRecorder;
  now: Date;
  maxDurationMs: number;
}): Promise<string[]> {
  const sessions = new SessionsRepository(opts.store.db);
  const before =
    opts.store.dialect === 'sqlite' ? opts.now : new Date(opts.now.getTime() - opts.maxDurationMs);
  const open = await sessions.unendedBefore(before);
  for (const s of open) {
    const last = (await sessions.lastActivity(s.id)) ?? s.startedAt;
    await opts.recorder.append(s.id, 'session_end', { reason: INTERRUPTED_REASON, lastActivityAt: last });
    await sessions.ended(s.id, INTERRUPTED_REASON, new Date(last));
  }
  return open.map((s) => s.id);
}
