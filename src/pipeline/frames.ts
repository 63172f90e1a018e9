/**
 * Frames: the only thing that flows through a pipeline.
 *
 * A frame is a plain readonly object discriminated by `type`. Its category decides how every
 * processor treats it, so interruption semantics fall out of the type instead of being
 * re-implemented in each processor:
 * - system: handled ahead of queued work, in arrival order, never dropped by an interruption;
 * - data and control: handled in order by the processor's worker, dropped by an interruption
 *   unless the type is uninterruptible (end, tool call in progress, tool result).
 *
 * Other modules add frame types by declaration merging on `FramePayloads` plus
 * `registerFrameType()`, so the core stays closed while the vocabulary stays open.
 */
import type { Clock } from './clock.ts';

export type Direction = 'downstream' | 'upstream';
export type FrameCategory = 'system' | 'data' | 'control';

/** One measured value; durations in milliseconds. */
export type MetricsData =
  | { kind: 'ttfb'; processor: string; model?: string; valueMs: number }
  | { kind: 'processing'; processor: string; model?: string; valueMs: number }
  | {
      kind: 'llm-usage';
      processor: string;
      model?: string;
      promptTokens: number;
      completionTokens: number;
      totalTokens: number;
    }
  | { kind: 'tts-usage'; processor: string; model?: string; characters: number }
  | { kind: 'stt-usage'; processor: string; model?: string; audioSeconds: number };

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

/** Payload of every frame type. Extend by declaration merging (then call registerFrameType). */
export interface FramePayloads {
  // ── system ────────────────────────────────────────────────────────────────
  start: StartParams;
  cancel: { reason?: string };
  interruption: Record<never, never>;
  'user-started-speaking': Record<never, never>;
  'user-stopped-speaking': Record<never, never>;
  'vad-user-started-speaking': {
    startSecs: number;
    /**
     * How much of the audio already passed downstream, counted back from the newest input
     * frame before this one, belongs to the speech (ms): the VAD decides late (start window
     * plus inference lag), so an STT reaches back this far (plus a margin) for the first word.
     */
    onsetLagMs?: number;
  };
  'vad-user-stopped-speaking': { stopSecs: number };
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
  // ── data ──────────────────────────────────────────────────────────────────
  'output-audio': { audio: Int16Array; sampleRate: number; channels: number };
  text: { text: string };
  transcription: {
    text: string;
    userId: string;
    final: boolean;
    language?: string;
    /** Recognizer confidence, 0..1 (lowest word posterior), when the engine reports one. */
    confidence?: number;
    /** False when the recognizer judged the speech probably not a shopping request. */
    inDomain?: boolean;
  };
  'llm-text': { text: string };
  'tts-text': { text: string };
  'tts-speak': { text: string };
  'llm-run': { text: string; source: 'voice' | 'typed'; audioResponse: boolean };
  'output-transport-message': { message: unknown };
  'function-call-in-progress': FunctionCallRef & { arguments: unknown };
  'function-call-result': FunctionCallRef & { result: unknown; cancelled: boolean };
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

const categories = new Map<FrameType, FrameCategory>();
const uninterruptible = new Set<FrameType>();

/** Declares the category of a frame type (and whether it survives interruptions). */
export function registerFrameType(
  type: FrameType,
  category: FrameCategory,
  opts: { uninterruptible?: boolean } = {},
): void {
  const known = categories.get(type);
  if (known && known !== category) {
    throw new Error(`frame type "${type}" is already registered as ${known}, not ${category}`);
  }
  categories.set(type, category);
  if (opts.uninterruptible) uninterruptible.add(type);
}

const SYSTEM: FrameType[] = [
  'start',
  'cancel',
  'interruption',
  'user-started-speaking',
  'user-stopped-speaking',
  'vad-user-started-speaking',
  'vad-user-stopped-speaking',
  'bot-started-speaking',
  'bot-stopped-speaking',
  'input-audio',
  'error',
  'metrics',
  'input-transport-message',
  'output-transport-message-urgent',
  'function-calls-started',
  'function-call-cancel',
  'end-task-request',
  'cancel-task-request',
  'interruption-request',
];
const DATA: FrameType[] = [
  'output-audio',
  'text',
  'transcription',
  'llm-text',
  'tts-text',
  'tts-speak',
  'llm-run',
  'output-transport-message',
];
const CONTROL: FrameType[] = ['llm-response-start', 'llm-response-end', 'tts-started', 'tts-stopped'];

for (const t of SYSTEM) registerFrameType(t, 'system');
for (const t of DATA) registerFrameType(t, 'data');
for (const t of CONTROL) registerFrameType(t, 'control');
registerFrameType('function-call-in-progress', 'data', { uninterruptible: true });
registerFrameType('function-call-result', 'data', { uninterruptible: true });
registerFrameType('end', 'control', { uninterruptible: true });

export function frameCategory(type: FrameType): FrameCategory {
  const category = categories.get(type);
  if (!category) throw new Error(`unknown frame type "${type}": call registerFrameType() first`);
  return category;
}

export function isSystemFrame(frame: Frame): boolean {
  return frameCategory(frame.type) === 'system';
}

export function isUninterruptible(frame: Frame): boolean {
  return uninterruptible.has(frame.type);
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
