import { afterAll, describe, expect, it } from 'vitest';
import { concatInt16, dbfs } from '../../audio/pcm16.ts';
import { type Clock, createFrame, FakeClock, type Frame, systemClock } from '../../pipeline/index.ts';
import { runProcessorTest, types } from '../../pipeline/testing.ts';
import { ServiceError } from '../service-base.ts';
import { OfflineTtsService } from './offline-tts.ts';
import { TtsProcessor } from './tts-processor.ts';
import type { SynthesizeOptions, TtsService } from './types.ts';

interface Call {
  text: string;
  sampleRate: number;
  voice: string | undefined;
  language: string | undefined;
  lead: boolean | undefined;
  aborted: boolean;
}

/**
 * Deterministic stand-in: two 20 ms chunks per sentence after `firstChunkDelayMs` of clock
 * time. "SLOW" sentences send one chunk then wait for the abort; "CRASH" fails like a dead worker.
 */
class FakeTts implements TtsService {
  readonly provider = 'fake';
  readonly model = 'fake-voice';
  readonly capabilities = { streaming: false } as const;
  readonly calls: Call[] = [];
  readonly #clock: Clock;
  readonly #firstChunkDelayMs: number;

  constructor(clock: Clock, firstChunkDelayMs = 0) {
    this.#clock = clock;
    this.#firstChunkDelayMs = firstChunkDelayMs;
  }

  async *synthesize(text: string, opts: SynthesizeOptions): AsyncGenerator<Int16Array> {
    const call: Call = {
      text,
      sampleRate: opts.sampleRate,
      voice: opts.voice,
      language: opts.language,
      lead: opts.lead,
      aborted: false,
    };
    this.calls.push(call);
    opts.signal?.addEventListener('abort', () => {
      call.aborted = true;
    });
    if (text.includes('CRASH')) {
      throw new ServiceError('TTS worker crashed while synthesizing', { kind: 'engine', provider: 'fake' });
    }
    if (this.#firstChunkDelayMs > 0) await this.#clock.sleep(this.#firstChunkDelayMs, opts.signal);
    const chunk = () => new Int16Array(opts.sampleRate / 50).fill(1000);
    yield chunk();
    if (text.includes('SLOW')) {
      await new Promise<void>((_resolve, reject) => {
        opts.signal?.addEventListener('abort', () => reject(opts.signal?.reason), { once: true });
      });
    }
    yield chunk();
  }

  async warmup(): Promise<void> {}
  async close(): Promise<void> {}
}

const clockFrame = new FakeClock();
const f = {
  start: () => createFrame('llm-response-start', {}, clockFrame),
  text: (text: string) => createFrame('llm-text', { text }, clockFrame),
  end: () => createFrame('llm-response-end', {}, clockFrame),
  speak: (text: string) => createFrame('tts-speak', { text }, clockFrame),
};

function spoken(frames: Frame[]): string[] {
  return frames.flatMap((fr) => (fr.type === 'tts-text' ? [fr.text] : []));
}

describe('TtsProcessor', () => {
  it('speaks a streamed reply sentence by sentence at the output rate', async () => {
    const clock = new FakeClock();
    const tts = new FakeTts(clock);
    const proc = new TtsProcessor({ tts, language: 'es' });
    const { down } = await runProcessorTest(
      proc,
      [
        f.start(),
        f.text('¡Hola! ¿Quieres'),
        f.text(' las rojas?'),
        f.text(' Cuestan 19'),
        f.text('.99.'),
        f.end(),
      ],
      { clock, params: { audioOutSampleRate: 8000 } },
    );
    expect(types(down)).toEqual([
      'llm-response-start',
      'tts-started',
      'tts-text',
      'output-audio',
      'output-audio',
      'tts-text',
      'output-audio',
      'output-audio',
      'tts-text',
      'output-audio',
      'output-audio',
      'tts-stopped',
      'llm-response-end',
    ]);
    expect(spoken(down)).toEqual(['¡Hola!', '¿Quieres las rojas?', 'Cuestan 19.99.']);
    for (const fr of down) if (fr.type === 'output-audio') expect(fr.sampleRate).toBe(8000);
    expect(tts.calls.map((c) => [c.sampleRate, c.language])).toEqual([
      [8000, 'es'],
      [8000, 'es'],
      [8000, 'es'],
    ]);
  });

  it('starts speaking the first sentence before the reply has finished', async () => {
    const clock = new FakeClock();
    const tts = new FakeTts(clock);
    const proc = new TtsProcessor({ tts });
    let audioBeforeSecondText = 0;
    await runProcessorTest(
      proc,
      [
        f.start(),
        f.text('Sure. I can'),
        {
          run: () => {
            audioBeforeSecondText = tts.calls.length;
          },
        },
        f.text(' help.'),
        f.end(),
      ],
      { clock },
    );
    expect(audioBeforeSecondText).toBe(1);
    expect(tts.calls.map((c) => c.text)).toEqual(['Sure.', 'I can help.']);
    // Only the first sentence is one the shopper waits for in silence.
    expect(tts.calls.map((c) => c.lead)).toEqual([true, false]);
  });

  it('reports TTS TTFB from the first text to the first audio', async () => {
    const clock = new FakeClock();
    const tts = new FakeTts(clock, 20);
    const proc = new TtsProcessor({ tts });
    const { down } = await runProcessorTest(
      proc,
      // "world." is certain once the next word starts: 100 ms after the first text.
      [f.start(), f.text('Hello'), { sleepMs: 100 }, f.text(' world. How'), { sleepMs: 50 }, f.end()],
      { clock, params: { enableMetrics: true } },
    );
    const data = down.flatMap((fr) => (fr.type === 'metrics' ? fr.data : []));
    // One measurement per synthesis call; the reply's TTFB rides on the call that produced its first audio.
    expect(data).toEqual([
      {
        kind: 'tts',
        processor: proc.name,
        model: tts.model,
        ttfbMs: 120,
        durationMs: 20,
        characters: 'Hello world.'.length,
      },
      // "How", flushed at the end: a call of its own, without a TTFB.
      { kind: 'tts', processor: proc.name, model: tts.model, durationMs: 20, characters: 3 },
    ]);
  });

  it('an interruption aborts synthesis, drops pending text and delivers no stale audio', async () => {
    const clock = new FakeClock();
    const tts = new FakeTts(clock);
    const proc = new TtsProcessor({ tts });
    const { down } = await runProcessorTest(
      proc,
      [
        f.start(),
        f.text('This is SLOW to say. And this '),
        f.text('is queued. Also this.'),
        createFrame('interruption', {}, clockFrame),
        f.start(),
        f.text('New answer.'),
        f.end(),
      ],
      { clock },
    );
    const cut = down.findIndex((fr) => fr.type === 'interruption');
    expect(cut).toBeGreaterThan(0);
    // Before: the first chunk of the slow sentence. After: only the new reply.
    expect(types(down.slice(0, cut))).toEqual([
      'llm-response-start',
      'tts-started',
      'tts-text',
      'output-audio',
    ]);
    expect(spoken(down.slice(cut))).toEqual(['New answer.']);
    expect(types(down.slice(cut)).filter((t) => t === 'output-audio')).toHaveLength(2);
    expect(tts.calls.map((c) => c.text)).toEqual(['This is SLOW to say.', 'New answer.']);
    expect(tts.calls[0]!.aborted).toBe(true);
  });

  it('a failed sentence becomes a non-fatal error upstream and the reply continues', async () => {
    const clock = new FakeClock();
    const tts = new FakeTts(clock);
    const proc = new TtsProcessor({ tts });
    const { down, up } = await runProcessorTest(
      proc,
      [f.start(), f.text('This will CRASH. But this is fine.'), f.end()],
      { clock },
    );
    const errors = up.filter((fr) => fr.type === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.type === 'error' && errors[0]!.fatal).toBe(false);
    expect(spoken(down)).toEqual(['But this is fine.']);
    expect(types(down).at(-2)).toBe('tts-stopped');
    // What could not be said is still shown (a text-only tts-speak the output's observer captions).
    expect(down.filter((fr) => fr.type === 'tts-speak')).toEqual([
      expect.objectContaining({ text: 'This will CRASH.', audioResponse: false }),
    ]);
  });

  it('speaks markdown-free text and captions it the same way', async () => {
    const clock = new FakeClock();
    const tts = new FakeTts(clock);
    const proc = new TtsProcessor({ tts });
    const { down } = await runProcessorTest(proc, [f.start(), f.text('**Red** shoes, order #12.'), f.end()], {
      clock,
    });
    expect(tts.calls.map((c) => c.text)).toEqual(['Red shoes, order number 12.']);
    expect(spoken(down)).toEqual(['Red shoes, order number 12.']);
  });

  it('tts-speak outside a reply is spoken with its own started/stopped pair', async () => {
    const clock = new FakeClock();
    const tts = new FakeTts(clock);
    const proc = new TtsProcessor({ tts, voice: 'flite:rms' });
    const { down } = await runProcessorTest(proc, [f.speak('Welcome back. What can I find for you?')], {
      clock,
    });
    expect(types(down)).toEqual([
      'tts-started',
      'tts-text',
      'output-audio',
      'output-audio',
      'tts-text',
      'output-audio',
      'output-audio',
      'tts-stopped',
    ]);
    expect(tts.calls.every((c) => c.voice === 'flite:rms')).toBe(true);
  });

  it('tts-speak with audioResponse:false is passed on to be shown, never synthesized', async () => {
    const clock = new FakeClock();
    const tts = new FakeTts(clock);
    const proc = new TtsProcessor({ tts, voice: 'flite:rms' });
    const quiet = createFrame(
      'tts-speak',
      { text: 'Let us get back to shopping.', audioResponse: false },
      clock,
    );
    const { down } = await runProcessorTest(proc, [quiet], { clock });
    expect(types(down)).toEqual(['tts-speak']);
    expect(tts.calls).toEqual([]);
  });

  it('forwards frames it does not handle, both ways', async () => {
    const clock = new FakeClock();
    const proc = new TtsProcessor({ tts: new FakeTts(clock) });
    const transcription = createFrame('transcription', { text: 'hi', userId: 'u', final: true }, clockFrame);
    const upText = createFrame('text', { text: 'up' }, clockFrame);
    const { down, up } = await runProcessorTest(
      proc,
      [transcription, { frame: upText, direction: 'upstream' }],
      {
        clock,
      },
    );
    expect(down).toEqual([transcription]);
    expect(up).toEqual([upText]);
  });
});

// Offline synthesis is CPU work: under two busy processes on two cores these took 9-13 s of the 20 s
// default (scripts/stress-suites.sh). Slow there is not wrong; the tests check audio, not time.
describe('TtsProcessor with the offline engines', { timeout: 120_000 }, () => {
  const tts = new OfflineTtsService({ workers: 1, voices: { en: 'slt', es: 'es' }, speed: 1 });
  afterAll(() => tts.close());

  it('produces non-silent 24 kHz output-audio frames for a streamed reply', async () => {
    await tts.warmup();
    const proc = new TtsProcessor({ tts });
    const { down } = await runProcessorTest(
      proc,
      [f.start(), f.text('Your cart has two items.'), f.text(' Shall I check out?'), f.end()],
      { clock: systemClock, params: { audioOutSampleRate: 24000 } },
    );
    const audio = down.flatMap((fr) => (fr.type === 'output-audio' ? [fr] : []));
    expect(audio.every((a) => a.sampleRate === 24000 && a.channels === 1)).toBe(true);
    const pcm = concatInt16(audio.map((a) => a.audio));
    expect(pcm.length / 24000).toBeGreaterThan(1.5);
    expect(pcm.length / 24000).toBeLessThan(6);
    expect(dbfs(pcm)).toBeGreaterThan(-35);
    expect(spoken(down)).toEqual(['Your cart has two items.', 'Shall I check out?']);
    expect(types(down).at(-2)).toBe('tts-stopped');
  });
  it('passes a text-only typed turn through unspoken, and speaks the next turn', async () => {
    const clock = new FakeClock();
    const tts = new FakeTts(clock);
    const run = (audioResponse: boolean) =>
      createFrame('llm-run', { text: 'show me hoodies', source: 'typed', audioResponse }, clock);
    const { down } = await runProcessorTest(
      new TtsProcessor({ tts }),
      [
        run(false),
        // A turn with a tool call: two responses, both text-only.
        f.start(),
        f.end(),
        f.start(),
        f.text('Here are three hoodies. '),
        f.speak('One moment.'),
        f.end(),
        run(true),
        f.start(),
        f.text('Sure.'),
        f.end(),
      ],
      { clock },
    );
    expect(tts.calls.map((c) => c.text)).toEqual(['Sure.']);
    const firstTurn = down.slice(
      0,
      down.findIndex((x, i) => i > 0 && x.type === 'llm-run'),
    );
    expect(types(firstTurn)).not.toContain('output-audio');
    expect(types(firstTurn)).not.toContain('tts-started');
    expect(firstTurn.filter((x) => x.type === 'llm-text')).toHaveLength(1);
    expect(types(down)).toContain('output-audio');
  });
});
