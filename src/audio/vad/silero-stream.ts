/**
 * One audio stream's view of the shared Silero model: its own 64-sample context and RNN state,
 * sent with each window (or backlog of windows) to the engine that batches every stream's.
 */
import {
  type SequenceResult,
  SILERO_WINDOW,
  type SileroSampleRate,
  STATE_SIZE,
  VadInferenceError,
} from './silero-format.ts';

/** What a stream needs of the engine (SileroVadEngine): run its windows in order on the shared model. */
export interface SequenceInference {
  inferSequence(
    sampleRate: SileroSampleRate,
    input: Float32Array,
    state: Float32Array,
    signal?: AbortSignal,
  ): Promise<SequenceResult>;
}

/** One audio stream's view of the shared model: context + RNN state, one window at a time. */
export class SileroVadStream {
  readonly sampleRate: SileroSampleRate;
  readonly windowSamples: number;
  readonly #engine: SequenceInference;
  readonly #contextSize: number;
  #context: Float32Array<ArrayBufferLike>;
  /**
   * Context + window of a one-window call, reused (the usual case: one per 32 ms): the engine
   * copies it into its shared batch buffer before the call can resolve, and calls never overlap.
   */
  readonly #single: Float32Array;
  #state: Float32Array<ArrayBufferLike> = new Float32Array(STATE_SIZE);
  #busy = false;

  constructor(engine: SequenceInference, sampleRate: SileroSampleRate) {
    if (!(sampleRate in SILERO_WINDOW)) {
      throw new VadInferenceError(`Silero VAD supports 8000 or 16000 Hz, not ${sampleRate}; resample first`);
    }
    this.#engine = engine;
    this.sampleRate = sampleRate;
    this.windowSamples = SILERO_WINDOW[sampleRate].window;
    this.#contextSize = SILERO_WINDOW[sampleRate].context;
    this.#context = new Float32Array(this.#contextSize);
    this.#single = new Float32Array(this.#contextSize + this.windowSamples);
  }

  /** Speech probability of one window (float samples in [-1, 1]). Calls must not overlap. */
  async predict(window: Float32Array, signal?: AbortSignal): Promise<number> {
    const [prob] = await this.predictMany([window], signal);
    return prob!;
  }

  /**
   * Speech probabilities of consecutive windows (a backlog) in one round trip to the worker.
   * Calls must not overlap.
   */
  async predictMany(windows: readonly Float32Array[], signal?: AbortSignal): Promise<number[]> {
    if (windows.length === 0) return [];
    const w = this.windowSamples;
    const c = this.#contextSize;
    const bad = windows.find((x) => x.length !== w);
    if (bad) throw new VadInferenceError(`Silero window must be ${w} samples, got ${bad.length}`);
    if (this.#busy) throw new VadInferenceError('SileroVadStream.predict called while a frame is in flight');
    this.#busy = true;
    try {
      const input = windows.length === 1 ? this.#single : new Float32Array(windows.length * (c + w));
      let context: Float32Array<ArrayBufferLike> = this.#context;
      windows.forEach((window, i) => {
        input.set(context, i * (c + w));
        input.set(window, i * (c + w) + c);
        context = window.subarray(w - c);
      });
      const { probs, state } = await this.#engine.inferSequence(this.sampleRate, input, this.#state, signal);
      this.#state = state;
      this.#context.set(context); // its own buffer: the window it came from may be reused
      return Array.from(probs);
    } finally {
      this.#busy = false;
    }
  }

  reset(): void {
    this.#state = new Float32Array(STATE_SIZE);
    this.#context = new Float32Array(this.#contextSize);
  }
}
