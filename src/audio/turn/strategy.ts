/**
 * End-of-turn decision as a pluggable strategy. The detector (turn-detector.ts) asks the
 * strategy, every time something changes while the user is silent, how much silence in
 * total (counted from the VAD's "stopped speaking") should end the turn. New strategies
 * (a Smart Turn model, an STT's own endpointing) are new classes, not edits.
 */
import { assessCompleteness, type Completeness } from './completeness.ts';
import type { CompletenessJudge } from './judge.ts';

export interface TurnInput {
  /** Milliseconds since the VAD said the user stopped speaking. */
  silenceMs: number;
  /** Transcript of the turn so far: finals plus the latest interim. */
  transcript: string;
  /** Whether the last transcript update was final. */
  transcriptFinal: boolean;
  /** BCP-47 language of the conversation ('en', 'es-MX', …). */
  language: string;
}

export interface TurnDecision {
  /** Total silence (ms after VAD stop) that ends the turn if nothing changes meanwhile. */
  waitMs: number;
  reason: string;
}

export interface TurnStrategy {
  readonly name: string;
  decide(input: TurnInput): TurnDecision;
}

/** The turn ends as soon as the VAD reports silence (its stop_secs is the whole wait). */
export class VadSilenceTurnStrategy implements TurnStrategy {
  readonly name = 'vad';
  decide(): TurnDecision {
    return { waitMs: 0, reason: 'VAD stopped' };
  }
}

export interface TextAwareWaits {
  /** Extra silence when the transcript is clearly complete (default 0). */
  completeMs: number;
  /** Extra silence when nothing can be said (no transcript, short, unknown language). */
  defaultMs: number;
  /** Extra silence when the transcript looks unfinished. */
  incompleteMs: number;
  /** Extra silence for "likely complete" (ends on a content word); default: halfway between complete and default. */
  likelyCompleteMs?: number;
}

export interface TextAwareOptions {
  /**
   * Judges completeness first (e.g. from the dialogue engine's parse). When it says 'unknown'
   * the word lists settle a closer (complete) and an unknown; a tail they call unfinished
   * waits halfway between `defaultMs` and `incompleteMs`, since a tail the parse cannot read
   * is as often misheard ("… dog or") as unfinished.
   */
  judge?: CompletenessJudge;
}

/**
 * Waits longer when the transcript looks unfinished ("I want a pair of", "my order number
 * is 4 5") and ends sooner when it is clearly complete. Without a judge, "likely-complete"
 * (three or more words ending on a content word) waits `likelyCompleteMs`.
 */
export class TextAwareTurnStrategy implements TurnStrategy {
  readonly name = 'text';
  readonly waits: Readonly<TextAwareWaits>;
  readonly #judge: CompletenessJudge | undefined;

  constructor(waits: TextAwareWaits, options: TextAwareOptions = {}) {
    this.waits = { ...waits };
    this.#judge = options.judge;
  }

  /** Whether a completeness judge was injected (else only the word lists decide). */
  get hasJudge(): boolean {
    return this.#judge !== undefined;
  }

  decide(input: TurnInput): TurnDecision {
    const { verdict, reason } = this.#assess(input.transcript, input.language);
    return { waitMs: this.#waitFor(verdict), reason: `${verdict}: ${reason}` };
  }

  #assess(text: string, language: string): { verdict: Completeness | 'unsure-incomplete'; reason: string } {
    const words = assessCompleteness(text, language);
    if (!this.#judge || !text.trim()) return words;
    let judged: ReturnType<CompletenessJudge>;
    try {
      judged = this.#judge(text, language);
    } catch (err) {
      // A judge bug must not hold the turn open or end it early: fall back to the word lists.
      return { ...words, reason: `judge failed (${(err as Error).message}); ${words.reason}` };
    }
    if (judged !== 'unknown') return { verdict: judged, reason: 'judged from the parse' };
    if (words.verdict === 'complete') return { verdict: 'complete', reason: `judge unsure; ${words.reason}` };
    if (words.verdict === 'incomplete') {
      // The parse could not read it, the word lists call it unfinished: often a misheard tail
      // ("… looking dog or"), sometimes a real pause. Wait, but not the full unfinished wait.
      return { verdict: 'unsure-incomplete', reason: `judge unsure; ${words.reason}` };
    }
    return { verdict: 'unknown', reason: `judge unsure; ${words.reason}` };
  }

  #waitFor(verdict: Completeness | 'unsure-incomplete'): number {
    const w = this.waits;
    switch (verdict) {
      case 'unsure-incomplete':
        return Math.round((w.defaultMs + w.incompleteMs) / 2);
      case 'complete':
        return w.completeMs;
      case 'likely-complete':
        return w.likelyCompleteMs ?? Math.round((w.completeMs + w.defaultMs) / 2);
      case 'unknown':
        return w.defaultMs;
      case 'incomplete':
        return w.incompleteMs;
    }
  }
}
