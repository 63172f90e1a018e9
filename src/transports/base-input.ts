/**
 * Input side of every transport: turns what the client sends into frames at the head of the
 * pipeline. Audio is resampled (streaming, state kept across chunks) to the pipeline's input
 * rate from the start frame (16 kHz by default); messages become input-transport-message frames.
 */

import { downmixToMono } from '../audio/pcm16.ts';
import { Resampler } from '../audio/resampler.ts';
import { type Direction, type Frame, FrameProcessor, type FrameProcessorOptions } from '../pipeline/index.ts';

/** What the client may send before the pipeline started (client-ready often comes first). */
const MAX_EARLY_ITEMS = 256;

export class BaseInputTransport extends FrameProcessor {
  #resampler: Resampler | undefined;
  #closed = false;
  #forwardedStart = false;
  #early: (() => void)[] = [];
  /** Audio samples (at the pipeline rate) pushed so far: for tests and metrics. */
  inputSamples = 0;

  constructor(opts: FrameProcessorOptions = {}) {
    super(opts);
  }

  /** True once the start frame went downstream: earlier input is held (bounded) until then. */
  get started(): boolean {
    return this.#forwardedStart && !this.#closed;
  }

  /** Runs `fn` now if started, else after the start frame was forwarded; false if dropped. */
  #whenStarted(fn: () => void): boolean {
    if (this.#closed) return false;
    if (this.#forwardedStart) {
      fn();
      return true;
    }
    if (this.#early.length >= MAX_EARLY_ITEMS) return false;
    this.#early.push(fn);
    return true;
  }

  /**
   * Pushes client PCM16 (interleaved if channels > 1) as an input-audio frame at the pipeline
   * rate. `owned`: the caller hands the samples over and never writes to them again (a buffer
   * of its own for this message), so they travel on without the copy a reused buffer needs.
   */
  pushAudio(samples: Int16Array, sampleRate: number, channels = 1, owned = false): void {
    if (samples.length === 0) return;
    if (!this.#forwardedStart) {
      const copy = owned ? samples : samples.slice();
      this.#whenStarted(() => this.pushAudio(copy, sampleRate, channels, true));
      return;
    }
    const params = this.startParams;
    if (!params || this.#closed) return;
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
      // The caller's buffer may be reused, unless it said otherwise; a downmix is new already.
      if (!owned && mono === samples) audio = mono.slice();
    }
    this.inputSamples += audio.length;
    this.push(this.createFrame('input-audio', { audio, sampleRate: target, channels: 1 }));
  }

  /** Pushes a client message (parsed JSON or a raw string) for the protocol layer (RTVI). */
  pushMessage(message: unknown): boolean {
    return this.#whenStarted(() => this.push(this.createFrame('input-transport-message', { message })));
  }

  pushDtmf(digit: string): boolean {
    return this.#whenStarted(() => this.push(this.createFrame('dtmf', { digit })));
  }

  /**
   * Pushes a frame the transport made (push-to-talk's speaking frames, a turn-mode change) in
   * order with the audio around it; `upstream` ones (interruption requests) go to the task.
   */
  protected pushInOrder(frame: Frame | (() => Frame), direction: Direction = 'downstream'): boolean {
    return this.#whenStarted(() => this.push(typeof frame === 'function' ? frame() : frame, direction));
  }

  /** The client confirmed playback up to a mark we sent (Twilio). */
  pushPlaybackMark(name: string): boolean {
    return this.#whenStarted(() => this.push(this.createFrame('playback-mark', { mark: name })));
  }

  protected override process(frame: Frame, direction: Direction): void {
    if (frame.type === 'cancel' || frame.type === 'end') this.#closed = true;
    this.push(frame, direction);
    if (frame.type === 'start' && direction === 'downstream') {
      this.#forwardedStart = true;
      const early = this.#early;
      this.#early = [];
      for (const fn of early) fn();
    }
  }

  protected override onStop(): void {
    this.#closed = true;
  }

  protected override onCancel(): void {
    this.#closed = true;
    this.#early = [];
  }
}
