import { afterEach, describe, expect, it } from 'vitest';
import { FakeHttpServer } from '../http-test-server.ts';
import { loadTtsConfig } from './config.ts';
import { httpTtsContract, streamingWavHeader } from './http-tts-contract.ts';
import { piperWire as wire } from './http-tts-wires.ts';
import { PiperTtsService } from './piper.ts';
import { createTtsService } from './registry.ts';

describe('Piper HTTP TTS: shared HTTP contract', () => {
  httpTtsContract({
    wire,
    nativeRate: 22_050,
    create: (url, clock, o) =>
      new PiperTtsService(
        { url, voices: {}, speed: 1, timeoutMs: o.timeoutMs, maxRetries: o.maxRetries },
        { clock },
      ),
  });
});

describe('Piper specifics', () => {
  let server: FakeHttpServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('is chosen by TTS_PROVIDER=piper; sends the voice by language, the speaker and speed as length_scale', async () => {
    server = await FakeHttpServer.start();
    server.script((r) => {
      wire.head(r, 16_000);
      r.res.end(Buffer.alloc(320));
    });
    const tts = await createTtsService(
      loadTtsConfig({
        TTS_PROVIDER: 'piper',
        PIPER_URL: server.url,
        PIPER_VOICE_EN: 'en_US-lessac-medium',
        PIPER_VOICE_ES: 'es_MX-claude-high',
        PIPER_SPEAKER: 'p226',
        TTS_SPEED: '1.25',
      }),
    );
    expect(tts.provider).toBe('piper');
    for await (const _ of tts.synthesize('Hola.', { sampleRate: 16_000, language: 'es-MX' }));
    for await (const _ of tts.synthesize('Hi.', { sampleRate: 16_000, language: 'en', voice: 'flite:slt' }));
    for await (const _ of tts.synthesize('Hi.', { sampleRate: 16_000, voice: 'en_GB-alba-medium' }));
    expect(server.requests.map((r) => r.json)).toEqual([
      { text: 'Hola.', voice: 'es_MX-claude-high', speaker: 'p226', length_scale: 0.8 },
      { text: 'Hi.', voice: 'en_US-lessac-medium', speaker: 'p226', length_scale: 0.8 },
      { text: 'Hi.', voice: 'en_GB-alba-medium', speaker: 'p226', length_scale: 0.8 },
    ]);
    await tts.close();
  });

  it('mixes a stereo WAV down to mono', async () => {
    server = await FakeHttpServer.start();
    server.script((r) => {
      r.res.writeHead(200, { 'content-type': 'audio/wav' });
      r.res.write(streamingWavHeader(16_000, 2));
      r.res.end(Buffer.from(Int16Array.from([100, 300, -200, -400]).buffer));
    });
    const tts = new PiperTtsService({
      url: server.url,
      voices: {},
      speed: 1,
      timeoutMs: 2_000,
      maxRetries: 0,
    });
    const out: number[] = [];
    for await (const c of tts.synthesize('Hi.', { sampleRate: 16_000 })) out.push(...c);
    expect(out).toEqual([200, -300]);
  });

  it('fails with an actionable network error when no server listens', async () => {
    server = await FakeHttpServer.start();
    const url = server.url;
    await server.stop();
    server = undefined;
    const tts = new PiperTtsService({ url, voices: {}, speed: 1, timeoutMs: 2_000, maxRetries: 0 });
    const err = await (async () => {
      for await (const _ of tts.synthesize('Hi.', { sampleRate: 16_000 }));
    })().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'network', message: expect.stringMatching(/could not reach piper/) });
  });
});
