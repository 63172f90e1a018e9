import { describe, expect, it } from 'vitest';
import { createFrame, FakeClock, type Frame } from '../../pipeline/index.ts';
import { runProcessorTest } from '../../pipeline/testing.ts';
import { ServiceError } from '../service-base.ts';
import { EventQueue } from './event-queue.ts';
import { SttProcessor } from './stt-processor.ts';
import type { SttEvent, SttService, SttStream, SttStreamOptions, SttTranscript } from './types.ts';

/** A scripted streaming STT: text = "<n> samples", an interim after every push, finalize takes 30 ms. */
class FakeStt implements SttService {
  readonly provider = 'fake';
  readonly model = 'fake-1';
  readonly capabilities = { streaming: true, interimResults: true };
  readonly streams: FakeStream[] = [];
  readonly clock: FakeClock;
  failNext = false;
  /** Per finalize, in order: whether it loses the utterance (then failNext applies). */
  failPlan: boolean[] = [];
  /** Extra fields of every final result (alternatives, inDomain…). */
  finalExtras: Partial<SttTranscript> = {};
  constructor(clock: FakeClock) {
    this.clock = clock;
  }
  readonly opened: SttStreamOptions[] = [];
  async openStream(opts: SttStreamOptions = {}): Promise<SttStream> {
    this.opened.push(opts);
    const s = new FakeStream(this);
    this.streams.push(s);
    return s;
  }
  async close(): Promise<void> {}
}

class FakeStream implements SttStream {
  readonly id = 'fake';
  readonly pushed: Int16Array[] = [];
  readonly events = new EventQueue<SttEvent>();
  closed = false;
  #utt = 1;
  #samples = 0;
  readonly #stt: FakeStt;
  constructor(stt: FakeStt) {
    this.#stt = stt;
  }
  push(pcm: Int16Array): void {
    this.pushed.push(pcm);
    this.#samples += pcm.length;
    this.events.push({ type: 'interim', utteranceId: this.#utt, text: `${this.#samples} samples` });
  }
  async finalize(signal?: AbortSignal): Promise<SttTranscript> {
    const utt = this.#utt++;
    const text = `${this.#samples} samples`;
    this.#samples = 0;
    await this.#stt.clock.sleep(30, signal);
    const planned = this.#stt.failPlan.shift();
    if (planned ?? this.#stt.failNext) {
      if (planned === undefined) this.#stt.failNext = false;
      const error = new ServiceError('decoder crashed; utterance lost', { kind: 'engine', provider: 'fake' });
      this.events.push({ type: 'error', utteranceId: utt, error });
      throw error;
    }
    return { text, ...this.#stt.finalExtras };
  }
  flushes = 0;
  flush(): void {
    this.flushes++;
    this.events.push({
      type: 'interim',
      utteranceId: this.#utt,
      text: `${this.#samples} settled`,
      settled: true,
    });
  }
  reset(): void {}
  async close(): Promise<void> {
    this.closed = true;
    this.events.end();
  }
  [Symbol.asyncIterator]() {
    return this.events[Symbol.asyncIterator]();
  }
}

const clock = () => new FakeClock();

function audio(c: FakeClock, samples: number, sampleRate = 16_000): Frame {
  return createFrame('input-audio', { audio: new Int16Array(samples).fill(100), sampleRate, channels: 1 }, c);
}

describe('SttProcessor', () => {
  it('asks for a settled interim at the VAD stop while the user speaks (not when silent)', async () => {
    const c = clock();
    const stt = new FakeStt(c);
    const proc = new SttProcessor({ stt, userId: 'u1', prerollMs: 0 });
    const { down } = await runProcessorTest(
      proc,
      [
        createFrame('vad-user-stopped-speaking', { stopSecs: 0.2 }, c), // nothing said yet
        createFrame('user-started-speaking', {}, c),
        audio(c, 1600),
        createFrame('vad-user-stopped-speaking', { stopSecs: 0.2 }, c),
      ],
      { clock: c },
    );
    const stream = stt.streams[0] as FakeStream;
    expect(stream.flushes).toBe(1);
    const settled = down.filter(
      (f): f is Frame<'transcription'> => f.type === 'transcription' && !!f.settled,
    );
    expect(settled.map((t) => [t.text, t.final])).toEqual([['1600 settled', false]]);
  });

  it('streams speech (with pre-roll) and emits interim then final transcriptions and an STT TTFB metric', async () => {
    const c = clock();
    const stt = new FakeStt(c);
    const proc = new SttProcessor({ stt, userId: 'u1', prerollMs: 20 });
    const { down, up } = await runProcessorTest(
      proc,
      [
        audio(c, 160),
        audio(c, 160),
        audio(c, 160), // only the last 20 ms (320 samples) of silence are kept as pre-roll
        createFrame('user-started-speaking', {}, c),
        audio(c, 1600),
        createFrame('user-stopped-speaking', {}, c),
        { sleepMs: 50 },
        audio(c, 160), // after the turn: buffered as pre-roll, not sent
      ],
      { clock: c, params: { enableMetrics: true } },
    );
    expect(up).toEqual([]);
    const stream = stt.streams[0] as FakeStream;
    expect(stream.pushed.map((p) => p.length)).toEqual([320, 1600]); // pre-roll in one piece
    expect(down.filter((f) => f.type === 'input-audio')).toHaveLength(5); // forwarded untouched
    const transcripts = down.filter((f): f is Frame<'transcription'> => f.type === 'transcription');
    expect(transcripts.map((t) => [t.text, t.final])).toEqual([
      ['320 samples', false],
      ['1920 samples', false],
      ['1920 samples', true],
    ]);
    expect(transcripts[2]).toMatchObject({ userId: 'u1', language: 'en' });
    const stoppedIdx = down.findIndex((f) => f.type === 'user-stopped-speaking');
    expect(down.findIndex((f) => f.type === 'transcription' && f.final)).toBeGreaterThan(stoppedIdx);
    const metrics = down.filter((f): f is Frame<'metrics'> => f.type === 'metrics').flatMap((f) => f.data);
    expect(metrics).toEqual([{ kind: 'stt', processor: proc.name, model: 'fake-1', ttfbMs: 30 }]);
    expect(stream.closed).toBe(true);
  });

  it('carries the recognizer’s alternatives, confidence and domain flag on the final transcription', async () => {
    const c = clock();
    const stt = new FakeStt(c);
    stt.finalExtras = {
      confidence: 0.4,
      inDomain: true,
      alternatives: [
        { text: 'add the blue hoodie', source: 'nbest', posterior: 0.3, score: -900, inDomain: true },
        { text: 'at the blue hoodie', source: 'mixed-decoder', inDomain: false },
      ],
    };
    const { down } = await runProcessorTest(
      new SttProcessor({ stt }),
      [
        createFrame('user-started-speaking', {}, c),
        audio(c, 1600),
        createFrame('user-stopped-speaking', {}, c),
        { sleepMs: 50 },
      ],
      { clock: c },
    );
    const final = down.find((f): f is Frame<'transcription'> => f.type === 'transcription' && f.final);
    expect(final).toMatchObject({ text: '1600 samples', confidence: 0.4, inDomain: true });
    // The engine's raw path score stays behind: only what a consumer can compare across engines.
    expect(final?.alternatives).toEqual([
      { text: 'add the blue hoodie', source: 'nbest', posterior: 0.3, inDomain: true },
      { text: 'at the blue hoodie', source: 'mixed-decoder', inDomain: false },
    ]);
  });

  it('resamples 8 kHz input to 16 kHz for the STT', async () => {
    const c = clock();
    const stt = new FakeStt(c);
    await runProcessorTest(
      new SttProcessor({ stt, prerollMs: 0 }),
      [createFrame('user-started-speaking', {}, c), audio(c, 8000, 8000), audio(c, 8000, 8000)],
      { clock: c },
    );
    const total = (stt.streams[0] as FakeStream).pushed.reduce((n, p) => n + p.length, 0);
    expect(total).toBeGreaterThan(31_000);
    expect(total).toBeLessThanOrEqual(32_000);
  });

  it('opens a phone stream when the pipeline takes 8 kHz input (telephony), a wideband one otherwise', async () => {
    for (const [rate, source] of [
      [8000, 'phone'],
      [16000, 'wideband'],
    ] as const) {
      const c = clock();
      const stt = new FakeStt(c);
      await runProcessorTest(new SttProcessor({ stt }), [], {
        clock: c,
        params: { audioInSampleRate: rate },
      });
      expect(stt.opened.map((o) => o.audioSource)).toEqual([source]);
    }
  });

  it('reports a lost utterance upstream as a non-fatal error and recognizes the next turn', async () => {
    const c = clock();
    const stt = new FakeStt(c);
    stt.failNext = true;
    const turn = (n: number): Frame[] => [
      createFrame('user-started-speaking', {}, c),
      audio(c, n),
      createFrame('user-stopped-speaking', {}, c),
    ];
    const { down, up } = await runProcessorTest(
      new SttProcessor({ stt, interimResults: false }),
      [...turn(1000), { sleepMs: 40 }, ...turn(2000), { sleepMs: 40 }],
      { clock: c },
    );
    const errors = up.filter((f): f is Frame<'error'> => f.type === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ fatal: false });
    expect(errors[0]?.error.message).toMatch(/utterance lost/);
    const finals = down.filter((f): f is Frame<'transcription'> => f.type === 'transcription');
    expect(finals.map((f) => [f.text, f.final])).toEqual([['2000 samples', true]]);
  });

  it('tells the shopper once that speech was lost (type instead), and again only after speech worked', async () => {
    const c = clock();
    const stt = new FakeStt(c);
    // lost, lost (no second notice), heard, lost (told again)
    stt.failPlan = [true, true, false, true];
    const turn = (n: number) => [
      createFrame('user-started-speaking', {}, c),
      audio(c, n),
      createFrame('user-stopped-speaking', {}, c),
      { sleepMs: 40 },
    ];
    const { down } = await runProcessorTest(
      new SttProcessor({ stt, interimResults: false, lostUtteranceMessage: 'Please type instead.' }),
      [...turn(100), ...turn(200), ...turn(300), ...turn(400)],
      { clock: c },
    );
    const said = down.flatMap((f) =>
      f.type === 'tts-speak' ? [`speak:${f.text}`] : f.type === 'transcription' && f.final ? [f.text] : [],
    );
    expect(said).toEqual(['speak:Please type instead.', '300 samples', 'speak:Please type instead.']);
  });

  it('lets frames pass through when the STT cannot open', async () => {
    const c = clock();
    const broken: SttService = {
      provider: 'broken',
      model: 'none',
      capabilities: { streaming: true, interimResults: true },
      openStream: async () => {
        throw new ServiceError('install pocketsphinx', { kind: 'missing-dependency', provider: 'broken' });
      },
      close: async () => {},
    };
    const { down, up } = await runProcessorTest(
      new SttProcessor({ stt: broken }),
      [
        createFrame('user-started-speaking', {}, c),
        audio(c, 160),
        createFrame('user-stopped-speaking', {}, c),
      ],
      { clock: c },
    );
    expect(down.map((f) => f.type)).toEqual([
      'user-started-speaking',
      'input-audio',
      'user-stopped-speaking',
    ]);
    expect(up.some((f) => f.type === 'error' && /install pocketsphinx/.test(f.error.message))).toBe(true);

    // Told once, when speaking, that typing works instead.
    const told = await runProcessorTest(
      new SttProcessor({ stt: broken, lostUtteranceMessage: 'Please type instead.' }),
      [1, 2].flatMap(() => [
        createFrame('vad-user-started-speaking', { startSecs: 0.2 }, c),
        audio(c, 160),
        createFrame('vad-user-stopped-speaking', { stopSecs: 0.8 }, c),
      ]),
      { clock: c },
    );
    expect(told.down.filter((f) => f.type === 'tts-speak')).toEqual([
      expect.objectContaining({ text: 'Please type instead.' }),
    ]);
  });
});
