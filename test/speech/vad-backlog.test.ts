/**
 * A VAD that falls behind real time must catch up, or requests are lost: its late speech-stop
 * reaches the STT after the next request has begun, which then goes into the previous
 * utterance, and the late speech-start finds the next request's onset already past.
 *
 * Deterministic: a fake model whose every call costs 48 ms of fake time (a loaded machine's
 * round trip to the VAD worker; a window is 32 ms of audio), fed three requests at real time in
 * 16 ms frames through VAD → STT → turn processor on one FakeClock. Asserted on the audio each
 * STT utterance received and on the ends of turn.
 */
import { describe, expect, it } from 'vitest';
import { concatInt16 } from '../../src/audio/pcm16.ts';
import { VadSilenceTurnStrategy } from '../../src/audio/turn/strategy.ts';
import { TurnProcessor } from '../../src/audio/turn/turn-processor.ts';
import { DEFAULT_VAD_PARAMS } from '../../src/audio/vad/config.ts';
import type { VoiceConfidenceModel } from '../../src/audio/vad/vad-analyzer.ts';
import { VadProcessor } from '../../src/audio/vad/vad-processor.ts';
import { type Clock, createFrame, FakeClock, Pipeline } from '../../src/pipeline/index.ts';
import { runProcessorTest, type TestStep } from '../../src/pipeline/testing.ts';
import { EventQueue } from '../../src/services/stt/event-queue.ts';
import { SttProcessor } from '../../src/services/stt/stt-processor.ts';
import type { SttEvent, SttService, SttStream, SttTranscript } from '../../src/services/stt/types.ts';

const RATE = 16_000;
const CHUNK = 256; // 16 ms, the web client's frame
const ROUND_TRIP_MS = 48;

/** Speech = loud noise (p 0.95), anything else p 0.02; each call costs ROUND_TRIP_MS of fake time. */
class SlowModel implements VoiceConfidenceModel {
  readonly sampleRate = RATE;
  readonly windowSamples = 512;
  calls = 0;
  /** Most windows one call was given. */
  largestCall = 0;
  readonly #clock: Clock;
  constructor(clock: Clock) {
    this.#clock = clock;
  }
  async predict(window: Float32Array): Promise<number> {
    const [p] = await this.#run([window]);
    return p!;
  }
  reset(): void {}
  protected async run(windows: readonly Float32Array[]): Promise<number[]> {
    return this.#run(windows);
  }
  async #run(windows: readonly Float32Array[]): Promise<number[]> {
    this.calls++;
    this.largestCall = Math.max(this.largestCall, windows.length);
    await this.#clock.sleep(ROUND_TRIP_MS);
    return windows.map((w) => (w.reduce((n, x) => n + Math.abs(x), 0) / w.length > 0.01 ? 0.95 : 0.02));
  }
}

/** The same model able to take a backlog in one call (as the Silero stream can). */
class SlowBatchingModel extends SlowModel {
  predictMany(windows: readonly Float32Array[]): Promise<number[]> {
    return this.run(windows);
  }
}

/** Records the audio of each utterance; the transcript names the requests it heard. */
class RecordingStt implements SttService {
  readonly provider = 'recording';
  readonly model = 'recording-1';
  readonly capabilities = { streaming: true, interimResults: false };
  readonly utterances: Int16Array[][] = [[]];
  readonly #name: (pcm: Int16Array) => string;
  constructor(name: (pcm: Int16Array) => string) {
    this.#name = name;
  }
  async openStream(): Promise<SttStream> {
    const events = new EventQueue<SttEvent>();
    const utterances = this.utterances;
    return {
      id: 'recording',
      push: (pcm: Int16Array) => utterances.at(-1)!.push(pcm.slice()),
      finalize: async (): Promise<SttTranscript> => {
        const text = this.#name(concatInt16(utterances.at(-1)!));
        utterances.push([]);
        return { text };
      },
      reset: () => {},
      close: async () => events.end(),
      [Symbol.asyncIterator]: () => events[Symbol.asyncIterator](),
    };
  }
  async close(): Promise<void> {}
}

/** Request k is noise whose samples are all ≡ k (mod 4), so any stretch of audio names its requests. */
function request(k: number, ms: number, seed: number): Int16Array {
  let s = seed;
  return Int16Array.from({ length: (ms / 1000) * RATE }, () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const v = (s % 12_000) - 6000;
    return v - (((v % 4) + 4) % 4) + k; // v ≡ k (mod 4); silence is exact zeros
  });
}

/** Voiced samples of each request, to tell a whole request from a clipped one. */
const voicedOf = new Map<number, number>();
const voiced = (x: number) => Math.abs(x) > 8;

function heardRequests(pcm: Int16Array): string {
  const seen = new Map<number, number>();
  for (const x of pcm) if (voiced(x)) seen.set(((x % 4) + 4) % 4, (seen.get(((x % 4) + 4) % 4) ?? 0) + 1);
  return [...seen.keys()]
    .sort()
    .map((k) => `request ${k}${seen.get(k) === voicedOf.get(k) ? '' : ' (clipped)'}`)
    .join(' + ');
}

const silence = (ms: number) => new Int16Array((ms / 1000) * RATE);

async function run(model: (clock: Clock) => SlowModel) {
  const clock = new FakeClock();
  const m = model(clock);
  // Three requests 1.2 s long, 0.8 s apart, then 1.5 s of quiet.
  const requests = [request(1, 1200, 7), request(2, 1200, 11), request(3, 1200, 13)];
  for (const [i, r] of requests.entries()) voicedOf.set(i + 1, r.filter(voiced).length);
  const stream = concatInt16([
    silence(500),
    requests[0]!,
    silence(800),
    requests[1]!,
    silence(800),
    requests[2]!,
    silence(1500),
  ]);
  const stt = new RecordingStt(heardRequests);
  const ends: string[] = [];
  const finals: string[] = [];
  const steps: TestStep[] = [];
  for (let i = 0; i < stream.length; i += CHUNK) {
    steps.push(
      createFrame('input-audio', { audio: stream.slice(i, i + CHUNK), sampleRate: RATE, channels: 1 }, clock),
      { sleepMs: (CHUNK / RATE) * 1000 },
    );
  }
  const vad = new VadProcessor({
    engine: { createStream: () => m },
    params: DEFAULT_VAD_PARAMS,
    emitUserStoppedSpeaking: false,
  });
  // Long enough for even the per-window model to work through its backlog.
  steps.push({ sleepMs: 8000 }, { run: () => vad.whenIdle() });
  const { down } = await runProcessorTest(
    new Pipeline([
      vad,
      new SttProcessor({ stt, onsetLeadMs: 400 }),
      new TurnProcessor({
        strategy: new VadSilenceTurnStrategy(),
        maxWaitMs: 0,
        onTurnEnd: (e) => ends.push(`${e.silenceMs}`),
      }),
    ]),
    steps,
    { clock },
  );
  for (const f of down) if (f.type === 'transcription' && f.final) finals.push(f.text);
  return { finals, ends, model: m };
}

describe('a VAD that falls behind real time', () => {
  it('catches up by analysing its backlog in one call: every request is its own turn, whole', async () => {
    const { finals, ends, model } = await run((clock) => new SlowBatchingModel(clock));
    expect(finals).toEqual(['request 1', 'request 2', 'request 3']);
    expect(ends).toHaveLength(3);
    // It did fall behind (calls took backlogs of several windows) and caught up.
    expect(model.largestCall).toBeGreaterThan(1);
  });

  it('(the bug it fixes) one call per window never catches up and merges requests', async () => {
    const { finals } = await run((clock) => new SlowModel(clock));
    // Two turns for three requests: the second split across both, the third merged in.
    expect(finals).toEqual(['request 1 + request 2 (clipped)', 'request 2 (clipped) + request 3']);
  });

  it('a backlog holding a whole utterance: the interruption its start requested still comes before its stop', async () => {
    const clock = new FakeClock();
    const model = new SlowBatchingModel(clock);
    const vad = new VadProcessor({ engine: { createStream: () => model }, params: DEFAULT_VAD_PARAMS });
    const pcm = concatInt16([silence(300), request(1, 800, 5), silence(800)]);
    const steps: TestStep[] = [];
    // All of it arrives while the model is busy: one call gets the utterance's start and stop.
    for (let i = 0; i < pcm.length; i += CHUNK)
      steps.push(
        createFrame('input-audio', { audio: pcm.slice(i, i + CHUNK), sampleRate: RATE, channels: 1 }, clock),
      );
    steps.push({ sleepMs: 500 }, { run: () => vad.whenIdle() }, { sleepMs: 100 });
    const { down } = await runProcessorTest(vad, steps, { clock, params: { allowInterruptions: true } });
    expect(model.largestCall).toBeGreaterThan(40);
    expect(down.filter((f) => f.type !== 'input-audio').map((f) => f.type)).toEqual([
      'vad-user-started-speaking',
      'user-started-speaking',
      'interruption',
      'vad-user-stopped-speaking',
      'user-stopped-speaking',
    ]);
  });
});
