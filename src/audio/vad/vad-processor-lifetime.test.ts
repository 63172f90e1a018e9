/**
 * Nothing a VadProcessor holds outlives it. Under load the engine answers a window it was sent
 * before the session was cancelled only after the cancel; that late speech start used to arm
 * the 500 ms interruption hold timer, which nothing cancelled any more and which kept a server
 * alive after its shutdown ("handles still open after shutdown" in sigterm.test.ts).
 * A hold armed while the processor ran is the other half: the cancel must clear it (the task
 * answers an interruption request, but not once it is going away).
 * The order of events is driven exactly: the model's answers wait until the test releases them.
 */
import { describe, expect, it } from 'vitest';
import {
  createFrame,
  type Direction,
  FakeClock,
  type Frame,
  FrameProcessor,
  Pipeline,
} from '../../pipeline/index.ts';
import { runProcessorTest, settle } from '../../pipeline/testing.ts';
import type { VoiceConfidenceModel } from './vad-analyzer.ts';
import { VadProcessor } from './vad-processor.ts';

/** A model that says "speech" to every window, but only once the test opens the gate. */
function gatedSpeechModel() {
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let calls = 0;
  const model: VoiceConfidenceModel = {
    sampleRate: 16000,
    windowSamples: 512,
    async predict(_window, signal) {
      // Like the real engine: a window not sent yet is dropped on abort, a sent one still answers.
      if (signal?.aborted) throw signal.reason;
      calls++;
      await gate;
      return 0.99;
    },
    // The engine batches a stream's backlog into one request: half a second goes out at once.
    async predictMany(windows, signal) {
      if (signal?.aborted) throw signal.reason;
      calls++;
      await gate;
      return windows.map(() => 0.99);
    },
    reset() {},
  };
  return { model, open: () => open(), calls: () => calls };
}

/** A model that says "speech" to every window at once. */
const speechModel: VoiceConfidenceModel = {
  sampleRate: 16000,
  windowSamples: 512,
  predict: async () => 0.99,
  predictMany: async (windows) => windows.map(() => 0.99),
  reset() {},
};

/**
 * Stands above the VAD and keeps its interruption requests from the task, as when the task is
 * going away: no interruption comes back, so the VAD's hold stays armed until something ends it.
 */
class UnansweredInterruptions extends FrameProcessor {
  requests = 0;
  protected override process(frame: Frame, direction: Direction): void {
    if (frame.type === 'interruption-request' && direction === 'upstream') this.requests++;
    else this.push(frame, direction);
  }
}

/** Half a second of loud, non-tonal noise (a fixed pseudo-random sequence). */
function loudNoise(clock: FakeClock): Frame {
  const audio = new Int16Array(8000);
  let x = 12345;
  for (let i = 0; i < audio.length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    audio[i] = (x % 20000) - 10000;
  }
  return createFrame('input-audio', { audio, sampleRate: 16000, channels: 1 }, clock);
}

describe('VadProcessor lifetime', () => {
  it('a speech start the engine answers after the cancel arms no timer', async () => {
    const clock = new FakeClock();
    const gated = gatedSpeechModel();
    const vad = new VadProcessor({ engine: { createStream: () => gated.model } });
    const { down, task } = await runProcessorTest(
      vad,
      [loudNoise(clock), { run: ({ task }) => task.cancel('server shutting down') }],
      { clock, params: { allowInterruptions: true }, sendEnd: false },
    );
    expect(gated.calls()).toBeGreaterThan(0); // the window was with the engine at the cancel
    expect(task.state).not.toBe('running');
    gated.open(); // its answer comes now, after the cancel
    await vad.whenIdle();
    await settle();
    expect(clock.pendingTimers).toBe(0);
    expect(down.map((f) => f.type)).not.toContain('user-started-speaking');
  });

  it('the cancel clears a hold timer armed before it', async () => {
    const clock = new FakeClock();
    const vad = new VadProcessor({ engine: { createStream: () => speechModel } });
    const above = new UnansweredInterruptions({ name: 'unanswered' });
    let armed = 0;
    const { down, task } = await runProcessorTest(
      new Pipeline([above, vad]),
      [
        loudNoise(clock),
        { run: () => vad.whenIdle() },
        {
          run: () => {
            armed = clock.pendingTimers;
          },
        },
        { run: ({ task }) => task.cancel('server shutting down') },
      ],
      { clock, params: { allowInterruptions: true }, sendEnd: false },
    );
    // The speech start came through while the session ran and asked for an interruption that
    // never came back: the hold timer was the one timer pending when the cancel arrived.
    expect(down.map((f) => f.type)).toContain('user-started-speaking');
    expect(above.requests).toBe(1);
    expect(armed).toBe(1);
    expect(task.state).not.toBe('running');
    expect(clock.pendingTimers).toBe(0);
  });
});
