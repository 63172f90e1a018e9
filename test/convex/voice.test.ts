import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../convex/_generated/api.js';
import { ANN, BOB, errorOf, newBackend, SECRET, stubVoiceServer } from './backend.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('voice.startSession', () => {
  it("calls the voice server's /start with the secret and the caller's identity, and records the session", async () => {
    const t = newBackend({ url: 'https://voice.example.test/' });
    const sent = stubVoiceServer(() => ({
      status: 200,
      body: { wsUrl: 'wss://voice.example.test/ws', token: 'tok' },
    }));
    const started = await t
      .withIdentity(ANN)
      .action(api.voice.startSession, { language: 'es', agent: ' stylist ' });
    expect(started.connection).toEqual({ wsUrl: 'wss://voice.example.test/ws', token: 'tok' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/start',
      headers: {
        'x-s2s-secret': SECRET,
        'x-s2s-user-issuer': ANN.issuer,
        'x-s2s-user-subject': ANN.subject,
        'content-type': 'application/json',
      },
      body: { transport: 'websocket', language: 'es', agent: 'stylist', convexSessionId: started.sessionId },
    });
    const sessions = await t.withIdentity(ANN).query(api.history.list, {});
    expect(sessions).toMatchObject([{ _id: started.sessionId, status: 'started', language: 'es' }]);
    expect(await t.withIdentity(BOB).query(api.history.list, {})).toEqual([]);
  });

  it("reports the voice server's refusal and keeps the session as failed", async () => {
    const t = newBackend();
    stubVoiceServer(() => ({ status: 429, body: { detail: 'too many sessions for this user' } }));
    expect(await errorOf(t.withIdentity(ANN).action(api.voice.startSession, {}))).toMatchObject({
      code: 'upstream',
      status: 429,
      message: 'the voice server answered 429: too many sessions for this user',
    });
    const [session] = await t.withIdentity(ANN).query(api.history.list, {});
    expect(session).toMatchObject({ status: 'failed', error: expect.stringMatching(/429/) });
  });

  it('reports an unreachable server and a non-JSON answer as upstream errors', async () => {
    const t = newBackend();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('connect ECONNREFUSED');
    });
    expect(await errorOf(t.withIdentity(ANN).action(api.voice.startSession, {}))).toMatchObject({
      code: 'upstream',
      message: expect.stringMatching(/did not answer: connect ECONNREFUSED/),
    });
    vi.stubGlobal('fetch', async () => new Response('<html>bad gateway</html>', { status: 200 }));
    expect(await errorOf(t.withIdentity(ANN).action(api.voice.startSession, {}))).toMatchObject({
      code: 'upstream',
      message: 'the voice server answered without a JSON object',
    });
  });

  it('refuses without an identity, without configuration, and with bad arguments, calling nothing', async () => {
    const sent = stubVoiceServer(() => ({ status: 200, body: {} }));
    const t = newBackend();
    expect(await errorOf(t.action(api.voice.startSession, {}))).toMatchObject({ code: 'unauthenticated' });
    await expect(
      t.withIdentity(ANN).action(api.voice.startSession, { transport: 'carrier-pigeon' } as never),
    ).rejects.toThrow(/Validator error|ArgumentValidationError/);
    expect(await errorOf(t.withIdentity(ANN).action(api.voice.startSession, { agent: '' }))).toMatchObject({
      code: 'invalid_argument',
    });
    const unconfigured = newBackend({ url: '' });
    expect(await errorOf(unconfigured.withIdentity(ANN).action(api.voice.startSession, {}))).toMatchObject({
      code: 'not_configured',
    });
    expect(sent).toEqual([]);
    expect(await unconfigured.withIdentity(ANN).query(api.history.list, {})).toEqual([]);
  });
});
