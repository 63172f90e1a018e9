/**
 * Drives a TurnStrategy with the VAD events and transcripts of one conversation and a Clock:
 * after the user stops speaking it waits as long as the strategy asks, re-asking whenever
 * the transcript changes, and never longer than `maxWaitMs` (plus the resume hold). Speech
 * resuming cancels the wait (the same turn continues).
 *
 * Settled transcript: interim hypotheses run behind the audio (the recognizer emits one every
 * 200 ms of audio and lags further on a busy machine), so at the VAD stop the latest one often
 * ends a word or two early ("what is in my" for "what is in my cart") and reads as unfinished.
 * The STT is asked for a `settled` interim of all audio at the VAD stop; once a session has
 * shown it gets them, the detector does not end a turn on an older transcript before the
 * settled one arrives (at most `settleWaitMs`), and judges the settled one as soon as it does.
 *
 * Resume hold: the VAD confirms speech 0.2–0.35 s after it resumes, so a wait can run out
 * while the user is already saying the rest ("I want the … blue one"). When the wait ends
 * while the input level has risen well above the quiet that followed the VAD stop, the end
 * is held (at most `resumeHoldMs`) for the VAD's verdict. Steady background noise does not
 * rise above its own floor, so it does not hold complete requests.
 */
import type { Clock, TimerHandle } from '../../pipeline/clock.ts';
import type { TurnStrategy } from './strategy.ts';

export interface TurnEnd {
  transcript: string;
  /** Silence between the VAD stop and the decision, ms. */
  silenceMs: number;
  /** Of which waiting for the settled transcript (VAD stop → its arrival, or the whole wait if none came). */
  settleMs: number;
  reason: string;
}

export interface TurnDetectorOptions {
  strategy: TurnStrategy;
  clock: Clock;
  /** Upper bound on the wait after the VAD stop, whatever the strategy says. */
  maxWaitMs: number;
  language?: string;
  onTurnEnd: (end: TurnEnd) => void;
  /** Longest hold for the VAD's verdict when sound resumes as the wait runs out (default 300 ms; 0: off). */
  resumeHoldMs?: number;
  /** Longest wait for the settled transcript after a VAD stop (default 400 ms; 0: never wait for it). */
  settleWaitMs?: number;
}

/** Input louder than this (dBFS) can be speech at all (the VAD's own volume gate, 0.6 ≈ −50 dBFS). */
const SOUND_MIN_DBFS = -50;
/** …and must rise this far above the quietest frame since the VAD stop. */
const SOUND_RISE_DB = 10;
/** Sound this recent counts as still coming in (frames arrive every 10–20 ms). */
const SOUND_RECENT_MS = 60;
/** How often a held end looks again. */
const HOLD_STEP_MS = 20;

type Phase = 'idle' | 'speaking' | 'waiting';

export class TurnDetector {
  #opts: TurnDetectorOptions;
  #phase: Phase = 'idle';
  #stoppedAt = 0;
  #finals: string[] = [];
  #interim = '';
  #lastFinal = false;
  #timer: TimerHandle | null = null;
  #language: string;
  #quietDbfs = Number.POSITIVE_INFINITY;
  #lastSoundAt = Number.NEGATIVE_INFINITY;
  #holdStartedAt: number | null = null;
  /** The STT answers a VAD stop with a settled transcript (seen once in this conversation). */
  #getsSettled = false;
  /** When the settled transcript of the current stop arrived (null: not yet). */
  #settledAt: number | null = null;

  constructor(opts: TurnDetectorOptions) {
    if (!(opts.maxWaitMs >= 0)) throw new RangeError('maxWaitMs must be >= 0');
    this.#opts = opts;
    this.#language = opts.language ?? 'en';
  }

  /** A new cap on the wait for an unfinished request (another agent's setting), from the next stop. */
  setMaxWaitMs(maxWaitMs: number): void {
    if (!(maxWaitMs >= 0)) throw new RangeError('maxWaitMs must be >= 0');
    this.#opts = { ...this.#opts, maxWaitMs };
  }

  get phase(): Phase {
    return this.#phase;
  }

  get transcript(): string {
    return [...this.#finals, this.#interim].filter(Boolean).join(' ');
  }

  setLanguage(language: string): void {
    this.#language = language;
  }

  userStartedSpeaking(): void {
    this.#cancelTimer();
    this.#phase = 'speaking';
    this.#holdStartedAt = null;
  }

  userStoppedSpeaking(): void {
    if (this.#phase !== 'speaking') return;
    this.#phase = 'waiting';
    this.#stoppedAt = this.#opts.clock.now();
    this.#quietDbfs = Number.POSITIVE_INFINITY;
    this.#lastSoundAt = Number.NEGATIVE_INFINITY;
    this.#holdStartedAt = null;
    this.#settledAt = null;
    this.#evaluate();
  }

  /** Level of each input audio frame (dBFS), for the resume hold. */
  inputLevel(dbfs: number): void {
    if (this.#phase !== 'waiting') return;
    this.#quietDbfs = Math.min(this.#quietDbfs, dbfs);
    if (dbfs >= SOUND_MIN_DBFS && dbfs >= this.#quietDbfs + SOUND_RISE_DB) {
      this.#lastSoundAt = this.#opts.clock.now();
    }
  }

  /** Interim results replace each other; a final one is appended to the turn. */
  transcription(text: string, final: boolean, settled = false): void {
    if (settled) this.#getsSettled = true;
    if ((settled || final) && this.#phase === 'waiting') this.#settledAt ??= this.#opts.clock.now();
    if (final) {
      if (text.trim()) this.#finals.push(text.trim());
      this.#interim = '';
    } else {
      this.#interim = text.trim();
    }
    this.#lastFinal = final;
    if (this.#phase === 'waiting') this.#evaluate();
  }

  /** Forgets everything (e.g. on interruption of the whole session or at the end). */
  reset(): void {
    this.#cancelTimer();
    this.#phase = 'idle';
    this.#finals = [];
    this.#interim = '';
  }

  #evaluate(): void {
    this.#cancelTimer();
    const silenceMs = this.#opts.clock.now() - this.#stoppedAt;
    const decision = this.#opts.strategy.decide({
      silenceMs,
      transcript: this.transcript,
      transcriptFinal: this.#lastFinal,
      language: this.#language,
    });
    const settleMs = this.#opts.settleWaitMs ?? 400;
    const unsettled = this.#getsSettled && this.#settledAt === null && settleMs > 0;
    // Before the settled transcript, a verdict on an older one may be stale: wait for it.
    const waitMs = unsettled ? Math.max(decision.waitMs, settleMs) : decision.waitMs;
    const capped = Math.min(waitMs, this.#opts.maxWaitMs);
    const reason =
      waitMs > this.#opts.maxWaitMs
        ? `max wait (${decision.reason})`
        : unsettled && settleMs > decision.waitMs
          ? `no settled transcript (${decision.reason})`
          : decision.reason;
    const remaining = capped - silenceMs;
    if (remaining <= 0) this.#expire(reason);
    else this.#timer = this.#opts.clock.setTimer(() => this.#expire(reason), remaining);
  }

  /** The wait is over: end the turn, unless sound is coming in again (then hold briefly). */
  #expire(reason: string): void {
    this.#timer = null;
    const now = this.#opts.clock.now();
    const holdMs = this.#opts.resumeHoldMs ?? 300;
    if (holdMs > 0 && now - this.#lastSoundAt <= SOUND_RECENT_MS) {
      this.#holdStartedAt ??= now;
      if (now - this.#holdStartedAt < holdMs) {
        this.#timer = this.#opts.clock.setTimer(() => this.#expire(reason), HOLD_STEP_MS);
        return;
      }
    }
    const held =
      this.#holdStartedAt !== null ? `; held ${now - this.#holdStartedAt} ms for resumed sound` : '';
    this.#end(`${reason}${held}`);
  }

  #end(reason: string): void {
    this.#timer = null;
    this.#holdStartedAt = null;
    const now = this.#opts.clock.now();
    const end: TurnEnd = {
      transcript: this.transcript,
      silenceMs: now - this.#stoppedAt,
      settleMs: (this.#getsSettled ? (this.#settledAt ?? now) : this.#stoppedAt) - this.#stoppedAt,
      reason,
    };
    this.#phase = 'idle';
    this.#finals = [];
    this.#interim = '';
    this.#opts.onTurnEnd(end);
  }

  #cancelTimer(): void {
    this.#timer?.cancel();
    this.#timer = null;
  }
}
