/**
 * Drives a TurnStrategy with the VAD events and transcripts of one conversation and a Clock:
 * after the user stops speaking it waits as long as the strategy asks, re-asking whenever
 * the transcript changes, and never longer than `maxWaitMs`. Speech resuming cancels the
 * wait (the same turn continues).
 */
import type { Clock, TimerHandle } from '../../pipeline/clock.ts';
import type { TurnStrategy } from './strategy.ts';

export interface TurnEnd {
  transcript: string;
  /** Silence between the VAD stop and the decision, ms. */
  silenceMs: number;
  reason: string;
}

export interface TurnDetectorOptions {
  strategy: TurnStrategy;
  clock: Clock;
  /** Upper bound on the wait after the VAD stop, whatever the strategy says. */
  maxWaitMs: number;
  language?: string;
  onTurnEnd: (end: TurnEnd) => void;
}

type Phase = 'idle' | 'speaking' | 'waiting';

export class TurnDetector {
  readonly #opts: TurnDetectorOptions;
  #phase: Phase = 'idle';
  #stoppedAt = 0;
  #finals: string[] = [];
  #interim = '';
  #lastFinal = false;
  #timer: TimerHandle | null = null;
  #language: string;

  constructor(opts: TurnDetectorOptions) {
    if (!(opts.maxWaitMs >= 0)) throw new RangeError('maxWaitMs must be >= 0');
    this.#opts = opts;
    this.#language = opts.language ?? 'en';
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
  }

  userStoppedSpeaking(): void {
    if (this.#phase !== 'speaking') return;
    this.#phase = 'waiting';
    this.#stoppedAt = this.#opts.clock.now();
    this.#evaluate();
  }

  /** Interim results replace each other; a final one is appended to the turn. */
  transcription(text: string, final: boolean): void {
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
    const capped = Math.min(decision.waitMs, this.#opts.maxWaitMs);
    const reason = decision.waitMs > this.#opts.maxWaitMs ? `max wait (${decision.reason})` : decision.reason;
    const remaining = capped - silenceMs;
    if (remaining <= 0) this.#end(reason);
    else this.#timer = this.#opts.clock.setTimer(() => this.#end(reason), remaining);
  }

  #end(reason: string): void {
    this.#timer = null;
    const end: TurnEnd = {
      transcript: this.transcript,
      silenceMs: this.#opts.clock.now() - this.#stoppedAt,
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
