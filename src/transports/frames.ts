/**
 * Frame types owned by the transport layer, added to the pipeline vocabulary by declaration
 * merging (src/pipeline stays closed). Importing this module registers them.
 */
import { registerFrameType } from '../pipeline/index.ts';

/** One TTS text segment whose audio began playing on the client (playback-timed captions). */
export interface BotSegmentStarted {
  segmentId: number;
  text: string;
}

/**
 * What the client actually heard of one TTS text segment, measured by the PCM duration the
 * output transport sent (paced at real time, so the client holds at most about one chunk).
 * The assistant aggregator commits `text` to history; on barge-in it is a word-proportional
 * prefix of `fullText`.
 */
export interface BotSpokenText {
  segmentId: number;
  /** The spoken part: all of `fullText` unless interrupted. */
  text: string;
  fullText: string;
  interrupted: boolean;
  /** Milliseconds of this segment's audio sent to the client. */
  playedMs: number;
  /** Milliseconds of this segment's audio received from TTS (played or not). */
  totalMs: number;
  /** Everything spoken since the bot started speaking, this segment included: what to commit for the turn. */
  turnText: string;
}

declare module '../pipeline/frames.ts' {
  interface FramePayloads {
    'bot-segment-started': BotSegmentStarted;
    'bot-spoken-text': BotSpokenText;
    /** One keypad press (Twilio DTMF or RTVI `dtmf`). */
    dtmf: { digit: string };
    /** A Twilio `mark` we sent came back: everything queued before it has been played. */
    'playback-mark': { mark: string };
  }
}

registerFrameType('bot-segment-started', 'system');
registerFrameType('bot-spoken-text', 'system');
registerFrameType('dtmf', 'system');
registerFrameType('playback-mark', 'system');
