import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, internal } from '../../convex/_generated/api.js';
import type { Id } from '../../convex/_generated/dataModel.js';
import { ANN, BOB, newBackend, SECRET, stubVoiceServer } from './backend.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

type Backend = ReturnType<typeof newBackend>;

/** A started session of `who`, made the way the app makes one (the start action). */
async function sessionOf(t: Backend, who = ANN): Promise<Id<'voiceSessions'>> {
  stubVoiceServer(() => ({ status: 200, body: { wsUrl: 'wss://voice.example.test/ws', token: 't' } }));
  return (await t.withIdentity(who).action(api.voice.startSession, {})).sessionId;
}

const post = (t: Backend, path: string, body: unknown, secret: string | null = SECRET) =>
  t.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-s2s-secret': secret }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP actions for the voice server', () => {
  it('refuses a missing or wrong secret on every route, and stores nothing', async () => {
    const t = newBackend();
    const sessionId = await sessionOf(t);
    const turn = { sessionId, key: 'k1', role: 'user', text: 'hi', at: 1 };
    for (const path of ['/voice/turn', '/voice/saved-item', '/voice/research-result']) {
      for (const secret of [null, '', 'wrong', `${SECRET}x`, SECRET.slice(0, -1)]) {
        const res = await post(t, path, turn, secret);
        expect(res.status, `${path} with ${JSON.stringify(secret)}`).toBe(401);
        expect(await res.json()).toMatchObject({ code: 'unauthenticated' });
      }
    }
    expect(await t.withIdentity(ANN).query(api.history.turns, { sessionId })).toEqual([]);
  });

  it('answers 503 when the deployment has no secret set, rather than being open', async () => {
    const t = newBackend({ secret: '' });
    const res = await post(t, '/voice/turn', {}, '');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ code: 'not_configured' });
  });

  it('logs a turn once per idempotency key, whatever the retries', async () => {
    const t = newBackend();
    const sessionId = await sessionOf(t);
    const turn = { sessionId, key: 'sess-1:turn-1', role: 'user', text: 'I need running shoes', at: 1000 };
    const first = await post(t, '/voice/turn', turn);
    expect(first.status).toBe(200);
    const firstBody = (await first.json()) as { turnId: string; duplicate: boolean };
    expect(firstBody.duplicate).toBe(false);
    for (let i = 0; i < 3; i++) {
      const retry = await post(t, '/voice/turn', turn);
      expect(await retry.json()).toEqual({ turnId: firstBody.turnId, duplicate: true });
    }
    await post(t, '/voice/turn', {
      ...turn,
      key: 'sess-1:turn-2',
      role: 'assistant',
      text: 'Which size?',
      at: 2000,
    });
    const turns = await t.withIdentity(ANN).query(api.history.turns, { sessionId });
    expect(turns.map((x) => [x.role, x.text])).toEqual([
      ['user', 'I need running shoes'],
      ['assistant', 'Which size?'],
    ]);
    // The owner sees the conversation; another user is told it does not exist.
    await expect(t.withIdentity(BOB).query(api.history.turns, { sessionId })).rejects.toThrow(
      /no such voice session/,
    );
  });

  it('refuses a key reused by another session, an unknown session, a bad body and a too-large turn', async () => {
    const t = newBackend();
    const annSession = await sessionOf(t, ANN);
    const bobSession = await sessionOf(t, BOB);
    await post(t, '/voice/turn', { sessionId: annSession, key: 'k', role: 'user', text: 'a', at: 1 });
    const reused = await post(t, '/voice/turn', {
      sessionId: bobSession,
      key: 'k',
      role: 'user',
      text: 'a',
      at: 1,
    });
    expect(reused.status).toBe(409);
    const unknown = await post(t, '/voice/turn', {
      sessionId: 'nope',
      key: 'k2',
      role: 'user',
      text: 'a',
      at: 1,
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ code: 'not_found', message: 'no such voice session' });
    expect((await post(t, '/voice/turn', '{not json')).status).toBe(400);
    expect((await post(t, '/voice/turn', [1, 2])).status).toBe(400);
    const badRole = await post(t, '/voice/turn', {
      sessionId: annSession,
      key: 'k3',
      role: 'x',
      text: 'a',
      at: 1,
    });
    expect(badRole.status).toBe(400);
    expect(await badRole.json()).toMatchObject({ code: 'invalid_argument' });
    // Under the HTTP body limit but over what one Convex document holds.
    const big = await post(t, '/voice/turn', {
      sessionId: annSession,
      key: 'k4',
      role: 'assistant',
      text: 'x'.repeat(950_000),
      at: 1,
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: 'too_large', message: expect.stringMatching(/900000/) });
    const huge = await post(t, '/voice/turn', {
      sessionId: annSession,
      key: 'k5',
      role: 'user',
      text: 'x'.repeat(1_100_000),
      at: 1,
    });
    expect(huge.status).toBe(413);
    expect(await t.withIdentity(ANN).query(api.history.turns, { sessionId: annSession })).toHaveLength(1);
  });

  it("saves an item for the session's user, once", async () => {
    const t = newBackend();
    const sessionId = await sessionOf(t);
    const item = {
      productId: 'p-7',
      name: 'Wool socks',
      price: 12,
      image: 'https://voice.example.test/i/7.jpg',
    };
    const res = await post(t, '/voice/saved-item', { sessionId, item });
    expect(res.status).toBe(200);
    expect(await (await post(t, '/voice/saved-item', { sessionId, item })).json()).toMatchObject({
      duplicate: true,
    });
    const saved = await t.withIdentity(ANN).query(api.savedItems.list, {});
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ productId: 'p-7', sessionId });
    expect(await t.withIdentity(BOB).query(api.savedItems.list, {})).toEqual([]);
  });

  it('stores a research result the voice server delivers, once, for the session user', async () => {
    const t = newBackend();
    const sessionId = await sessionOf(t);
    const delivery = {
      serverResearchId: 'rs_1',
      sessionId,
      query: 'waterproof hiking boots',
      status: 'done',
      summary: 'Two boots stand out.',
      items: [{ productId: 'b-1', name: 'Boot', price: 120 }],
    };
    const res = await post(t, '/voice/research-result', delivery);
    expect(res.status).toBe(200);
    const { requestId, stored } = (await res.json()) as {
      requestId: Id<'researchRequests'>;
      stored: boolean;
    };
    expect(stored).toBe(true);
    expect(await (await post(t, '/voice/research-result', delivery)).json()).toEqual({
      requestId,
      stored: false,
    });
    const view = await t.withIdentity(ANN).query(api.research.get, { requestId });
    expect(view.request).toMatchObject({ status: 'done', query: 'waterproof hiking boots', sessionId });
    expect(view.result).toMatchObject({ summary: 'Two boots stand out.', items: [{ productId: 'b-1' }] });
    await expect(t.withIdentity(BOB).query(api.research.get, { requestId })).rejects.toThrow(
      /no such research/,
    );
    // The internal mutation is not reachable as a public function.
    expect(Object.keys(api)).not.toContain('turns');
    expect(internal.turns.log).toBeDefined();
  });
});
