import { afterEach, describe, expect, it } from 'vitest';
import { FakeHttpServer } from '../http-test-server.ts';
import { loadTtsConfig } from './config.ts';
import { httpTtsContract } from './http-tts-contract.ts';
import { pollyOptions as options, pollyWire as wire } from './http-tts-wires.ts';
import { PollyTtsService } from './polly.ts';
import { createTtsService } from './registry.ts';

describe('Amazon Polly (SDK, endpoint overridden): shared HTTP contract', () => {
  httpTtsContract({
    wire,
    nativeRate: 16_000,
    http2: true,
    create: (url, clock, o) => new PollyTtsService(options(url, o), { clock }),
  });
});

describe('Polly specifics', () => {
  let server: FakeHttpServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('is chosen by TTS_PROVIDER=polly; asks 8 kHz for phone calls, the Spanish voice, SSML for speed', async () => {
    server = await FakeHttpServer.start({ http2: true });
    server.script((r) => {
      wire.head(r, 8_000);
      r.res.end(Buffer.alloc(160));
    });
    const tts = await createTtsService(
      loadTtsConfig({
        TTS_PROVIDER: 'polly',
        POLLY_ENDPOINT: server.url,
        POLLY_REGION: 'eu-west-1',
        POLLY_ACCESS_KEY_ID: 'AKIDTEST',
        POLLY_SECRET_ACCESS_KEY: 'secret',
        POLLY_ENGINE: 'standard',
        TTS_SPEED: '1.2',
      }),
    );
    expect(tts.provider).toBe('polly');
    let n = 0;
    for await (const c of tts.synthesize('¿Tallas <M> & L?', { sampleRate: 8_000, language: 'es' }))
      n += c.length;
    expect(n).toBe(80);
    expect(server.requests[0]?.json).toEqual({
      Engine: 'standard',
      OutputFormat: 'pcm',
      SampleRate: '8000',
      Text: '<speak><prosody rate="120%">¿Tallas &lt;M&gt; &amp; L?</prosody></speak>',
      TextType: 'ssml',
      VoiceId: 'Lucia',
    });
    expect(String(server.requests[0]?.headers.authorization)).toMatch(/\/eu-west-1\/polly\/aws4_request/);
    await tts.close();
  });

  it('refuses half a key pair at start', async () => {
    await expect(
      createTtsService(loadTtsConfig({ TTS_PROVIDER: 'polly', POLLY_ACCESS_KEY_ID: 'AKIDTEST' })),
    ).rejects.toMatchObject({ kind: 'config', message: expect.stringMatching(/POLLY_SECRET_ACCESS_KEY/) });
  });
});
