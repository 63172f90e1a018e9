import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFrame, FakeClock, type Frame, Pipeline } from '../../pipeline/index.ts';
import { runProcessorTest, type TestStep } from '../../pipeline/testing.ts';
import { concatInt16 } from '../pcm16.ts';
import { resampleInt16 } from '../resampler.ts';
import { brownNoise, haveSynthesizers, mix, silence, synthesize } from '../testing/speech-fixtures.ts';
import { TextAwareTurnStrategy } from '../turn/strategy.ts';
import { TurnProcessor } from '../turn/turn-processor.ts';
import { SileroVadEngine } from './silero-engine.ts';
import { VadProcessor } from './vad-processor.ts';

const synthOk = await haveSynthesizers();
const clock = new FakeClock();

function audioSteps(pcm: Int16Array, rate: number, chunk: number): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < pcm.length; i += chunk) {
    frames.push(
      createFrame('input-audio', { audio: pcm.slice(i, i + chunk), sampleRate: rate, channels: 1 }, clock),
    );
  }
  return frames;
}

describe.skipIf(!synthOk)('VadProcessor in a pipeline', () => {
  let engine: SileroVadEngine;
  let speech: Int16Array;

  beforeAll(async () => {
    engine = await SileroVadEngine.create();
    const u = await synthesize('Can you add the blue hoodie to my cart', { engine: 'flite', voice: 'slt' });
    const clean = concatInt16([silence(16000), u.pcm, silence(16000)]);
    speech = mix(clean, brownNoise(clean.length, -55, 9));
  });
  afterAll(async () => {
    await engine?.close();
  });

  it.each([
    [16000, 256],
    [48000, 960],
  ])('forwards %i Hz audio and pushes speaking frames plus an interruption request', async (rate, chunk) => {
    const pcm = rate === 16000 ? speech : resampleInt16(speech, 16000, rate);
    const vad = new VadProcessor({ engine });
    const frames = audioSteps(pcm, rate, chunk);
    const { down, up } = await runProcessorTest(vad, [...frames, { run: () => vad.whenIdle() }], {
      params: { allowInterruptions: true },
    });
    expect(down.filter((f) => f.type === 'input-audio')).toHaveLength(frames.length);
    expect(down.filter((f) => f.type === 'input-audio').map((f) => f.id)).toEqual(frames.map((f) => f.id));
    const events = down.filter((f) => f.type !== 'input-audio').map((f) => f.type);
    expect(events).toEqual([
      'vad-user-started-speaking',
      'user-started-speaking',
      'interruption', // the task turned our request into one pipeline-wide interruption
      'vad-user-stopped-speaking',
      'user-stopped-speaking',
    ]);
    expect(up.map((f) => f.type)).toEqual(['interruption-request']);
  });

  it("reports how long after the stop's audio arrived the stop was decided (the input path's lag)", async () => {
    // The audio arrives at real time (one 16 ms frame per 16 ms), but the pipeline only gets to it
    // 700 ms after the last frame arrived: the stop comes that much late, plus the silence after
    // it that arrived before it was analysed.
    const at = new FakeClock();
    const frames: Frame[] = [];
    for (let i = 0; i < speech.length; i += 256) {
      frames.push(
        createFrame('input-audio', { audio: speech.slice(i, i + 256), sampleRate: 16000, channels: 1 }, at),
      );
      await at.advance(16);
    }
    await at.advance(700);
    const vad = new VadProcessor({ engine });
    const { down } = await runProcessorTest(vad, [...frames, { run: () => vad.whenIdle() }], { clock: at });
    const stop = down.find((f) => f.type === 'vad-user-stopped-speaking');
    if (stop?.type !== 'vad-user-stopped-speaking') throw new Error('no stop');
    const streamMs = (speech.length / 16000) * 1000;
    // The speech ends 1 s before the stream does; the stop is decided a stop window (and at most
    // one 256-sample window of slack) after it.
    const trailingMs = 1000 - stop.stopSecs * 1000;
    expect(stop.lagMs).toBeGreaterThanOrEqual(700 + trailingMs - 120);
    expect(stop.lagMs).toBeLessThanOrEqual(700 + trailingMs + 120);
    expect(streamMs).toBeGreaterThan(2000);
  });

  it('in manual turn mode (push-to-talk) forwards audio but judges none of it', async () => {
    const vad = new VadProcessor({ engine });
    const frames = audioSteps(speech, 16000, 512);
    const { down, up } = await runProcessorTest(
      vad,
      [createFrame('user-turn-mode', { mode: 'manual' }, clock), ...frames, { run: () => vad.whenIdle() }],
      { params: { allowInterruptions: true } },
    );
    expect(vad.manual).toBe(true);
    expect(down.filter((f) => f.type === 'input-audio')).toHaveLength(frames.length);
    expect(down.filter((f) => f.type.includes('speaking'))).toEqual([]);
    expect(up).toEqual([]);
  });

  it('does not request interruptions when the session disallows them', async () => {
    const vad = new VadProcessor({ engine });
    const { down, up } = await runProcessorTest(
      vad,
      [...audioSteps(speech, 16000, 512), { run: () => vad.whenIdle() }],
      {
        params: { allowInterruptions: false },
      },
    );
    expect(up).toEqual([]);
    expect(down.filter((f) => f.type === 'user-started-speaking')).toHaveLength(1);
  });

  it('with a TurnProcessor, an unfinished transcript ends the turn after the longer wait, also upstream', async () => {
    const vad = new VadProcessor({ engine, emitUserStoppedSpeaking: false });
    const ends: { silenceMs: number; reason: string; at: number }[] = [];
    const fake = new FakeClock();
    const turn = new TurnProcessor({
      strategy: new TextAwareTurnStrategy({ completeMs: 0, defaultMs: 400, incompleteMs: 1500 }),
      maxWaitMs: 3000,
      onTurnEnd: (e) => ends.push({ silenceMs: e.silenceMs, reason: e.reason, at: fake.now() }),
    });
    const steps: TestStep[] = [
      createFrame(
        'transcription',
        { text: 'can you add the', userId: 'u', final: false, language: 'en' },
        fake,
      ),
      ...audioSteps(speech, 16000, 256),
      { run: () => vad.whenIdle() },
      { sleepMs: 1000 },
      { run: () => expect(ends).toEqual([]) }, // 1 s is not enough for an unfinished sentence
      { sleepMs: 1000 },
    ];
    const { down, up } = await runProcessorTest(new Pipeline([vad, turn]), steps, { clock: fake });
    expect(ends).toEqual([
      { silenceMs: 1500, reason: expect.stringMatching(/^incomplete/), at: expect.any(Number) },
    ]);
    const types = down
      .filter((f) => f.type !== 'input-audio' && f.type !== 'interruption')
      .map((f) => f.type);
    expect(types).toEqual([
      'transcription',
      'vad-user-started-speaking',
      'user-started-speaking',
      'vad-user-stopped-speaking',
      'user-stopped-speaking',
    ]);
    expect(up.map((f) => f.type)).toContain('user-stopped-speaking');
  });
});
