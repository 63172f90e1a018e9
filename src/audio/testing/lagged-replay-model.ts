/**
 * A stand-in for Silero that replays probabilities computed beforehand (by the real model) and
 * releases window k only once audio `lagMs` past it has been fed: the VAD's decisions land at
 * the same place in the stream on every run, with its inference as late as a busy machine
 * makes it. For tests and benchmarks of what reaches the STT around speech onsets.
 */
import { int16ToFloat32 } from '../pcm16.ts';
import type { VoiceConfidenceModel } from '../vad/vad-analyzer.ts';

export class LaggedReplayModel implements VoiceConfidenceModel {
  readonly sampleRate: number;
  readonly windowSamples: number;
  readonly #probs: readonly number[];
  readonly #lagWindows: number;
  readonly #waiting: { index: number; resolve: (p: number) => void }[] = [];
  #next = 0;
  #fedWindows = 0;

  constructor(probs: readonly number[], lagMs: number, sampleRate = 16_000, windowSamples = 512) {
    this.#probs = probs;
    this.sampleRate = sampleRate;
    this.windowSamples = windowSamples;
    this.#lagWindows = Math.round((lagMs / 1000) * (sampleRate / windowSamples));
  }

  predict(): Promise<number> {
    const index = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.push({ index, resolve });
      this.#release();
    });
  }

  /** The caller has fed this many samples in total (Infinity: release everything). */
  fed(samples: number): void {
    this.#fedWindows = Math.floor(samples / this.windowSamples);
    this.#release();
  }

  reset(): void {}

  #release(): void {
    while (this.#waiting[0] && this.#waiting[0].index + this.#lagWindows < this.#fedWindows) {
      const w = this.#waiting.shift()!;
      w.resolve(this.#probs[w.index] ?? 0);
    }
  }
}

/** Per-window probabilities of `pcm` from a real model stream (windows in order, tail dropped). */
export async function probabilitiesOf(model: VoiceConfidenceModel, pcm: Int16Array): Promise<number[]> {
  const w = model.windowSamples;
  const out: number[] = [];
  for (let i = 0; i + w <= pcm.length; i += w)
    out.push(await model.predict(int16ToFloat32(pcm.subarray(i, i + w))));
  return out;
}
