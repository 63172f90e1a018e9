/**
 * The speech-to-speech vocabulary every provider speaks to the session: what the session asks
 * of a live connection and the events it gets back, normalised from each provider's wire
 * protocol so the pipeline stage (realtime-processor.ts) knows no provider.
 */
import type { z } from 'zod';
import type { Clock } from '../../pipeline/clock.ts';
import type { Language } from '../../shop/contract.ts';
import type { LlmUsage, ToolSpec } from '../llm/types.ts';
import type { ServiceError } from '../service-base.ts';

export type TurnDetectionMode = 'server' | 'local';
export type NoiseReduction = 'near_field' | 'far_field' | 'off';

/** What a session is configured with (sent at connect, and again after a reconnect or switch). */
export interface RealtimeSettings {
  instructions: string;
  voice: string;
  tools: readonly ToolSpec[];
  /** server: the provider's VAD ends turns and cuts replies; local: ours does (commit + response). */
  turnDetection: TurnDetectionMode;
  language: Language;
  temperature: number | undefined;
  maxOutputTokens: number | undefined;
  noiseReduction: NoiseReduction;
  /** Input transcription model (captions and the recording of the shopper's words). */
  transcriptionModel: string | undefined;
}

/** A past turn replayed into a fresh connection so a reconnect keeps the conversation. */
export interface HistoryItem {
  role: 'user' | 'assistant';
  text: string;
}

export type ResponseStatus = 'completed' | 'cancelled' | 'failed' | 'incomplete';

export type RealtimeEvent =
  | { type: 'session-ready' }
  | { type: 'speech-started' }
  | { type: 'speech-stopped' }
  | { type: 'user-transcript'; itemId: string; text: string; final: boolean }
  | { type: 'response-started'; responseId: string }
  /** Assistant audio at the connection's `outputRate`. */
  | { type: 'audio'; responseId: string; itemId: string; audio: Int16Array }
  /** Assistant transcript (of the audio) or text delta. */
  | { type: 'text'; responseId: string; itemId: string; text: string }
  | { type: 'function-call'; responseId: string; callId: string; name: string; arguments: string }
  /** The provider's server VAD cut the reply (Gemini reports this instead of speech-started). */
  | { type: 'interrupted' }
  | {
      type: 'response-done';
      responseId: string;
      status: ResponseStatus;
      usage: LlmUsage | undefined;
      /** Why a failed response failed (rate limit, server error). */
      error?: ServiceError;
    }
  /** An in-band error or a message we could not understand: the session goes on. */
  | { type: 'error'; error: Error }
  /** The connection is gone; `error` unless we closed it. */
  | { type: 'closed'; error?: ServiceError };

export interface RealtimeConnection {
  readonly provider: string;
  readonly model: string;
  /** PCM16 mono rate the provider takes. */
  readonly inputRate: number;
  /** PCM16 mono rate of the provider's audio. */
  readonly outputRate: number;
  sendAudio(pcm: Int16Array): void;
  /** Local turn detection: the shopper started / finished a turn (commit the buffer). */
  startActivity(): void;
  endActivity(): void;
  addUserText(text: string): void;
  addToolResult(callId: string, name: string, output: unknown): void;
  /** Asks for a reply: `instructions` for this reply only (the greeting), text-only when !audio. */
  createResponse(opts?: { instructions?: string; toolChoice?: 'auto' | 'none'; audio?: boolean }): void;
  cancelResponse(): void;
  /** Cuts the assistant item at what was actually played, so the model knows what was heard. */
  truncate(itemId: string, audioEndMs: number): void;
  update(settings: RealtimeSettings): void;
  close(): Promise<void>;
}

export interface RealtimeOpenOptions {
  settings: RealtimeSettings;
  history: readonly HistoryItem[];
  onEvent: (event: RealtimeEvent) => void;
  signal: AbortSignal;
  clock: Clock;
}

/** A provider: its own variables and how it opens a connection. One file + one line in the list. */
export interface RealtimeProvider<C extends z.ZodObject = z.ZodObject> {
  name: string;
  configSchema: C;
  defaultVoice: string;
  create(config: z.output<C> & RealtimeCommonConfig): RealtimeService;
}

export interface RealtimeService {
  readonly provider: string;
  readonly model: string;
  open(opts: RealtimeOpenOptions): Promise<RealtimeConnection>;
}

export interface RealtimeCommonConfig {
  REALTIME_API_KEY: string | undefined;
  REALTIME_CONNECT_TIMEOUT_MS: number;
}

export function defineRealtimeProvider<C extends z.ZodObject>(p: RealtimeProvider<C>): RealtimeProvider<C> {
  return p;
}
