import { describe, expect, it } from 'vitest';
import { FakeProviderServer } from '../ws-test-server.ts';
import { loadTtsConfig } from './config.ts';
import { ElevenLabsTtsService } from './elevenlabs.ts';
import { createTtsService } from './registry.ts';
import { type TtsHarness, ttsContract } from './tts-contract.ts';

const KEY = 'xi-test-key';

/** ElevenLabs stream-input: `{audio:<base64>, isFinal, normalizedAlignment, alignment}`, then `{isFinal:true}`. */
const harness: TtsHarness = {
  create: (url, clock, opts) =>
    new ElevenLabsTtsService(
      {
        apiKey: KEY,
        baseUrl: url,
        voices: { en: 'voiceEn', es: 'voiceEs' },
        maxRetries: opts?.maxRetries ?? 0,
        retryIntervalMs: 1,
      },
      { clock },
    ),
  warm: async (server) => {
    // One socket per sentence: the next one is opened while the current one speaks.
    await server.connection(server.messages.filter((m) => m.msg.kind === 'json').length > 0 ? 1 : 0);
  },
  wire: {
    authorized: (c) => c.headers['xi-api-key'] === KEY,
    isRequest: (m) => m.kind === 'json' && typeof m.json.text === 'string' && m.json.text.trim() !== '',
    describe: (conn, m) => ({
      conn,
      text: m.kind === 'json' ? String(m.json.text) : '',
      ctx: undefined,
      rate: Number(conn.url.searchParams.get('output_format')?.replace('pcm_', '')),
    }),
    audio: (r, bytes) =>
      r.conn.send({
        audio: bytes.toString('base64'),
        isFinal: false,
        normalizedAlignment: null,
        alignment: null,
      }),
    done: (r) => r.conn.send({ audio: null, isFinal: true }),
    rateLimited: (r) => {
      r.conn.send({ message: 'Too many concurrent requests', error: 'rate_limit_exceeded', code: 1008 });
      r.conn.close(1008, 'rate_limit_exceeded');
    },
    cancelled: (r) => r.conn.closed,
  },
};

describe('ElevenLabs streaming TTS: shared contract', () => {
  ttsContract(harness);
});

describe('ElevenLabs specifics', () => {
  it('opens stream-input for the voice and model, sends open / flushed sentence / end of input', async () => {
    const server = await FakeProviderServer.start();
    const tts = new ElevenLabsTtsService({
      apiKey: KEY,
      baseUrl: server.url,
      model: 'eleven_flash_v2_5',
      voices: { en: 'flite:slt', es: 'esVoice' },
      speed: 1.1,
    });
    try {
      const it = tts.synthesize('Hola.', { sampleRate: 16_000, language: 'es' })[Symbol.asyncIterator]();
      const next = it.next();
      const conn = await server.connection(0);
      expect(conn.url.pathname).toBe('/v1/text-to-speech/esVoice/stream-input');
      expect(conn.url.searchParams.get('model_id')).toBe('eleven_flash_v2_5');
      expect(conn.url.searchParams.get('output_format')).toBe('pcm_16000');
      const end = await conn.nextJson((j) => j.text === '');
      expect(end).toEqual({ text: '' });
      const sent = conn.received.map((m) => (m.kind === 'json' ? m.json : null));
      expect(sent).toEqual([
        { text: ' ', voice_settings: { speed: 1.1 } },
        { text: 'Hola. ', flush: true },
        { text: '' },
      ]);
      conn.send({ isFinal: true });
      expect((await next).done).toBe(true);
      // An offline voice name falls back to the default premade voice.
      const en = tts.synthesize('Hi.', { sampleRate: 24_000, language: 'en' })[Symbol.asyncIterator]();
      const enNext = en.next();
      const { conn: c2 } = await server.nthMessage(0, (m) => m.kind === 'json' && m.json.text === 'Hi. ');
      expect(c2.url.pathname).toBe('/v1/text-to-speech/21m00Tcm4TlvDq8fHBxA/stream-input');
      c2.send({ isFinal: true });
      await enNext;
    } finally {
      await tts.close();
      await server.stop();
    }
  });

  it('is chosen by TTS_PROVIDER=elevenlabs alone; a missing key is a config error', async () => {
    const server = await FakeProviderServer.start();
    try {
      const env = {
        TTS_PROVIDER: 'elevenlabs',
        TTS_VOICE_EN: 'pNInz6obpgDQGcFmaJgB',
        TTS_BASE_URL: server.url,
      };
      await expect(createTtsService(loadTtsConfig(env))).rejects.toMatchObject({
        kind: 'config',
        message: expect.stringMatching(/ELEVENLABS_API_KEY/),
      });
      const full = { ...env, ELEVENLABS_API_KEY: KEY, TTS_MODEL: 'eleven_turbo_v2_5' };
      const tts = await createTtsService(loadTtsConfig(full));
      expect(tts).toBeInstanceOf(ElevenLabsTtsService);
      expect(tts.model).toBe('eleven_turbo_v2_5');
      // warmup opened the first socket already, for the configured English voice.
      const conn = await server.connection(0);
      expect(conn.url.pathname).toBe('/v1/text-to-speech/pNInz6obpgDQGcFmaJgB/stream-input');
      await tts.close();
    } finally {
      await server.stop();
    }
  });

  it('a refused key fails at startup, not at the first sentence', async () => {
    const server = await FakeProviderServer.start();
    try {
      server.refusals.push({ status: 401, body: '{"detail":{"status":"invalid_api_key"}}' });
      const env = { TTS_PROVIDER: 'elevenlabs', ELEVENLABS_API_KEY: 'bad', TTS_BASE_URL: server.url };
      await expect(createTtsService(loadTtsConfig(env))).rejects.toMatchObject({ kind: 'auth' });
    } finally {
      await server.stop();
    }
  });
});
