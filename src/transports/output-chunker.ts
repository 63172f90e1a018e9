/**
 * Cuts the bot's audio into the transport's fixed-size chunks at the client's rate: downmixes
 * to mono, resamples (one resampler per input rate, its tail flushed when the rate changes),
 * and holds the samples that do not fill a chunk yet until more arrive or the utterance ends.
 */
import { downmixToMono } from '../audio/pcm16.ts';
import { Resampler } from '../audio/resampler.ts';

/** Receives each whole chunk, in order. */
export type ChunkSink = (chunk: Int16Array) => void;

export class OutputChunker {
  readonly sampleRate: number;
  readonly chunkSamples: number;
  #resampler: Resampler | undefined;
  /** Samples at the client rate waiting to fill a chunk. */
  #partial: Int16Array[] = [];
  #partialLength = 0;

  constructor(sampleRate: number, chunkSamples: number) {
    this.sampleRate = sampleRate;
    this.chunkSamples = chunkSamples;
  }

  /** Samples held back because they do not fill a chunk yet. */
  get pendingSamples(): number {
    return this.#partialLength;
  }

  /** Takes audio at any rate and channel count; passes on every chunk it completes. */
  push(audio: Int16Array, rate: number, channels: number, emit: ChunkSink): void {
    const mono = channels > 1 ? downmixToMono(audio, channels) : audio;
    let samples: Int16Array;
    if (rate === this.sampleRate) {
      samples = mono;
    } else {
      if (!this.#resampler || this.#resampler.inRate !== rate) {
        this.#flushResampler();
        this.#resampler = new Resampler(rate, this.sampleRate);
      }
      samples = this.#resampler.process(mono);
    }
    this.#appendPartial(samples);
    this.#cutChunks(false, emit);
  }

  /** The end of an utterance: the resampler's tail plus the trailing partial chunk padded with silence. */
  flush(emit: ChunkSink): void {
    this.#flushResampler();
    this.#cutChunks(true, emit);
  }

  /** Forgets everything held (barge-in, cancel). */
  reset(): void {
    this.#partial = [];
    this.#partialLength = 0;
    this.#resampler = undefined;
  }

  #appendPartial(samples: Int16Array): void {
    if (samples.length === 0) return;
    this.#partial.push(samples);
    this.#partialLength += samples.length;
  }

  /** Moves whole chunks (and with `pad`, a silence-padded last one) out of the partial buffer. */
  #cutChunks(pad: boolean, emit: ChunkSink): void {
    const size = this.chunkSamples;
    if (this.#partialLength < size && !(pad && this.#partialLength > 0)) return;
    const all = new Int16Array(pad ? Math.ceil(this.#partialLength / size) * size : this.#partialLength);
    let offset = 0;
    for (const part of this.#partial) {
      all.set(part, offset);
      offset += part.length;
    }
    const whole = Math.floor(all.length / size);
    for (let i = 0; i < whole; i++) {
      emit(all.slice(i * size, (i + 1) * size));
    }
    const rest = all.length - whole * size;
    this.#partial = rest > 0 ? [all.slice(whole * size, this.#partialLength)] : [];
    this.#partialLength = rest > 0 ? this.#partialLength - whole * size : 0;
  }

  #flushResampler(): void {
    if (!this.#resampler) return;
    this.#appendPartial(this.#resampler.flush());
    this.#resampler = undefined;
  }
}
