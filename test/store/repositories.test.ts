/**
 * The server's repositories on both dialects: users and sign-in links, sessions, and the
 * conversation listing built from the recorder's events and the sessions table.
 */
import { describe, expect, it } from 'vitest';
import { ConversationRecorder } from '../../src/store/recorder.ts';
import { listConversations } from '../../src/store/repositories/conversations.ts';
import { isUniqueViolation } from '../../src/store/repositories/errors.ts';
import { SessionsRepository } from '../../src/store/repositories/sessions.ts';
import { UsersRepository } from '../../src/store/repositories/users.ts';
import { TEST_DIALECTS, useTestStore } from './databases.ts';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe.each(TEST_DIALECTS)('repositories on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('users: a guest is created once, with a language that can be changed', async () => {
    const users = new UsersRepository(t.store.db);
    expect(await users.exists('g_1')).toBe(false);
    expect(await users.profile('g_1')).toBeUndefined();
    await users.ensureGuest('g_1', T0);
    await users.ensureGuest('g_1', later(1000)); // a second visit changes nothing
    expect(await users.exists('g_1')).toBe(true);
    expect(await users.profile('g_1')).toEqual({ email: null, name: null, language: 'en' });
    await users.setLanguage('g_1', 'es', later(2000));
    expect(await users.language('g_1')).toBe('es');
    const row = await t.store.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', 'g_1')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      kind: 'guest',
      created_at: T0.toISOString(),
      updated_at: later(2000).toISOString(),
    });
  });

  it('users: an account is linked to its sign-in; linking the same sign-in twice is a unique violation', async () => {
    const users = new UsersRepository(t.store.db);
    expect(await users.userIdForIdentity('password', 'ba_1')).toBeUndefined();
    await users.createAccount({
      id: 'u_1',
      email: 'ana@example.com',
      name: 'Ana',
      provider: 'password',
      subject: 'ba_1',
      at: T0,
    });
    expect(await users.userIdForIdentity('password', 'ba_1')).toBe('u_1');
    expect(await users.emailTaken('ana@example.com')).toBe(true);
    expect(await users.emailTaken('bob@example.com')).toBe(false);
    expect(await users.profile('u_1')).toEqual({ email: 'ana@example.com', name: 'Ana', language: 'en' });

    const again = users.createAccount({
      id: 'u_2',
      email: null,
      name: null,
      provider: 'password',
      subject: 'ba_1',
      at: T0,
    });
    const err = await again.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(err)).toBe(true);
    // The transaction left nothing half-written behind.
    expect(await users.exists('u_2')).toBe(false);
  });

  it('sessions: start once, end with a bounded reason, owner', async () => {
    const sessions = new SessionsRepository(t.store.db);
    await new UsersRepository(t.store.db).ensureGuest('g_1', T0); // sessions.user_id references users
    const start = { id: 's_1', userId: 'g_1', transport: 'websocket', language: 'en', at: T0 };
    await sessions.started(start);
    await sessions.started({ ...start, transport: 'webrtc', at: later(5) }); // ignored
    expect(await sessions.owner('s_1')).toBe('g_1');
    expect(await sessions.owner('s_nope')).toBeUndefined();
    await sessions.ended('s_1', 'x'.repeat(600), later(60_000));
    const row = await t.store.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', 's_1')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      transport: 'websocket',
      started_at: T0.toISOString(),
      ended_at: later(60_000).toISOString(),
    });
    expect(row.end_reason).toHaveLength(500);
  });

  it('conversations: one shopper sees their own, newest first, with the first utterance and the end', async () => {
    const sessions = new SessionsRepository(t.store.db);
    const recorder = new ConversationRecorder(t.store.db);
    await new UsersRepository(t.store.db).ensureGuest('g_1', T0);
    await sessions.started({ id: 's_a', userId: 'g_1', transport: 'websocket', language: 'en', at: T0 });
    await recorder.append('s_a', 'session_start', { userId: 'g_1', transport: 'websocket', language: 'en' });
    await recorder.append('s_a', 'user_transcript', { text: 'show me hoodies' });
    await recorder.append('s_a', 'user_transcript', { text: 'the blue one' });
    await recorder.append('s_a', 'session_end', { reason: 'client closed' });
    // Only in the recorder (a deployment that does not fill the sessions table), and another shopper's.
    await recorder.append('s_b', 'session_start', { userId: 'g_1', transport: 'twilio', language: 'es' });
    await recorder.append('s_c', 'session_start', { userId: 'g_2', transport: 'webrtc', language: 'en' });
    await recorder.close();

    const mine = await listConversations(t.store.db, 'g_1', 20);
    expect(mine.map((c) => c.id).sort()).toEqual(['s_a', 's_b']);
    const a = mine.find((c) => c.id === 's_a');
    expect(a).toMatchObject({
      transport: 'websocket',
      language: 'en',
      startedAt: T0.toISOString(),
      endReason: 'client closed',
      events: 4,
      firstUtterance: 'show me hoodies',
    });
    expect(a).not.toHaveProperty('userId');
    expect(mine.find((c) => c.id === 's_b')).toMatchObject({
      transport: 'twilio',
      language: 'es',
      events: 1,
    });

    const all = await listConversations(t.store.db, null, 20);
    expect(all.map((c) => [c.id, c.userId]).sort()).toEqual([
      ['s_a', 'g_1'],
      ['s_b', 'g_1'],
      ['s_c', 'g_2'],
    ]);
    expect(await listConversations(t.store.db, 'g_3', 20)).toEqual([]);
  });
});
