/**
 * The LLM layer's own vocabulary. Nothing here depends on the AI SDK, so the context, the tool
 * loop and the pipeline processor survive the next SDK/spec bump untouched; only the adapter
 * translates these into SDK messages and SDK stream parts back into these.
 */
import type { z } from 'zod';
import type { Language } from '../../shop/contract.ts';

export type { Language };

export interface ToolCall {
  id: string;
  name: string;
  /** Parsed JSON arguments as the model produced them (not yet validated). */
  input: unknown;
}

/** What the model is told about a finished tool call. */
export interface ToolResultMessagePart {
  id: string;
  name: string;
  /** JSON-serialisable result, or the error / CANCELLED marker the model should see. */
  output: unknown;
  isError: boolean;
}

export type ChatMessage =
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls: ToolCall[] }
  | { role: 'tool'; results: ToolResultMessagePart[] };

/** A tool as the model sees it: schema only, never executable by the SDK. */
export interface ToolSpec {
  name: string;
  description: string;
  inputSchema: z.ZodType;
}

export interface LlmUsage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
}

export type LlmFinishReason = 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'other';

/** One event of a single model call, as the adapter yields it. */
export type LlmStreamEvent =
  | { type: 'text'; text: string }
  | {
      type: 'tool-call';
      call: ToolCall;
      /** Set when the SDK could not parse the call (bad JSON, unknown tool); the loop reports it back. */
      invalidReason?: string;
    }
  | {
      type: 'finish';
      usage: LlmUsage;
      /** Call start → first text or tool call, on the adapter's clock. */
      ttftMs: number | null;
      finishReason: LlmFinishReason;
    };

export const CANCELLED = 'CANCELLED';
