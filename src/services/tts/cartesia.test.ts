import { describe, expect, it } from 'vitest';
import { FakeProviderServer } from '../ws-test-server.ts';
import { CartesiaTtsService } from './cartesia.ts';
import { loadTtsConfig } from './config.ts';
import { createTtsService } from './registry.ts';
import { type TtsHarness, ttsContract } from './tts-contract.ts';

const KEY = 'sk_car_test';

/** Cartesia contexts on one socket: `chunk` (base64 pcm_s16le), `done`, `error` with status_code. */
const harness: TtsHarness = {
  create: (url, clock, opts) =>
    new CartesiaTtsService(
      {
        apiKey: KEY,
        baseUrl: url,
        voices: { en: 'voice-en', es: 'voice-es' },
        maxRetries: opts?.maxRetries ?? 0,
        retryIntervalMs: 1,
      },
      { clock },
    ),
  warm: async () => {},
  wire: {
    authorized: (c) => c.headers['x-api-key'] === KEY && c.headers['cartesia-version'] === '2024-11-13',
    isRequest: (m) => m.kind === 'json' && typeof m.json.transcript === 'string',
    describe: (conn, m) => {
      const json = (m as { json: Record<string, unknown> }).json;
      return {
        conn,
        text: String(json.transcript),
        ctx: String(json.context_id),
        rate: Number((json.output_format as { sample_rate: number }).sample_rate),
      };
    },
    audio: (r, bytes) =>
      r.conn.send({
        type: 'chunk',
        data: bytes.toString('base64'),
        done: false,
        status_code: 206,
        step_time: 12,
        context_id: r.ctx,
      }),
    done: (r) => r.conn.send({ type: 'done', done: true, status_code: 206, context_id: r.ctx }),
    rateLimited: (r) =>
      r.conn.send({
        type: 'error',
        done: true,
        error: 'Rate limit exceeded',
        status_code: 429,
        context_id: r.ctx,
      }),
    cancelled: (r) => r.conn.nextJson((j) => j.cancel === true && j.context_id === r.ctx),
  },
};

describe('Cartesia streaming TTS: shared contract', () => {
  ttsContract(harness);
});

describe('Cartesia specifics', () => {
  it('sends one context per sentence on one socket, raw pcm_s16le at the requested rate', async () => {
    const server = await FakeProviderServer.start();
    const tts = new CartesiaTtsService({
      apiKey: KEY,
      baseUrl: server.url,
      model: 'sonic-2',
      voices: { en: 'voice-en', es: 'voice-es' },
    });
    try {
      const a = tts
        .synthesize('Uno.', { sampleRate: 8000, language: 'es-MX' })
        [Symbol.asyncIterator]()
        .next();
      const b = tts.synthesize('Two.', { sampleRate: 8000, language: 'en' })[Symbol.asyncIterator]().next();
      const { msg: ma } = await server.nthMessage(
        0,
        (m) => m.kind === 'json' && m.json.transcript === 'Uno.',
      );
      const { msg: mb } = await server.nthMessage(
        0,
        (m) => m.kind === 'json' && m.json.transcript === 'Two.',
      );
      const ja = (ma as { json: Record<string, unknown> }).json;
      const jb = (mb as { json: Record<string, unknown> }).json;
      expect(ja).toMatchObject({
        model_id: 'sonic-2',
        voice: { mode: 'id', id: 'voice-es' },
        language: 'es',
        output_format: { container: 'raw', encoding: 'pcm_s16le', sample_rate: 8000 },
        continue: false,
      });
      expect(jb).toMatchObject({ voice: { id: 'voice-en' }, language: 'en' });
      expect(ja.context_id).not.toBe(jb.context_id);
      const conn = await server.connection(0);
      // Answers interleave; each context gets its own audio.
      conn.send({ type: 'chunk', data: Buffer.from([1, 0]).toString('base64'), context_id: jb.context_id });
      conn.send({ type: 'chunk', data: Buffer.from([2, 0]).toString('base64'), context_id: ja.context_id });
      expect((await a).value).toEqual(Int16Array.from([2]));
      expect((await b).value).toEqual(Int16Array.from([1]));
      expect(server.upgrades).toHaveLength(1);
    } finally {
      await tts.close();
      await server.stop();
    }
  });

  it('is chosen by TTS_PROVIDER=cartesia alone; warmup opens the socket and checks the key', async () => {
    const server = await FakeProviderServer.start();
    try {
      const env = {
        TTS_PROVIDER: 'cartesia',
        TTS_BASE_URL: server.url,
        TTS_VOICE_EN: 'a0e99841-438c-4a64-b679-ae501e7d6091',
      };
      await expect(createTtsService(loadTtsConfig(env))).rejects.toMatchObject({ kind: 'config' });
      server.refusals.push({ status: 401, body: '{"error":"Invalid API key"}' });
      const bad = { ...env, CARTESIA_API_KEY: 'bad' };
      await expect(createTtsService(loadTtsConfig(bad))).rejects.toMatchObject({
        kind: 'auth',
      });
      const good = { ...env, CARTESIA_API_KEY: KEY };
      const tts = await createTtsService(loadTtsConfig(good));
      expect(tts).toBeInstanceOf(CartesiaTtsService);
      expect(server.openConnections).toBe(1);
      await tts.close();
    } finally {
      await server.stop();
    }
  });
});
