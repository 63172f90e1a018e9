/**
 * A process killed mid-conversation (SIGKILL right after "yes") leaves a session with no end and
 * a tool call with no result, although the order is committed. At the next start recovery closes
 * it: the missing result says which order was placed (or that the call was cut off), and the
 * session ends at its last recorded activity. Ended sessions and recorded events are untouched.
 */
import { describe, expect, it } from 'vitest';
import { INTERRUPTED_REASON, recoverInterruptedSessions } from '../../src/server/session/recovery.ts';
import { ConversationRecorder } from '../../src/store/recorder.ts';
import { SessionsRepository } from '../../src/store/repositories/sessions.ts';
import { UsersRepository } from '../../src/store/repositories/users.ts';
import { TEST_DIALECTS, useTestStore } from './databases.ts';

const at = (s: number) => new Date(Date.UTC(2026, 11, 5, 10, 0, s)).toISOString();

describe.each(TEST_DIALECTS)('recovering interrupted conversations on %s', (dialect) => {
  const t = useTestStore(dialect);

  async function seed() {
    const { db } = t.store;
    await new UsersRepository(db).ensureGuest('u1', new Date(at(0)));
    const sessions = new SessionsRepository(db);
    for (const id of ['killed', 'cut', 'ended'])
      await sessions.started({
        id,
        userId: 'u1',
        transport: 'websocket',
        language: 'en',
        at: new Date(at(0)),
      });
    const events: [string, number, string, unknown, number][] = [
      ['killed', 1, 'session_start', { userId: 'u1' }, 0],
      ['killed', 2, 'user_transcript', { text: 'yes' }, 5],
      ['killed', 3, 'tool_call', { toolCallId: 'c1', name: 'confirm_order', arguments: { token: 't' } }, 6],
      ['cut', 1, 'session_start', { userId: 'u1' }, 0],
      ['cut', 2, 'tool_call', { toolCallId: 'c2', name: 'add_to_cart', arguments: {} }, 3],
      ['cut', 3, 'tool_call', { toolCallId: 'c3', name: 'view_cart', arguments: {} }, 4],
      ['cut', 4, 'tool_result', { toolCallId: 'c3', name: 'view_cart', result: {} }, 9],
      ['ended', 1, 'session_start', { userId: 'u1' }, 0],
      ['ended', 2, 'session_end', { reason: 'client left' }, 2],
    ];
    await db
      .insertInto('conversation_events')
      .values(
        events.map(([session_id, seq, type, payload, s]) => ({
          session_id,
          seq,
          type,
          payload: JSON.stringify(payload),
          created_at: at(s),
        })),
      )
      .execute();
    await sessions.ended('ended', 'client left', new Date(at(2)));
    await db
      .insertInto('orders')
      .values({
        id: 'o1',
        user_id: 'u1',
        cart_id: null,
        session_id: 'killed',
        currency: 'USD',
        subtotal_cents: 4200,
        total_cents: 4200,
        promo_code: null,
        idempotency_key: 'k1',
        shipping_postal_code: null,
        created_at: at(6),
        updated_at: at(6),
      })
      .execute();
  }

  it('gives each cut-off tool call a result, ends the session at its last activity, and only once', async () => {
    await seed();
    const { db } = t.store;
    const recorder = new ConversationRecorder(db);
    const deps = { db, recorder, sessions: new SessionsRepository(db) };
    expect(await recoverInterruptedSessions(deps)).toBe(2);

    const killed = await recorder.listEvents('killed');
    expect(killed.slice(3).map((e) => [e.seq, e.type, e.payload])).toEqual([
      [
        4,
        'tool_result',
        {
          toolCallId: 'c1',
          name: 'confirm_order',
          recovered: true,
          result: {
            ok: true,
            order: { id: 'o1', status: 'placed', totalCents: 4200, currency: 'USD', createdAt: at(6) },
          },
        },
      ],
      [5, 'session_end', { reason: INTERRUPTED_REASON, recovered: true, lastActivityAt: at(6) }],
    ]);
    const cut = await recorder.listEvents('cut');
    expect(cut.slice(4).map((e) => [e.type, (e.payload as { toolCallId?: string }).toolCallId])).toEqual([
      ['tool_result', 'c2'],
      ['session_end', undefined],
    ]);
    expect((cut[4]!.payload as { result: { ok: boolean } }).result.ok).toBe(false);
    expect(await recorder.listEvents('ended')).toHaveLength(2);

    const rows = await db
      .selectFrom('sessions')
      .select(['id', 'ended_at', 'end_reason'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'cut', ended_at: at(9), end_reason: INTERRUPTED_REASON },
      { id: 'ended', ended_at: at(2), end_reason: 'client left' },
      { id: 'killed', ended_at: at(6), end_reason: INTERRUPTED_REASON },
    ]);
    expect(await recoverInterruptedSessions(deps)).toBe(0);
    await recorder.close();
  });

  it('leaves sessions active more recently than the cut-off alone (other nodes on a shared database)', async () => {
    await seed();
    const { db } = t.store;
    const recorder = new ConversationRecorder(db);
    const deps = { db, recorder, sessions: new SessionsRepository(db), lastActivityBefore: new Date(at(7)) };
    expect(await recoverInterruptedSessions(deps)).toBe(1);
    expect((await recorder.listEvents('cut')).at(-1)?.type).toBe('tool_result');
    expect((await recorder.listEvents('killed')).at(-1)?.type).toBe('session_end');
    await recorder.close();
  });
});
