/**
 * Speech start/stop state machine on top of a per-window voice confidence model.
 * QUIET → STARTING → SPEAKING → STOPPING, as in Pipecat's VADAnalyzer, with two changes:
 * every complete window in a chunk is analysed (not only the first), the stop side uses a
 * lower threshold (hysteresis) so a dip inside a word does not start the stop timer, and
 * (optionally) a pure-tone window cannot start speech (see tonality.ts).
 *
 * Catching up: audio pushed while the model is busy waits in a backlog, and the next model
 * call takes every complete window of it at once (`predictMany`: one round trip to the VAD
 * worker for the whole backlog). One call per window would fall further behind for good once
 * a round trip takes longer than a window (32 ms) on a loaded machine, and the late speech
 * events would then merge one request into the next at the STT.
 *
 * Timestamps are stream time: milliseconds of audio pushed since the analyzer started.
 * `atMs` estimates when speech really began/ended (the first/last voiced window), while
 * `detectedAtMs` is when the decision was made (atMs + the start/stop hangover).
 */
import { dbfs } from '../pcm16.ts';

/** PCM16 → [-1, 1): a power of two, so exactly int16ToFloat32's division. */
const INT16_TO_FLOAT = 1 / 32768;

import type { VadParams } from './config.ts';
import { TONAL_THRESHOLD, toneConcentration } from './tonality.ts';

/** Anything that scores fixed-size windows for speech: Silero, or a fake in tests. */
export interface VoiceConfidenceModel {
  readonly sampleRate: number;
  readonly windowSamples: number;
  predict(window: Float32Array, signal?: AbortSignal): Promise<number>;
  /** Probabilities of consecutive windows in one call (a backlog); absent: one predict per window. */
  predictMany?(windows: readonly Float32Array[], signal?: AbortSignal): Promise<number[]>;
  reset(): void;
}

/** Most windows given to the model in one call (8 s of audio at 16 kHz); a longer backlog takes several. */
export const MAX_WINDOWS_PER_CALL = 256;

interface PendingPush {
  /** Converted to floats only when analysed, straight into the window it belongs to. */
  chunk: Int16Array;
  signal: AbortSignal | undefined;
  resolve: (events: VadEvent[]) => void;
  reject: (err: unknown) => void;
}

export type VadState = 'quiet' | 'starting' | 'speaking' | 'stopping';

export interface VadEvent {
  type: 'speech-start' | 'speech-stop';
  /** Estimated true boundary, ms of stream time. */
  atMs: number;
  /** When the analyzer decided, ms of stream time. */
  detectedAtMs: number;
}

export interface VadWindowInfo {
  startMs: number;
  endMs: number;
  confidence: number;
  /** Smoothed volume on Pipecat's 0–1 scale. */
  volume: number;
  /** Whether the window looked like a pure tone (only computed when not speaking). */
  tonal: boolean;
  state: VadState;
}

/**
 * Pipecat's volume is EBU R128 loudness of int16-scaled samples normalised from [-20, 80]
 * to [0, 1]; for speech that is ≈ (dBFS + 110) / 100, so min_volume 0.6 ≈ -50 dBFS.
 */
export function volumeFromDbfs(level: number): number {
  return Math.min(1, Math.max(0, (level + 110) / 100));
}

/**
 * Pipecat smooths volume with factor 0.2 both ways; rising from room noise then takes ~4
 * windows (128 ms) on top of start_secs. A faster attack keeps the gate's purpose (a single
 * loud click does not open it fully) while adding at most ~1 window of latency.
 */
const VOLUME_ATTACK = 0.5;
const VOLUME_RELEASE = 0.2;

/** dBFS of a volume on Pipecat's scale (the inverse of volumeFromDbfs inside its range). */
export function dbfsFromVolume(volume: number): number {
  return volume * 100 - 110;
}

/**
 * Silence this far below the volume gate (−70 dBFS at the default −50) is answered without the
 * model: well under the quietest onsets of speech at a working microphone's level, so the onset
 * estimate (which reads the model's confidence below the gate) never loses a window of speech.
 */
const SILENCE_BELOW_GATE_DB = 20;
/** Deep-silent windows the model still scores (256 ms, the stop hangover included) before skipping. */
const SILENCE_SETTLE_WINDOWS = 8;

export interface VadAnalyzerOptions {
  onWindow?: (info: VadWindowInfo) => void;
  /** Answer settled deep silence without the model (default true; see #silentSkip). */
  skipSilence?: boolean;
}

export class VadAnalyzer {
  #params: Readonly<VadParams>;
  readonly #model: VoiceConfidenceModel;
  readonly #onWindow: ((info: VadWindowInfo) => void) | undefined;
  readonly #skipSilence: boolean;
  #startWindows = 1;
  #stopWindows = 1;
  readonly #windowMs: number;
  #pending: Float32Array;
  #pendingLen = 0;
  #samplesAnalysed = 0;
  #samplesPushed = 0;
  #state: VadState = 'quiet';
  #count = 0;
  #volume = 0;
  /** Start of the current run of windows that cleared the confidence threshold. */
  #runStartMs = -1;
  /** The last run that broke off before confirming speech: [start, end] ms, or null. */
  #brokenRun: [number, number] | null = null;
  /** End of the last window judged as speech while speaking. */
  #lastVoicedEndMs = 0;
  /** Model-scored windows in the current stretch of silence below the skip floor. */
  #silentRun = 0;
  #skippedWindows = 0;
  #resumeFresh = false;
  /** Pushed chunks not analysed yet, oldest first. */
  #backlog: PendingPush[] = [];
  #draining: Promise<void> | null = null;

  constructor(model: VoiceConfidenceModel, params: VadParams, options: VadAnalyzerOptions = {}) {
    this.#model = model;
    this.#params = { ...params };
    this.#onWindow = options.onWindow;
    this.#skipSilence = options.skipSilence ?? true;
    this.#windowMs = (model.windowSamples / model.sampleRate) * 1000;
    this.setParams(params);
    this.#pending = new Float32Array(model.windowSamples * 4);
  }

  get params(): Readonly<VadParams> {
    return this.#params;
  }

  /**
   * New thresholds and windows from the next analysed window on (another agent's VAD settings);
   * the model's state and the current speech state carry over.
   */
  setParams(params: VadParams): void {
    this.#params = { ...params };
    // Pipecat rounds too; at least one window either way.
    this.#startWindows = Math.max(1, Math.round((params.startSecs * 1000) / this.#windowMs));
    this.#stopWindows = Math.max(1, Math.round((params.stopSecs * 1000) / this.#windowMs));
  }

  get state(): VadState {
    return this.#state;
  }

  get sampleRate(): number {
    return this.#model.sampleRate;
  }

  /** True while the user counts as speaking (including the stop hangover). */
  get speaking(): boolean {
    return this.#state === 'speaking' || this.#state === 'stopping';
  }

  /** Milliseconds of audio pushed so far. */
  get streamTimeMs(): number {
    return (this.#samplesPushed / this.#model.sampleRate) * 1000;
  }

  /**
   * Feeds PCM16 mono at the model's rate, any chunk size. Calls are serialised, so callers
   * may fire-and-forget in order. The chunk is read when it is analysed, so it must not change
   * after the call. Resolves with the events the chunk produced: when several
   * chunks are analysed together (a backlog), the last of them carries all their events, in
   * order, and the others resolve with none.
   */
  push(chunk: Int16Array, signal?: AbortSignal): Promise<VadEvent[]> {
    this.#samplesPushed += chunk.length;
    // Kept as it is until the model is free (frames are never changed once pushed on).
    return new Promise<VadEvent[]>((resolve, reject) => {
      this.#backlog.push({ chunk, signal, resolve, reject });
      if (!this.#draining) this.#draining = this.#drain();
    });
  }

  /** Pushed audio not analysed yet, ms (how far the model is behind the audio). */
  get backlogMs(): number {
    return this.streamTimeMs - (this.#samplesAnalysed / this.#model.sampleRate) * 1000;
  }

  /** Forgets audio, state and model memory (e.g. between conversations). */
  async reset(): Promise<void> {
    while (this.#draining) await this.#draining;
    this.#pendingLen = 0;
    this.#samplesAnalysed = 0;
    this.#samplesPushed = 0;
    this.#state = 'quiet';
    this.#count = 0;
    this.#volume = 0;
    this.#runStartMs = -1;
    this.#brokenRun = null;
    this.#silentRun = 0;
    this.#model.reset();
  }

  /** Analyses the backlog until it is empty, everything that is waiting in one go each time. */
  async #drain(): Promise<void> {
    // Yield once so pushes made in the same tick join the first model call.
    await Promise.resolve();
    for (;;) {
      if (this.#backlog.length === 0) {
        // Cleared synchronously with the check: a push after this starts a new drain.
        this.#draining = null;
        return;
      }
      const batch = this.#backlog.splice(0);
      const last = batch.at(-1)!;
      try {
        const events = await this.#analyse(
          batch.map((p) => p.chunk),
          last.signal,
        );
        for (const p of batch) p.resolve(p === last ? events : []);
      } catch (err) {
        // One failure per model call: the last chunk reports it, the others are simply done.
        for (const p of batch) if (p !== last) p.resolve([]);
        last.reject(err);
      }
    }
  }

  async #analyse(chunks: Int16Array[], signal?: AbortSignal): Promise<VadEvent[]> {
    const w = this.#model.windowSamples;
    let total = this.#pendingLen;
    for (const c of chunks) total += c.length;
    // Every complete window of this call in one buffer (the model copies them out; a test model
    // may keep them, so the buffer is never reused), each sample converted once, in place.
    const count = Math.floor(total / w);
    const batch = new Float32Array(count * w);
    let at = 0;
    let pendingAt = this.#pendingLen;
    if (count > 0) {
      batch.set(this.#pending.subarray(0, this.#pendingLen));
      at = this.#pendingLen;
      pendingAt = 0;
    }
    const pending = this.#pending;
    for (const c of chunks) {
      const n = Math.min(c.length, batch.length - at);
      let i = 0;
      for (; i < n; i++) batch[at + i] = c[i]! * INT16_TO_FLOAT;
      at += n;
      for (; i < c.length; i++) pending[pendingAt++] = c[i]! * INT16_TO_FLOAT;
    }
    this.#pendingLen = pendingAt;
    const windows: Float32Array[] = [];
    for (let k = 0; k < count; k++) windows.push(batch.subarray(k * w, (k + 1) * w));
    const events: VadEvent[] = [];
    // Time advances even if these windows are lost to an abort or a model error.
    const base = this.#samplesAnalysed;
    this.#samplesAnalysed += windows.length * w;
    // Each window's level once: the skip, the silence count and the volume gate all read it.
    const levels = windows.map((window) => dbfs(window));
    const stepAt = (i: number, confidence: number) => {
      const startSample = base + i * w;
      const startMs = (startSample / this.#model.sampleRate) * 1000;
      const event = this.#step(confidence, windows[i]!, levels[i]!, startMs, startSample + w);
      if (event) events.push(event);
    };
    for (let i = 0; i < windows.length; ) {
      if (this.#silentSkip(levels[i]!)) {
        stepAt(i, 0);
        this.#skippedWindows++;
        this.#resumeFresh = true;
        i++;
        continue;
      }
      const group = windows.slice(i, i + MAX_WINDOWS_PER_CALL);
      signal?.throwIfAborted();
      if (this.#resumeFresh) {
        this.#model.reset();
        this.#resumeFresh = false;
      }
      const probs = await this.#predict(group, signal);
      for (let k = 0; k < group.length; k++) {
        this.#countSilence(levels[i + k]!);
        stepAt(i + k, probs[k] ?? 0);
      }
      i += group.length;
    }
    return events;
  }

  /** Windows answered without the model (silence while nothing was in progress), since the start. */
  get skippedWindows(): number {
    return this.#skippedWindows;
  }

  /**
   * Whether a window can be scored 0 without asking the model: most of a conversation the
   * shopper is silent (listening to the reply), and a browser's noise suppression or a phone
   * line's silence sends near-zero samples. Far below the volume gate no confidence could make
   * the window speech, so nothing but the model's own memory depends on it. Only when no speech
   * or candidate run is in progress, and only after the model has scored a short stretch of it.
   * When sound returns the model's memory restarts as at a stream's start (Silero's state never
   * settles on silence, so frozen memory would be no closer to the unskipped one; measured on six
   * voices, boundaries as close to the truth as scoring every window: silero.test.ts).
   */
  #silentSkip(levelDbfs: number): boolean {
    if (!this.#skipSilence || this.#state !== 'quiet' || this.#runStartMs >= 0) return false;
    return this.#silentRun >= SILENCE_SETTLE_WINDOWS && this.#deepSilence(levelDbfs);
  }

  /** Counts the model-scored windows of the current stretch of deep silence (see #silentSkip). */
  #countSilence(levelDbfs: number): void {
    this.#silentRun = this.#skipSilence && this.#deepSilence(levelDbfs) ? this.#silentRun + 1 : 0;
  }

  /** Below the skip floor; never with the volume gate off (then any confidence could be speech). */
  #deepSilence(levelDbfs: number): boolean {
    const minVolume = this.#params.minVolume;
    return minVolume > 0 && levelDbfs < dbfsFromVolume(minVolume) - SILENCE_BELOW_GATE_DB;
  }

  async #predict(windows: Float32Array[], signal?: AbortSignal): Promise<number[]> {
    if (this.#model.predictMany) return this.#model.predictMany(windows, signal);
    const probs: number[] = [];
    for (const window of windows) probs.push(await this.#model.predict(window, signal));
    return probs;
  }

  /**
   * Speech often opens with a short burst that breaks off before the start window is full
   * ("wh-" of "what", a plosive), then the confirmed run follows a dip later: the onset is the
   * burst's start when the dip between them was shorter than the stop window.
   */
  #onsetMs(runStartMs: number): number {
    const broken = this.#brokenRun;
    if (broken && runStartMs - broken[1] <= this.#stopWindows * this.#windowMs) return broken[0];
    return runStartMs;
  }

  #step(
    confidence: number,
    window: Float32Array,
    levelDbfs: number,
    startMs: number,
    analysedAfter: number,
  ): VadEvent | null {
    const endMs = startMs + this.#windowMs;
    const p = this.params;
    const level = volumeFromDbfs(levelDbfs);
    if (analysedAfter === this.#model.windowSamples)
      this.#volume = level; // first window: nothing to smooth
    else this.#volume += (level > this.#volume ? VOLUME_ATTACK : VOLUME_RELEASE) * (level - this.#volume);
    const loud = this.#volume >= p.minVolume;
    const inSpeech = this.#state === 'speaking' || this.#state === 'stopping';
    const threshold = inSpeech ? p.stopConfidence : p.confidence;
    const voiced = confidence >= threshold;
    // Tones only matter before speech is established; checking costs ~17 µs per window.
    const tonal = !inSpeech && voiced && p.rejectTones && toneConcentration(window) >= TONAL_THRESHOLD;
    const speech = voiced && loud && !tonal;
    // Between the two thresholds before speech is confirmed: neither evidence for nor against.
    const uncertain = !inSpeech && !voiced && confidence >= p.stopConfidence;
    // The onset estimate uses the lower threshold and ignores the volume gate (whose smoothing
    // lags): soft onsets hover around the start threshold for a few windows first.
    if (!inSpeech) {
      if (confidence < p.stopConfidence) {
        if (this.#runStartMs >= 0) this.#brokenRun = [this.#runStartMs, startMs];
        this.#runStartMs = -1;
      } else if (this.#runStartMs < 0) this.#runStartMs = startMs;
    }
    let event: VadEvent | null = null;
    switch (this.#state) {
      case 'quiet':
        if (speech) {
          this.#state = 'starting';
          this.#count = 1;
        }
        break;
      case 'starting':
        if (speech) this.#count++;
        else if (tonal || uncertain) {
          // Hold: speech has occasional tone-like or hesitant windows; a real tone never stops
          // being one, and an uncertain window is not evidence of silence.
        } else {
          this.#state = 'quiet';
          this.#count = 0;
        }
        break;
      case 'speaking':
        if (speech) this.#lastVoicedEndMs = endMs;
        else {
          this.#state = 'stopping';
          this.#count = 1;
        }
        break;
      case 'stopping':
        if (speech) {
          this.#state = 'speaking';
          this.#count = 0;
          this.#lastVoicedEndMs = endMs;
        } else this.#count++;
        break;
    }
    if (this.#state === 'starting' && this.#count >= this.#startWindows) {
      this.#state = 'speaking';
      this.#count = 0;
      this.#lastVoicedEndMs = endMs;
      event = {
        type: 'speech-start',
        atMs: this.#onsetMs(this.#runStartMs >= 0 ? this.#runStartMs : startMs),
        detectedAtMs: endMs,
      };
      this.#runStartMs = -1;
      this.#brokenRun = null;
    } else if (this.#state === 'stopping' && this.#count >= this.#stopWindows) {
      this.#state = 'quiet';
      this.#count = 0;
      event = { type: 'speech-stop', atMs: this.#lastVoicedEndMs, detectedAtMs: endMs };
    }
    this.#onWindow?.({ startMs, endMs, confidence, volume: this.#volume, tonal, state: this.#state });
    return event;
  }
}
