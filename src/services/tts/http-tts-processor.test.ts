/**
 * TtsProcessor over each self-hosted or cloud HTTP TTS provider's stand-in on loopback: a
 * barge-in drops the request mid-sentence, no stale audio plays, and the next reply is spoken.
 */
import { describe, expect, it } from 'vitest';
import { createFrame, type Frame, SystemClock } from '../../pipeline/index.ts';
import { runProcessorTest, watchDownstream } from '../../pipeline/testing.ts';
import { FakeHttpServer } from '../http-test-server.ts';
import { ChatterboxTtsService } from './chatterbox.ts';
import type { HttpTtsWire } from './http-tts-contract.ts';
import { chatterboxWire, piperWire, pollyOptions, pollyWire } from './http-tts-wires.ts';
import { PiperTtsService } from './piper.ts';
import { PollyTtsService } from './polly.ts';
import { TtsProcessor } from './tts-processor.ts';
import type { TtsService } from './types.ts';

const clock = new SystemClock();
const opts = { timeoutMs: 10_000, maxRetries: 0 };

/** `rate`: an output rate the provider is answered in without resampling, so sample counts are exact. */
const providers: {
  name: string;
  wire: HttpTtsWire;
  rate: number;
  http2?: boolean;
  create(url: string): TtsService;
}[] = [
  {
    name: 'piper',
    wire: piperWire,
    rate: 22_050,
    create: (url) => new PiperTtsService({ url, voices: {}, speed: 1, ...opts }),
  },
  {
    name: 'chatterbox',
    wire: chatterboxWire,
    rate: 24_000,
    create: (url) => new ChatterboxTtsService({ url, voiceMode: 'predefined', speed: 1, ...opts }, { clock }),
  },
  {
    name: 'polly',
    wire: pollyWire,
    rate: 16_000,
    http2: true,
    create: (url) => new PollyTtsService(pollyOptions(url, opts), { clock }),
  },
];

describe.each(providers)('$name through TtsProcessor', (p) => {
  it('an interruption drops the response mid-sentence; no stale audio plays; the next reply is spoken', async () => {
    const server = await FakeHttpServer.start({ http2: p.http2 ?? false });
    server.script(
      (r) => {
        p.wire.head(r, p.rate);
        r.res.write(Buffer.alloc(4800, 1)); // 2400 samples, then the sentence hangs mid-way
      },
      (r) => {
        p.wire.head(r, p.rate);
        r.res.end(Buffer.alloc(2400, 1));
      },
    );
    const tts = p.create(server.url);
    const watch = watchDownstream();
    const samples = (frames: readonly Frame[]) =>
      frames
        .filter((f): f is Frame<'output-audio'> => f.type === 'output-audio')
        .reduce((n, f) => n + f.audio.length, 0);
    try {
      const { down } = await runProcessorTest(
        new TtsProcessor({ tts }),
        [
          createFrame('llm-response-start', {}, clock),
          createFrame('llm-text', { text: 'Here are our hoodies. And a second sentence' }, clock),
          { run: () => watch.until((seen) => samples(seen) >= 2400) },
          createFrame('interruption', {}, clock),
          { run: async () => (await server.request(0)).closed },
          createFrame('llm-response-start', {}, clock),
          createFrame('llm-text', { text: 'Sure.' }, clock),
          createFrame('llm-response-end', {}, clock),
          { run: () => watch.until((seen) => samples(seen) >= 3600) },
        ],
        { clock, params: { audioOutSampleRate: p.rate }, observers: [watch.observer] },
      );
      const cut = down.findIndex((f) => f.type === 'interruption');
      expect(samples(down.slice(0, cut))).toBe(2400);
      expect(samples(down.slice(cut))).toBe(1200);
      // The unfinished second sentence of the interrupted reply is never requested.
      expect(server.requests.map((r) => p.wire.text(r))).toEqual(['Here are our hoodies.', 'Sure.']);
      // The stand-in's audio was the rate the provider speaks (or asked for) here: nothing was resampled.
      expect(server.requests.map((r) => p.wire.answerRate(r))).toEqual([p.rate, p.rate]);
    } finally {
      await tts.close();
      await server.stop();
    }
  });
});
