import { afterEach, describe, expect, it } from 'vitest';
import { FakeHttpServer } from '../http-test-server.ts';
import { ChatterboxTtsService } from './chatterbox.ts';
import { loadTtsConfig } from './config.ts';
import { httpTtsContract } from './http-tts-contract.ts';
import { chatterboxWire as wire } from './http-tts-wires.ts';
import { createTtsService } from './registry.ts';

describe('Chatterbox native /tts: shared HTTP contract', () => {
  httpTtsContract({
    wire,
    nativeRate: 24_000,
    create: (url, clock, o) =>
      new ChatterboxTtsService(
        { url, voiceMode: 'predefined', speed: 1, timeoutMs: o.timeoutMs, maxRetries: o.maxRetries },
        { clock },
      ),
  });
});

describe('Chatterbox specifics', () => {
  let server: FakeHttpServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('is chosen by TTS_PROVIDER=chatterbox and sends voice, mode, language, speed and tuning', async () => {
    server = await FakeHttpServer.start();
    server.script((r) => {
      wire.head(r, 24_000);
      r.res.end(Buffer.alloc(480));
    });
    const tts = await createTtsService(
      loadTtsConfig({
        TTS_PROVIDER: 'chatterbox',
        CHATTERBOX_URL: `${server.url}/`,
        CHATTERBOX_VOICE: 'me.wav',
        CHATTERBOX_VOICE_MODE: 'clone',
        CHATTERBOX_EXAGGERATION: '0.7',
        CHATTERBOX_CFG_WEIGHT: '',
        TTS_SPEED: '1.1',
      }),
    );
    expect(tts.provider).toBe('chatterbox');
    let n = 0;
    for await (const c of tts.synthesize('¿Algo más?', { sampleRate: 24_000, language: 'es-ES' }))
      n += c.length;
    expect(n).toBe(240);
    expect(server.requests[0]?.json).toEqual({
      text: '¿Algo más?',
      voice_mode: 'clone',
      reference_audio_filename: 'me.wav',
      output_format: 'wav',
      split_text: false,
      speed_factor: 1.1,
      language: 'es',
      exaggeration: 0.7,
    });
    await tts.close();
  });

  it('refuses tuning values out of range at start', () => {
    expect(() => loadTtsConfig({ TTS_PROVIDER: 'chatterbox', CHATTERBOX_EXAGGERATION: '9' })).toThrow(
      /CHATTERBOX_EXAGGERATION/,
    );
  });
});
