/**
 * Pipeline processor running the VAD on `input-audio` frames. Audio is forwarded at once;
 * analysis runs behind it (serialised per stream) and, on a decision, pushes downstream:
 * - speech start: `vad-user-started-speaking` (with how far back in the forwarded audio the
 *   speech began, so the STT can include the first word), `user-started-speaking`, and an
 *   `interruption-request` upstream when the session allows interruptions (the task turns it
 *   into one interruption for the whole pipeline);
 * - speech stop: `vad-user-stopped-speaking`, plus `user-stopped-speaking` unless a
 *   TurnProcessor further down decides the end of the turn (`emitUserStoppedSpeaking: false`).
 * Audio at other rates is resampled to 16 kHz and multi-channel audio downmixed first.
 *
 * After a speech start that requested an interruption, later VAD events wait until that
 * interruption has passed this processor: when the VAD catches up on a backlog, the start and
 * the stop of an utterance come out together, and an interruption arriving after the stop
 * would abort the reply to the very request it belongs to.
 *
 * A `user-turn-mode` `manual` frame (push-to-talk) stops the analysis until `vad` comes back:
 * the client's button says when speech starts and ends, and a pause while it is held must not
 * end the turn. The analyzer is reset on the way in, so no half-heard utterance survives it.
 */
import { childLogger } from '../../log/logger.ts';
import type { TimerHandle } from '../../pipeline/clock.ts';
import type { Direction, Frame } from '../../pipeline/index.ts';
import { FrameProcessor, type FrameProcessorOptions, INPUT_AUDIO_ONLY } from '../../pipeline/index.ts';
import { downmixToMono } from '../pcm16.ts';
import { Resampler } from '../resampler.ts';
import { ArrivalLog } from './arrival-log.ts';
import { DEFAULT_VAD_PARAMS, type VadParams } from './config.ts';
import type { SileroVadEngine } from './silero-engine.ts';
import type { SileroSampleRate } from './silero-format.ts';
import { VadAnalyzer, type VadEvent, type VoiceConfidenceModel } from './vad-analyzer.ts';

export interface VadProcessorOptions extends FrameProcessorOptions {
  /** The shared engine, or a factory for another per-stream model (tests). */
  engine: SileroVadEngine | { createStream(rate: SileroSampleRate): VoiceConfidenceModel };
  params?: VadParams;
  /** Push user-stopped-speaking at the VAD stop (false when a TurnProcessor decides). Default true. */
  emitUserStoppedSpeaking?: boolean;
  /** Consecutive VAD failures before the processor gives up and only forwards audio. Default 20. */
  maxFailures?: number;
}

const log = childLogger({ component: 'vad-processor' });

/** Longest hold of later VAD events for the interruption a speech start requested. */
const INTERRUPTION_HOLD_MAX_MS = 500;

export class VadProcessor extends FrameProcessor {
  /** Input audio is handed to the analyzer without awaiting it (its results come back by `then`). */
  protected override readonly synchronousTypes = INPUT_AUDIO_ONLY;
  readonly #opts: VadProcessorOptions;
  #params: VadParams;
  #analyzer: VadAnalyzer | null = null;
  #resampler: Resampler | null = null;
  #pending: Promise<unknown> = Promise.resolve();
  #failures = 0;
  /** Events held until the interruption our last speech start requested has come through. */
  #held: { event: VadEvent; analyzer: VadAnalyzer }[] | null = null;
  #holdTimer: TimerHandle | null = null;
  #manual = false;
  readonly #arrivals = new ArrivalLog();

  constructor(opts: VadProcessorOptions) {
    super({ ...opts, maxConsecutiveErrors: opts.maxConsecutiveErrors ?? 20 });
    this.#opts = opts;
    this.#params = opts.params ?? DEFAULT_VAD_PARAMS;
    // Cancelled, or ended and drained: the hold timer must not outlive the processor (a ref'd
    // timer kept the server alive after its shutdown), and nothing after us runs held events.
    this.lifetimeSignal.addEventListener(
      'abort',
      () => {
        this.#holdTimer?.cancel();
        this.#holdTimer = null;
        this.#held = null;
      },
      { once: true },
    );
  }

  readonly #onAnalysed = (events: VadEvent[]): void => {
    // A window already sent to the engine cannot be recalled, so its result can arrive after
    // the session ended; acting on it would arm a hold timer nothing cancels any more.
    if (this.lifetimeSignal.aborted) return;
    this.#failures = 0;
    const analyzer = this.#analyzer;
    if (analyzer) for (const e of events) this.#emit(e, analyzer);
  };

  readonly #onFailed = (err: unknown): void => {
    if (this.lifetimeSignal.aborted) return;
    this.#failures++;
    log.warn({ err, failures: this.#failures }, 'VAD analysis failed for an audio frame');
    this.pushError(err);
    if (this.#failures >= (this.#opts.maxFailures ?? 20)) this.markUnusable(err);
  };

  /** Resolves when every audio frame received so far has been analysed (for tests). */
  async whenIdle(): Promise<void> {
    for (let seen = this.#pending; ; seen = this.#pending) {
      await seen.catch(() => {});
      if (seen === this.#pending) return;
    }
  }

  /** The session switched agent: its VAD settings apply from the next analysed window. */
  setParams(params: VadParams): void {
    this.#params = params;
    this.#analyzer?.setParams(params);
  }

  get params(): VadParams {
    return this.#params;
  }

  /** Current VAD state ('quiet' before any audio). */
  get vadState(): string {
    return this.#analyzer?.state ?? 'quiet';
  }

  protected override process(frame: Frame, direction: Direction): void {
    this.push(frame, direction);
    // Forwarded first: what was held for it now follows it.
    if (frame.type === 'interruption') this.#release();
    if (frame.type === 'user-turn-mode' && direction === 'downstream') {
      this.#setManual(frame.mode === 'manual');
      return;
    }
    if (frame.type !== 'input-audio' || direction !== 'downstream' || this.isUnusable || this.#manual) return;
    let audio = frame.channels > 1 ? downmixToMono(frame.audio, frame.channels) : frame.audio;
    const analyzer = this.#analyzerFor(frame.sampleRate);
    if (this.#resampler) audio = this.#resampler.process(audio);
    // Handlers made once, not a pair of closures per frame (~60 frames a second per session).
    const run = analyzer.push(audio, this.lifetimeSignal).then(this.#onAnalysed, this.#onFailed);
    this.#arrivals.record(analyzer.streamTimeMs, frame.ts);
    this.#pending = run;
  }

  /** True while the client ends its turns itself (push-to-talk). */
  get manual(): boolean {
    return this.#manual;
  }

  #setManual(manual: boolean): void {
    if (manual === this.#manual) return;
    this.#manual = manual;
    if (!manual) return;
    this.#release();
    const analyzer = this.#analyzer;
    if (analyzer)
      this.#pending = this.#pending
        .then(() => analyzer.reset())
        .then(() => this.#arrivals.clear())
        .catch(() => undefined);
  }

  #analyzerFor(sampleRate: number): VadAnalyzer {
    if (this.#analyzer) return this.#analyzer;
    // 8 kHz telephony audio runs the 8 kHz model directly; everything else goes to 16 kHz.
    const modelRate: SileroSampleRate = sampleRate === 8000 ? 8000 : 16000;
    if (sampleRate !== modelRate) this.#resampler = new Resampler(sampleRate, modelRate);
    this.#analyzer = new VadAnalyzer(this.#opts.engine.createStream(modelRate), this.#params);
    return this.#analyzer;
  }

  protected override onStop(): void {
    this.#release();
  }

  #release(): void {
    this.#holdTimer?.cancel();
    this.#holdTimer = null;
    const held = this.#held;
    this.#held = null;
    for (const h of held ?? []) this.#emit(h.event, h.analyzer);
  }

  #emit(event: VadEvent, analyzer: VadAnalyzer): void {
    if (this.#held) {
      this.#held.push({ event, analyzer });
      return;
    }
    if (event.type === 'speech-start') {
      // Every input frame the analyzer has been given was forwarded before this frame, so the
      // speech began this far back in what the processors after us have already seen (more
      // than the start window when inference lags behind the audio).
      const onsetLagMs = Math.max(0, Math.round(analyzer.streamTimeMs - event.atMs));
      this.push(
        this.createFrame('vad-user-started-speaking', { startSecs: this.#params.startSecs, onsetLagMs }),
      );
      this.push(this.createFrame('user-started-speaking', {}));
      if (this.startParams?.allowInterruptions) {
        this.push(this.createFrame('interruption-request', {}), 'upstream');
        this.#held = [];
        // The task always answers; the bound only matters if it is going away.
        this.#holdTimer = this.clock.setTimer(() => this.#release(), INTERRUPTION_HOLD_MAX_MS);
      }
    } else {
      const arrived = this.#arrivals.arrivalOf(event.detectedAtMs);
      const lagMs = arrived === undefined ? 0 : Math.max(0, Math.round(this.clock.now() - arrived));
      this.push(this.createFrame('vad-user-stopped-speaking', { stopSecs: this.#params.stopSecs, lagMs }));
      if (this.#opts.emitUserStoppedSpeaking ?? true)
        this.push(this.createFrame('user-stopped-speaking', {}));
    }
  }
}
