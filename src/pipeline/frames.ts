/**
 * Frames: the only thing that flows through a pipeline, and the one catalogue of them.
 *
 * A frame is a plain readonly object discriminated by `type`. Its category decides how every
 * processor treats it, so interruption semantics fall out of the type instead of being
 * re-implemented in each processor:
 * - system: handled ahead of queued work, in arrival order, never dropped by an interruption;
 * - data and control: handled in order by the processor's worker, dropped by an interruption
 *   unless the type is uninterruptible (end, tool call in progress, tool result).
 *
 * Every frame type of every layer (transports, RTVI, services) is declared here: importing the
 * type is enough, there is nothing to register, and the compiler checks each type has a category.
 */
import type { Clock } from './clock.ts';
import type { MetricsData } from './metrics.ts';

export type Direction = 'downstream' | 'upstream';
export type FrameCategory = 'system' | 'data' | 'control';

export interface FunctionCallRef {
  toolCallId: string;
  /** The tool's name (`name` is every frame's own header field). */
  functionName: string;
}

export interface StartParams {
  audioInSampleRate: number;
  audioOutSampleRate: number;
  allowInterruptions: boolean;
  enableMetrics: boolean;
}

/** One TTS text segment whose audio began playing on the client (playback-timed captions). */
export interface BotSegmentStarted {
  segmentId: number;
  text: string;
}

/**
 * What the client actually heard of one TTS text segment, measured by the PCM duration the
 * output transport sent (paced at real time, so the client holds at most about one chunk).
 * On barge-in `text` is a word-proportional prefix of `fullText`.
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

/** Payload of every frame type; add a type here and give it a category in CATEGORIES below. */
/** Another reading of an utterance (see `transcription.alternatives`). */
export interface TranscriptionAlternative {
  text: string;
  /** nbest | catalog-decoder | mixed-decoder (pocketsphinx); providers may add their own. */
  source: string;
  /** Share of the N-best list's probability, 0..1, when the engine has one. */
  posterior?: number;
  /** Every word is a word of the shop's language model. */
  inDomain?: boolean;
}

export interface FramePayloads {
  // ── system ────────────────────────────────────────────────────────────────
  start: StartParams;
  cancel: { reason?: string };
  interruption: Record<never, never>;
  'user-started-speaking': Record<never, never>;
  'user-stopped-speaking': {
    /** From a turn detector: how long it waited after the VAD stop, ms. */
    waitMs?: number;
    /** …of which for the recognizer's settled transcript (the rest was its own judgement). */
    settleMs?: number;
  };
  'vad-user-started-speaking': {
    startSecs: number;
    /**
     * How much of the audio already passed downstream, counted back from the newest input
     * frame before this one, belongs to the speech (ms): the VAD decides late (start window
     * plus inference lag), so an STT reaches back this far (plus a margin) for the first word.
     */
    onsetLagMs?: number;
  };
  'vad-user-stopped-speaking': {
    stopSecs: number;
    /**
     * How long after the audio that completed the stop window arrived the VAD decided (ms):
     * the input path's queueing and inference lag, which the stop window alone does not show.
     */
    lagMs?: number;
  };
  /**
   * Who ends the user's turns from now on: the VAD and turn strategy (`vad`, the default), or
   * the client itself (`manual`: a push-to-talk button; the transport sends the speaking frames).
   */
  'user-turn-mode': { mode: 'vad' | 'manual' };
  'bot-started-speaking': Record<never, never>;
  'bot-stopped-speaking': Record<never, never>;
  'input-audio': { audio: Int16Array; sampleRate: number; channels: number };
  error: { error: Error; fatal: boolean; processor?: string };
  metrics: { data: MetricsData[] };
  'input-transport-message': { message: unknown };
  'output-transport-message-urgent': { message: unknown };
  'function-calls-started': { calls: FunctionCallRef[] };
  'function-call-cancel': FunctionCallRef;
  'end-task-request': { reason?: string };
  'cancel-task-request': { reason?: string };
  'interruption-request': Record<never, never>;
  /** The output began playing one TTS text segment (playback-timed captions). */
  'bot-segment-started': BotSegmentStarted;
  /**
   * What the shopper actually heard of one TTS text segment, sent both ways by the output. The
   * LLM stage keeps `turnText` in its history when the bot was interrupted.
   */
  'bot-spoken-text': BotSpokenText;
  /** One keypad press (Twilio DTMF or RTVI `dtmf`). */
  dtmf: { digit: string };
  /** A Twilio `mark` we sent came back: everything queued before it has been played. */
  'playback-mark': { mark: string };
  // ── data ──────────────────────────────────────────────────────────────────
  'output-audio': { audio: Int16Array; sampleRate: number; channels: number };
  text: { text: string };
  transcription: {
    text: string;
    userId: string;
    final: boolean;
    /** Interim only: covers all audio up to the user's stop (asked for at the VAD stop). */
    settled?: boolean;
    language?: string;
    /** Recognizer confidence, 0..1 (lowest word posterior), when the engine reports one. */
    confidence?: number;
    /** False when the recognizer judged the speech probably not a shopping request. */
    inDomain?: boolean;
    /**
     * Final only: other readings of the same audio, most likely first, never repeating `text`
     * (the recognizer's N-best list and, in dual mode, the other decoder's reading), so a
     * consumer can prefer one that makes sense in context. `source` says where each came from.
     */
    alternatives?: readonly TranscriptionAlternative[];
  };
  'llm-text': { text: string };
  'tts-text': { text: string };
  /** Words said as they are (not an LLM reply); `audioResponse: false` shows them without speaking. */
  'tts-speak': { text: string; audioResponse?: boolean };
  'llm-run': { text: string; source: 'voice' | 'typed'; audioResponse: boolean };
  'output-transport-message': { message: unknown };
  'function-call-in-progress': FunctionCallRef & { arguments: unknown };
  'function-call-result': FunctionCallRef & { result: unknown; cancelled: boolean };
  /** Add a user message to the LLM context without running the LLM (RTVI send-text run_immediately:false). */
  'context-append': { role: 'user'; text: string; audioResponse: boolean };
  /**
   * Work a tool started earlier finished in the background (research): the LLM stage adds the
   * call and its result to the history as if it had made it, shows `ui` and says `announcement`.
   */
  'background-result': {
    toolCallId: string;
    functionName: string;
    arguments: unknown;
    result: unknown;
    ui: readonly unknown[];
    announcement: string;
  };
  // ── control ───────────────────────────────────────────────────────────────
  end: { reason?: string };
  'llm-response-start': Record<never, never>;
  'llm-response-end': Record<never, never>;
  'tts-started': Record<never, never>;
  'tts-stopped': Record<never, never>;
}

export type FrameType = keyof FramePayloads;

export interface FrameHeader {
  /** Unique per process, increasing. */
  readonly id: number;
  /** `type#id`, for logs. */
  readonly name: string;
  /** Monotonic creation time in ms from the creator's clock. */
  readonly ts: number;
}

/** A frame of type T; `Frame` alone is the union of all types, narrowable on `type`. */
export type Frame<T extends FrameType = FrameType> = {
  [K in T]: FrameHeader & { readonly type: K } & Readonly<FramePayloads[K]>;
}[T];

/** The category of every frame type; a `Record` so a type without one does not compile. */
const CATEGORIES: Readonly<Record<FrameType, FrameCategory>> = {
  start: 'system',
  cancel: 'system',
  interruption: 'system',
  'user-started-speaking': 'system',
  'user-stopped-speaking': 'system',
  'vad-user-started-speaking': 'system',
  'vad-user-stopped-speaking': 'system',
  'user-turn-mode': 'system',
  'bot-started-speaking': 'system',
  'bot-stopped-speaking': 'system',
  'input-audio': 'system',
  error: 'system',
  metrics: 'system',
  'input-transport-message': 'system',
  'output-transport-message-urgent': 'system',
  'function-calls-started': 'system',
  'function-call-cancel': 'system',
  'end-task-request': 'system',
  'cancel-task-request': 'system',
  'interruption-request': 'system',
  'bot-segment-started': 'system',
  'bot-spoken-text': 'system',
  dtmf: 'system',
  'playback-mark': 'system',
  'output-audio': 'data',
  text: 'data',
  transcription: 'data',
  'llm-text': 'data',
  'tts-text': 'data',
  'tts-speak': 'data',
  'llm-run': 'data',
  'output-transport-message': 'data',
  'function-call-in-progress': 'data',
  'function-call-result': 'data',
  'context-append': 'data',
  'background-result': 'data',
  end: 'control',
  'llm-response-start': 'control',
  'llm-response-end': 'control',
  'tts-started': 'control',
  'tts-stopped': 'control',
};

/** The lookup every processor does per frame (a Map, as fast as before the catalogue was a table). */
const CATEGORY_OF: ReadonlyMap<FrameType, FrameCategory> = new Map(
  Object.entries(CATEGORIES) as [FrameType, FrameCategory][],
);

/** Data and control frames that survive interruptions. */
const UNINTERRUPTIBLE: ReadonlySet<FrameType> = new Set<FrameType>([
  // A finished background job waits out a barge-in: its result is the shopper's, only later.
  'background-result',
  'function-call-in-progress',
  'function-call-result',
  'end',
]);

export function frameCategory(type: FrameType): FrameCategory {
  const category = CATEGORY_OF.get(type);
  if (!category) throw new Error(`unknown frame type "${type}": declare it in src/pipeline/frames.ts`);
  return category;
}

export function isSystemFrame(frame: Frame): boolean {
  return frameCategory(frame.type) === 'system';
}

export function isUninterruptible(frame: Frame): boolean {
  return UNINTERRUPTIBLE.has(frame.type);
}

let nextFrameId = 1;
const RESERVED_KEYS = ['id', 'name', 'ts', 'type'] as const;

/** Creates a frame stamped with a fresh id and the clock's monotonic time. */
export function createFrame<T extends FrameType>(type: T, payload: FramePayloads[T], clock: Clock): Frame<T> {
  frameCategory(type); // fail fast on unregistered types
  for (const key of RESERVED_KEYS) {
    if (key in payload) {
      throw new Error(
        `frame type "${type}" has a payload field "${key}", which is a frame header field: rename it`,
      );
    }
  }
  const id = nextFrameId++;
  return Object.freeze({
    ...payload,
    id,
    name: `${type}#${id}`,
    ts: clock.now(),
    type,
  }) as unknown as Frame<T>;
}

/** Narrows a frame to one type without casts at the call site. */
export function isFrame<T extends FrameType>(frame: Frame, type: T): frame is Extract<Frame, { type: T }> {
  return frame.type === type;
}
