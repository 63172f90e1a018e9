import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../convex/_generated/api.js';
import { MAX_POLLS, MAX_START_ATTEMPTS } from '../../convex/researchRunner.ts';
import { ANN, BOB, errorOf, newBackend, SECRET, stubVoiceServer } from './backend.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

const card = {
  id: 'b-1',
  name: 'Trail boot',
  brand: 'Acme',
  price: 120,
  currency: 'USD',
  image: '/images/b-1.jpg',
  url: 'https://shop.test/b-1',
};

describe('research through the scheduler', () => {
  it('starts the job on the voice server, polls until done, and stores the result', async () => {
    const t = newBackend();
    let polls = 0;
    const sent = stubVoiceServer((req) => {
      if (req.method === 'POST') return { status: 202, body: { researchId: 'rs_42' } };
      polls++;
      return polls < 3
        ? { status: 200, body: { researchId: 'rs_42', status: 'pending', items: [] } }
        : {
            status: 200,
            body: {
              researchId: 'rs_42',
              status: 'done',
              summary: 'One boot fits.',
              items: [card, { bad: 1 }],
            },
          };
    });
    const ann = t.withIdentity(ANN);
    const requestId = await ann.mutation(api.research.request, {
      query: 'boots for wet trails',
      language: 'es',
    });
    expect((await ann.query(api.research.get, { requestId })).request.status).toBe('pending');
    await t.finishAllScheduledFunctions(vi.runAllTimers);

    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/api/s2s/research',
      headers: { 'x-s2s-secret': SECRET, 'x-s2s-user-subject': ANN.subject },
      body: { query: 'boots for wet trails', language: 'es' },
    });
    expect(sent.slice(1).map((r) => `${r.method} ${r.path}`)).toEqual(
      Array(3).fill('GET /api/s2s/research/rs_42?language=es'),
    );
    const view = await ann.query(api.research.get, { requestId });
    expect(view.request).toMatchObject({ status: 'done', serverResearchId: 'rs_42' });
    expect(view.result).toMatchObject({
      summary: 'One boot fits.',
      items: [{ productId: 'b-1', name: 'Trail boot', image: 'https://voice.example.test/images/b-1.jpg' }],
    });
    expect(await errorOf(t.withIdentity(BOB).query(api.research.get, { requestId }))).toMatchObject({
      code: 'not_found',
    });
    expect(await t.withIdentity(BOB).query(api.research.list, {})).toEqual([]);
  });

  it('retries a down server with backoff, then gives up and records why', async () => {
    const t = newBackend();
    const sent = stubVoiceServer(() => ({ status: 503, body: { detail: 'restarting' } }));
    const ann = t.withIdentity(ANN);
    const requestId = await ann.mutation(api.research.request, { query: 'rain jacket' });
    await t.finishAllScheduledFunctions(vi.runAllTimers);
    expect(sent).toHaveLength(MAX_START_ATTEMPTS);
    expect((await ann.query(api.research.get, { requestId })).request).toMatchObject({
      status: 'failed',
      attempts: MAX_START_ATTEMPTS,
      error: 'the voice server answered 503: restarting',
    });
  });

  it('recovers when the server comes back, and does not retry a refusal', async () => {
    const t = newBackend();
    let calls = 0;
    stubVoiceServer((req) => {
      calls++;
      if (req.method === 'POST')
        return calls === 1 ? { status: 502, body: {} } : { status: 202, body: { researchId: 'rs_1' } };
      return { status: 200, body: { status: 'failed', error: 'no products matched', items: [] } };
    });
    const ann = t.withIdentity(ANN);
    const flaky = await ann.mutation(api.research.request, { query: 'gloves' });
    await t.finishAllScheduledFunctions(vi.runAllTimers);
    expect((await ann.query(api.research.get, { requestId: flaky })).request).toMatchObject({
      status: 'failed',
      attempts: 2,
      error: 'no products matched',
    });

    const refused = stubVoiceServer(() => ({ status: 404, body: { detail: 'no such user' } }));
    const other = await ann.mutation(api.research.request, { query: 'scarf' });
    await t.finishAllScheduledFunctions(vi.runAllTimers);
    expect(refused).toHaveLength(1);
    expect((await ann.query(api.research.get, { requestId: other })).request).toMatchObject({
      status: 'failed',
      error: 'the voice server answered 404: no such user',
    });
  });

  it('stops polling a job that never finishes', async () => {
    const t = newBackend();
    const sent = stubVoiceServer((req) =>
      req.method === 'POST'
        ? { status: 202, body: { researchId: 'rs_slow' } }
        : { status: 200, body: { status: 'pending', items: [] } },
    );
    const ann = t.withIdentity(ANN);
    const requestId = await ann.mutation(api.research.request, { query: 'tent' });
    await t.finishAllScheduledFunctions(vi.runAllTimers, 200);
    expect(sent.filter((r) => r.method === 'GET')).toHaveLength(MAX_POLLS);
    expect((await ann.query(api.research.get, { requestId })).request).toMatchObject({
      status: 'failed',
      error: 'the research did not finish in time',
    });
  });

  it('validates the request and needs an identity; another user cannot attach it to their session', async () => {
    const t = newBackend();
    stubVoiceServer(() => ({ status: 200, body: { wsUrl: 'wss://x/ws', token: 't' } }));
    const { sessionId } = await t.withIdentity(ANN).action(api.voice.startSession, {});
    expect(await errorOf(t.mutation(api.research.request, { query: 'boots' }))).toMatchObject({
      code: 'unauthenticated',
    });
    expect(await errorOf(t.withIdentity(ANN).mutation(api.research.request, { query: ' ' }))).toMatchObject({
      code: 'invalid_argument',
    });
    expect(
      await errorOf(t.withIdentity(ANN).mutation(api.research.request, { query: 'x'.repeat(501) })),
    ).toMatchObject({ code: 'invalid_argument' });
    expect(
      await errorOf(t.withIdentity(BOB).mutation(api.research.request, { query: 'boots', sessionId })),
    ).toMatchObject({ code: 'not_found', message: 'no such voice session' });
    expect(await t.withIdentity(BOB).query(api.research.list, {})).toEqual([]);
  });
});
