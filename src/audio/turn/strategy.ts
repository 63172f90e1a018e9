/**
 * End-of-turn decision as a pluggable strategy. The detector (turn-detector.ts) asks the
 * strategy, every time something changes while the user is silent, how much silence in
 * total (counted from the VAD's "stopped speaking") should end the turn. New strategies
 * (a Smart Turn model, an STT's own endpointing) are new classes, not edits.
 */
import { assessCompleteness, type Completeness } from './completeness.ts';

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

/**
 * Waits longer when the transcript looks unfinished ("I want a pair of", "my order number
 * is 4 5") and ends sooner when it is clearly complete. "likely-complete" (three or more
 * words ending on a content word) sits halfway between complete and default.
 */
export class TextAwareTurnStrategy implements TurnStrategy {
  readonly name = 'text';
  readonly waits: Readonly<TextAwareWaits>;

  constructor(waits: TextAwareWaits) {
    this.waits = { ...waits };
  }

  decide(input: TurnInput): TurnDecision {
    const { verdict, reason } = assessCompleteness(input.transcript, input.language);
    return { waitMs: this.#waitFor(verdict), reason: `${verdict}: ${reason}` };
  }

  #waitFor(verdict: Completeness): number {
    const w = this.waits;
    switch (verdict) {
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
