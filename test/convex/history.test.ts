/** history.summaries: the app's live history list — first utterance, turn count, only the caller's. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, internal } from '../../convex/_generated/api.js';
import { ANN, BOB, errorOf, newBackend, stubVoiceServer } from './backend.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('history.summaries', () => {
  it('lists the caller’s sessions newest first with the first thing the shopper said', async () => {
    const t = newBackend();
    stubVoiceServer(() => ({ status: 200, body: { wsUrl: 'wss://voice.example.test/ws', token: 't' } }));
    const first = (await t.withIdentity(ANN).action(api.voice.startSession, {})).sessionId;
    const second = (await t.withIdentity(ANN).action(api.voice.startSession, { language: 'es' })).sessionId;
    await t.withIdentity(BOB).action(api.voice.startSession, {});
    const log = (sessionId: string, key: string, role: 'user' | 'assistant', text: string, at: number) =>
      t.mutation(internal.turns.log, { sessionId, key, role, text, at });
    await log(first, 'a1', 'assistant', 'Hello! What are you looking for?', 1);
    await log(first, 'a2', 'user', 'running shoes', 2);
    await log(first, 'a3', 'user', 'size 42', 3);

    const list = await t.withIdentity(ANN).query(api.history.summaries, {});
    expect(list.map((s) => [s.sessionId, s.language, s.turns, s.firstUtterance])).toEqual([
      [second, 'es', 0, null],
      [first, 'en', 3, 'running shoes'],
    ]);
    expect(await t.withIdentity({ ...BOB, subject: 'user_nobody' }).query(api.history.summaries, {})).toEqual(
      [],
    );
  });

  it('needs an identity and a sane limit', async () => {
    const t = newBackend();
    expect((await errorOf(t.query(api.history.summaries, {}))).code).toBe('unauthenticated');
    expect((await errorOf(t.withIdentity(ANN).query(api.history.summaries, { limit: 51 }))).code).toBe(
      'invalid_argument',
    );
  });
});
