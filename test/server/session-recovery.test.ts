/**
 * A process killed mid-session (SIGKILL) leaves its session row and conversation without an end.
 * The next start closes them: `ended_at` at the last recorded activity, an "interrupted" reason,
 * and a `session_end` event, so the history lists the conversation as finished. Sessions that
 * ended properly are left as they were.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/main.ts';
import { openDatabase, type Store } from '../../src/store/db.ts';
import { ConversationRecorder } from '../../src/store/recorder.ts';
import { listConversations } from '../../src/store/repositories/conversations.ts';
import { SessionsRepository } from '../../src/store/repositories/sessions.ts';
import { UsersRepository } from '../../src/store/repositories/users.ts';

let dir: string;
let dbPath: string;
const open = () => openDatabase({ path: dbPath });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-recovery-'));
  dbPath = path.join(dir, 'shop.db');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a killed process leaves behind: a started session with events and no end. */
async function leaveOpenSession(store: Store, id: string, ended: boolean) {
  const sessions = new SessionsRepository(store.db);
  await new UsersRepository(store.db).ensureGuest('guest_recovery_0123456789', new Date());
  await sessions.started({
    id,
    userId: 'guest_recovery_0123456789',
    transport: 'websocket',
    language: 'en',
    at: new Date(Date.now() - 60_000),
  });
  const recorder = new ConversationRecorder(store.db);
  await recorder.append(id, 'session_start', { userId: 'guest_recovery_0123456789', transport: 'websocket' });
  await recorder.append(id, 'user_transcript', { text: 'yes, place the order' });
  await recorder.append(id, 'tool_call', { toolCallId: 't1', name: 'confirm_order', arguments: {} });
  if (ended) {
    await recorder.append(id, 'session_end', { reason: 'client disconnected' });
    await sessions.ended(id, 'client disconnected', new Date());
  }
  await recorder.close();
}

describe('sessions a killed process left open', () => {
  it('are ended at the next start, at their last activity, as interrupted', async () => {
    const before = await open();
    await leaveOpenSession(before, 's-killed', false);
    await leaveOpenSession(before, 's-clean', true);
    const lastEvent = (await new ConversationRecorder(before.db).listEvents('s-killed')).at(-1)!.createdAt;
    await before.close();

    const server = await startServer({
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: dbPath,
      LOG_LEVEL: 'silent',
    });
    await server.close('test');

    const after = await open();
    try {
      const rows = await after.db.selectFrom('sessions').selectAll().orderBy('id').execute();
      const killed = rows.find((r) => r.id === 's-killed')!;
      expect(killed.ended_at).toBe(lastEvent);
      expect(killed.end_reason).toMatch(/^interrupted: the server stopped/);
      expect(rows.find((r) => r.id === 's-clean')!.end_reason).toBe('client disconnected');

      const events = await new ConversationRecorder(after.db).listEvents('s-killed');
      expect(events.map((e) => e.type)).toEqual([
        'session_start',
        'user_transcript',
        'tool_call',
        'tool_result',
        'session_end',
      ]);
      const listed = await listConversations(after.db, 'guest_recovery_0123456789', 10);
      const conversation = listed.find((c) => c.id === 's-killed')!;
      expect(conversation.endReason).toMatch(/^interrupted/);
      expect(conversation.endedAt).not.toBeNull();
      // A session that ended properly gets no second end.
      const clean = (await new ConversationRecorder(after.db).listEvents('s-clean')).map((e) => e.type);
      expect(clean.filter((t) => t === 'session_end')).toHaveLength(1);
    } finally {
      await after.close();
    }
  }, 120_000);
});
