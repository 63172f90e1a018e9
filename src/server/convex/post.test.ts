import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../pipeline/clock.ts';
import { deliveryOf, MAX_TURN_CHARS, turnKey } from './deliveries.ts';
import { postToConvex } from './post.ts';

/** A fetch that answers every request with `status` and `body`, recording what was sent. */
function answering(status: number, body?: unknown) {
  const sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

const poster = (fetch: typeof globalThis.fetch) => ({
  url: 'http://convex.test',
  secret: 's3cret',
  clock: new FakeClock(),
  timeoutMs: 1_000,
  fetch,
  signal: new AbortController().signal,
});

describe('one POST to the Convex module', () => {
  it('sends the shared secret and the JSON body to the path', async () => {
    const { fetch, sent } = answering(200, { ok: true });
    const out = await postToConvex(poster(fetch), '/voice/turn', { a: 1 });
    expect(out).toEqual({ ok: true, body: { ok: true } });
    expect(sent[0]?.url).toBe('http://convex.test/voice/turn');
    expect(Object.values(sent[0]?.headers ?? {})).toContain('s3cret');
    expect(sent[0]?.body).toEqual({ a: 1 });
  });

  it.each([401, 403])(
    'keeps a turn owed when Convex refuses the secret (%i): a fixed secret delivers it later',
    async (status) => {
      const { fetch } = answering(status, { message: 'bad secret' });
      const out = await postToConvex(poster(fetch), '/voice/turn', {});
      expect(out).toEqual({ ok: false, retry: true, gone: false, error: `HTTP ${status}: bad secret` });
    },
  );

  it('gives up on a body Convex refuses for good (413: too large), retries 5xx and 429', async () => {
    expect(await postToConvex(poster(answering(413).fetch), '/voice/turn', {})).toMatchObject({
      ok: false,
      retry: false,
      gone: false,
    });
    for (const status of [500, 503, 429])
      expect(await postToConvex(poster(answering(status).fetch), '/voice/turn', {})).toMatchObject({
        retry: true,
      });
  });

  it('tells the module\'s "no such session" apart from a wrong URL', async () => {
    expect(
      await postToConvex(poster(answering(404, { code: 'not_found' }).fetch), '/voice/turn', {}),
    ).toMatchObject({ retry: false, gone: true });
    expect(await postToConvex(poster(answering(404).fetch), '/voice/turn', {})).toMatchObject({
      retry: true,
      gone: false,
    });
  });

  it('a network failure is retried, with its cause as the error', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    }) as unknown as typeof globalThis.fetch;
    expect(await postToConvex(poster(fetch), '/voice/turn', {})).toEqual({
      ok: false,
      retry: true,
      gone: false,
      error: 'connect ECONNREFUSED 127.0.0.1:9',
    });
  });
});

describe('a recorded turn for Convex', () => {
  it('is cut to what a Convex document holds, keeping its start and its idempotency key', () => {
    const text = `${'a very long transcript '.repeat(10_000)}end`;
    expect(text.length).toBeGreaterThan(MAX_TURN_CHARS);
    const delivery = deliveryOf(
      {
        sessionId: 'sess-1',
        seq: 7,
        type: 'user_transcript',
        payload: { text },
        createdAt: '2026-12-07T04:00:00.000Z',
      },
      'convex-session',
    );
    expect(delivery.kind).toBe('post');
    if (delivery.kind !== 'post') return;
    const sentText = delivery.body.text as string;
    expect(sentText).toHaveLength(MAX_TURN_CHARS);
    expect(text.startsWith(sentText)).toBe(true);
    expect(delivery.body.key).toBe(turnKey('sess-1', 7));
    // A Convex document holds 1 MiB: the whole body stays well under it.
    expect(Buffer.byteLength(JSON.stringify(delivery.body))).toBeLessThan(1024 * 1024);
  });
});
