/**
 * Input side of every transport: turns what the client sends into frames at the head of the
 * pipeline. Audio is resampled (streaming, state kept across chunks) to the pipeline's input
 * rate from the start frame (16 kHz by default); messages become input-transport-message frames.
 */

import { downmixToMono } from '../audio/pcm16.ts';
import { Resampler } from '../audio/resampler.ts';
import { type Direction, type Frame, FrameProcessor, type FrameProcessorOptions } from '../pipeline/index.ts';
import './frames.ts';

export class BaseInputTransport extends FrameProcessor {
  #resampler: Resampler | undefined;
  #closed = false;
  /** Audio samples (at the pipeline rate) pushed so far: for tests and metrics. */
  inputSamples = 0;

  constructor(opts: FrameProcessorOptions = {}) {
    super(opts);
  }

  /** True once the pipeline started: before that, client audio is dropped (nothing could use it). */
  get started(): boolean {
    return this.startParams !== undefined && !this.#closed;
  }

  /** Pushes client PCM16 (interleaved if channels > 1) as an input-audio frame at the pipeline rate. */
  pushAudio(samples: Int16Array, sampleRate: number, channels = 1): void {
    const params = this.startParams;
    if (!params || this.#closed || samples.length === 0) return;
    const mono = channels > 1 ? downmixToMono(samples, channels) : samples;
    const target = params.audioInSampleRate;
    let audio = mono;
    if (sampleRate !== target) {
      if (!this.#resampler || this.#resampler.inRate !== sampleRate || this.#resampler.outRate !== target) {
        this.#resampler = new Resampler(sampleRate, target);
      }
      audio = this.#resampler.process(mono);
      if (audio.length === 0) return; // filter look-ahead still filling
    } else {
      this.#resampler = undefined;
      audio = mono.slice(); // the caller's buffer may be reused
    }
    this.inputSamples += audio.length;
    this.push(this.createFrame('input-audio', { audio, sampleRate: target, channels: 1 }));
  }

  /** Pushes a client message (parsed JSON or a raw string) for the protocol layer (RTVI). */
  pushMessage(message: unknown): void {
    if (!this.startParams || this.#closed) return;
    this.push(this.createFrame('input-transport-message', { message }));
  }

  pushDtmf(digit: string): void {
    if (!this.startParams || this.#closed) return;
    this.push(this.createFrame('dtmf', { digit }));
  }

  protected override process(frame: Frame, direction: Direction): void {
    if (frame.type === 'cancel' || frame.type === 'end') this.#closed = true;
    this.push(frame, direction);
  }

  protected override onStop(): void {
    this.#closed = true;
  }

  protected override onCancel(): void {
    this.#closed = true;
  }
}
