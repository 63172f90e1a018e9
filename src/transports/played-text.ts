/**
 * What the bot actually said: a segment is one tts-text and the audio after it; when it ends
 * (played out, or cut by a barge-in) its spoken part is what the shopper surely heard, and the
 * turn's spoken text is every segment's since the bot started speaking.
 */
import type { BotSpokenText } from '../pipeline/index.ts';

export interface Segment {
  id: number;
  text: string;
  totalSamples: number;
  sentSamples: number;
}

let nextSegmentId = 1;

/** A new segment for a tts-text, numbered across every output of the process. */
export function newSegment(text: string): Segment {
  return { id: nextSegmentId++, text, totalSamples: 0, sentSamples: 0 };
}

/** The spoken text of the segments finished since the bot started speaking. */
export class TurnSpokenText {
  #spoken: string[] = [];

  /** The bot started speaking again: a new turn. */
  restart(): void {
    this.#spoken = [];
  }

  /** Ends `segment` (cut short when `interrupted`) and says what of it was heard. */
  finish(segment: Segment, interrupted: boolean, sampleRate: number): BotSpokenText {
    const fraction = segment.totalSamples > 0 ? Math.min(1, segment.sentSamples / segment.totalSamples) : 0;
    const spoken = interrupted ? spokenPrefix(segment.text, fraction) : segment.text;
    const payload: BotSpokenText = {
      segmentId: segment.id,
      text: spoken,
      fullText: segment.text,
      interrupted,
      playedMs: (segment.sentSamples * 1000) / sampleRate,
      totalMs: (segment.totalSamples * 1000) / sampleRate,
      turnText: [...this.#spoken, spoken].filter(Boolean).join(' '),
    };
    if (spoken) this.#spoken.push(spoken);
    return payload;
  }
}

/** The first `fraction` of the words (rounded down: only claim what was surely heard). */
export function spokenPrefix(text: string, fraction: number): string {
  if (fraction >= 1) return text;
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.slice(0, Math.floor(words.length * fraction)).join(' ');
}
