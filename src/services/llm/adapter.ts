/**
 * The one place that talks to the AI SDK at runtime. One model call per `streamLlm()`:
 * schema-only tools (the framework's tool loop executes them), one step, few SDK retries,
 * our own first-chunk and stall watchdogs on the injectable clock, the caller's AbortSignal.
 * Everything else in the LLM layer sees only `LlmStreamEvent`s and `LlmError`s.
 */
import { APICallError } from '@ai-sdk/provider';
import {
  isStepCount,
  jsonSchema,
  type LanguageModel,
  LoadAPIKeyError,
  type ModelMessage,
  RetryError,
  streamText,
  ToolChoiceViolationError,
  type ToolSet,
  tool,
} from 'ai';
import { z } from 'zod';
import { childLogger } from '../../log/logger.ts';
import { type Clock, systemClock } from '../../pipeline/clock.ts';
import type { ServiceErrorKind } from '../service-base.ts';
import { LlmError } from './errors.ts';
import type { ChatMessage, LlmFinishReason, LlmStreamEvent, LlmUsage, ToolSpec } from './types.ts';

const log = childLogger({ component: 'llm' });

// SDK warnings (unsupported settings per provider) go to our structured log, not process warnings.
const sdkGlobals = globalThis as { AI_SDK_LOG_WARNINGS?: unknown };
if (sdkGlobals.AI_SDK_LOG_WARNINGS === undefined) {
  sdkGlobals.AI_SDK_LOG_WARNINGS = (o: { warnings: unknown[]; provider?: string; model?: string }) =>
    log.warn({ warnings: o.warnings, provider: o.provider, model: o.model }, 'AI SDK warnings');
}

/** Any model object the SDK accepts (V4 from our offline engine, V2/V3/V4 from provider packages). */
export type LlmModel = Exclude<LanguageModel, string>;

export interface LlmCallOptions {
  model: LlmModel;
  /** Provider label used in error messages ("openai", "offline"). */
  provider: string;
  instructions: string;
  messages: readonly ChatMessage[];
  tools: readonly ToolSpec[];
  toolChoice?: 'auto' | 'none' | 'required';
  temperature?: number;
  maxOutputTokens?: number;
  /** SDK retries for retryable failures before the first byte (429, 5xx, connect errors). */
  maxRetries?: number;
  /** Abort when neither text nor a tool call arrived within this time (covers SDK retries). */
  firstChunkTimeoutMs?: number;
  /** Abort when the stream stalls this long after its first chunk. */
  chunkTimeoutMs?: number;
  abortSignal?: AbortSignal;
  clock?: Clock;
}

export const ADAPTER_DEFAULTS = {
  maxRetries: 1,
  firstChunkTimeoutMs: 4000,
  chunkTimeoutMs: 10_000,
} as const;

const schemaCache = new WeakMap<z.ZodType, ReturnType<typeof jsonSchema>>();

/** Zod → JSON Schema without SDK-side validation: the tool loop validates and reports errors to the model. */
function toSdkSchema(schema: z.ZodType) {
  let cached = schemaCache.get(schema);
  if (!cached) {
    const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    cached = jsonSchema(json as Parameters<typeof jsonSchema>[0]);
    schemaCache.set(schema, cached);
  }
  return cached;
}

function toSdkTools(tools: readonly ToolSpec[]): ToolSet {
  const set: ToolSet = {};
  for (const spec of tools) {
    set[spec.name] = tool({ description: spec.description, inputSchema: toSdkSchema(spec.inputSchema) });
  }
  return set;
}

/** Tool outputs must be plain JSON for every provider; this drops undefined, Dates become strings. */
function toJsonValue(value: unknown) {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export function toModelMessages(messages: readonly ChatMessage[]): ModelMessage[] {
  const out: ModelMessage[] = [];
  for (const m of messages) {
    if (m.role === 'user') {
      out.push({ role: 'user', content: m.content });
    } else if (m.role === 'assistant') {
      const content: Exclude<Extract<ModelMessage, { role: 'assistant' }>['content'], string> = [];
      if (m.content) content.push({ type: 'text', text: m.content });
      for (const c of m.toolCalls) {
        content.push({ type: 'tool-call', toolCallId: c.id, toolName: c.name, input: toJsonValue(c.input) });
      }
      if (content.length > 0) out.push({ role: 'assistant', content });
    } else if (m.results.length > 0) {
      out.push({
        role: 'tool',
        content: m.results.map((r) => ({
          type: 'tool-result' as const,
          toolCallId: r.id,
          toolName: r.name,
          output:
            typeof r.output === 'string'
              ? { type: r.isError ? ('error-text' as const) : ('text' as const), value: r.output }
              : {
                  type: r.isError ? ('error-json' as const) : ('json' as const),
                  value: toJsonValue(r.output),
                },
        })),
      });
    }
  }
  return out;
}

function truncate(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function kindForStatus(status: number): ServiceErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate-limit';
  if (status === 408) return 'timeout';
  if (status >= 500 || status === 529) return 'unavailable';
  return 'bad-request';
}

function adviceFor(kind: ServiceErrorKind, provider: string): string {
  switch (kind) {
    case 'auth':
      return `check the API key for ${provider} (LLM_API_KEY or the provider's own key variable)`;
    case 'rate-limit':
      return 'the provider rate limit or quota was reached; retry later or raise the quota';
    case 'network':
      return 'check LLM_BASE_URL, that the server is running and reachable from this host';
    case 'bad-request':
      return 'check LLM_MODEL and the request parameters';
    case 'unavailable':
      return 'the provider is overloaded or down; retry later or switch LLM_PROVIDER';
    default:
      return '';
  }
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === 'object') {
    const o = err as { message?: unknown; error?: { message?: unknown; type?: unknown } };
    if (typeof o.message === 'string') return o.message;
    if (o.error && typeof o.error.message === 'string')
      return `${o.error.type ?? 'error'}: ${o.error.message}`;
    return JSON.stringify(err);
  }
  return String(err);
}

/** Maps whatever the SDK or a provider threw into one LlmError with advice. */
export function toLlmError(err: unknown, provider: string, midStream = false): LlmError {
  if (err instanceof LlmError) return err;
  if (RetryError.isInstance(err)) return toLlmError(err.lastError, provider, midStream);
  const make = (kind: ServiceErrorKind, detail: string, status?: number, retryable?: boolean) => {
    const advice = adviceFor(kind, provider);
    const where = midStream ? ' mid-stream' : '';
    const statusText = status === undefined ? '' : ` (HTTP ${status})`;
    return new LlmError(
      `${provider} LLM failed${where}${statusText}: ${truncate(detail)}${advice ? `; ${advice}` : ''}`,
      {
        kind,
        provider,
        status,
        retryable,
        cause: err,
        midStream,
      },
    );
  };
  if (LoadAPIKeyError.isInstance(err)) return make('auth', err.message);
  if (APICallError.isInstance(err)) {
    if (err.statusCode === undefined) return make('network', err.message, undefined, true);
    const body = err.responseBody ? ` ${err.responseBody}` : '';
    return make(kindForStatus(err.statusCode), `${err.message}${body}`, err.statusCode, err.isRetryable);
  }
  const text = errorText(err);
  // Provider error events inside a 200 stream (Anthropic `overloaded_error`, OpenAI `rate_limit_exceeded`).
  if (/rate.?limit|too many requests|quota/i.test(text)) return make('rate-limit', text);
  if (/overloaded|unavailable|server.?error|internal/i.test(text)) return make('unavailable', text);
  if (/terminated|socket|ECONNRESET|ECONNREFUSED|fetch failed|network/i.test(text)) {
    return make('network', text, undefined, true);
  }
  return make(midStream ? 'network' : 'internal', text, undefined, midStream);
}

function mapFinishReason(reason: string | undefined): LlmFinishReason {
  switch (reason) {
    case 'stop':
    case 'length':
    case 'content-filter':
    case 'tool-calls':
    case 'error':
      return reason;
    default:
      return 'other';
  }
}

function toUsage(
  u: { inputTokens?: number; outputTokens?: number; totalTokens?: number } | undefined,
): LlmUsage {
  const inputTokens = u?.inputTokens ?? 0;
  const outputTokens = u?.outputTokens ?? 0;
  return { inputTokens, outputTokens, totalTokens: u?.totalTokens ?? inputTokens + outputTokens };
}

/**
 * Streams one model call. Ends normally after `finish`; returns silently when the caller's
 * signal aborts; throws LlmError on provider failure or watchdog timeout.
 */
export async function* streamLlm(opts: LlmCallOptions): AsyncGenerator<LlmStreamEvent, void, undefined> {
  const clock = opts.clock ?? systemClock;
  const { provider } = opts;
  const firstChunkMs = opts.firstChunkTimeoutMs ?? ADAPTER_DEFAULTS.firstChunkTimeoutMs;
  const chunkMs = opts.chunkTimeoutMs ?? ADAPTER_DEFAULTS.chunkTimeoutMs;
  const callerSignal = opts.abortSignal;
  if (callerSignal?.aborted) return;

  const internal = new AbortController();
  const signal = callerSignal ? AbortSignal.any([callerSignal, internal.signal]) : internal.signal;
  const started = clock.now();
  let ttftMs: number | null = null;
  let timer = clock.setTimer(
    () =>
      internal.abort(
        new LlmError(
          `${provider} LLM sent nothing within ${firstChunkMs} ms (LLM_FIRST_CHUNK_TIMEOUT_MS); ${adviceFor('network', provider)}`,
          { kind: 'timeout', provider },
        ),
      ),
    firstChunkMs,
  );
  /** Any part proves the stream is alive; only text and tool calls count as first output (TTFT). */
  const touch = (output: boolean) => {
    if (output && ttftMs === null) ttftMs = clock.now() - started;
    timer.cancel();
    timer = clock.setTimer(
      () =>
        internal.abort(
          new LlmError(`${provider} LLM stream stalled for ${chunkMs} ms mid-response`, {
            kind: 'timeout',
            provider,
            midStream: true,
          }),
        ),
      chunkMs,
    );
  };
  const watchdogError = () =>
    internal.signal.reason instanceof LlmError ? internal.signal.reason : undefined;

  let usage: LlmUsage = toUsage(undefined);
  let finishReason: LlmFinishReason = 'other';
  let finished = false;
  let violatedToolChoice = false;
  try {
    const result = streamText({
      model: opts.model,
      instructions: opts.instructions,
      messages: toModelMessages(opts.messages),
      tools: toSdkTools(opts.tools),
      toolChoice: opts.toolChoice ?? 'auto',
      stopWhen: isStepCount(1),
      maxRetries: opts.maxRetries ?? ADAPTER_DEFAULTS.maxRetries,
      abortSignal: signal,
      ...(opts.temperature === undefined ? {} : { temperature: opts.temperature }),
      ...(opts.maxOutputTokens === undefined ? {} : { maxOutputTokens: opts.maxOutputTokens }),
      // Errors surface as `error` parts below; the SDK's default handler would log them to stderr.
      onError: () => {},
    });
    for await (const part of result.stream) {
      switch (part.type) {
        case 'text-delta':
          if (part.text) {
            touch(true);
            yield { type: 'text', text: part.text };
          }
          break;
        case 'tool-input-start':
          touch(true);
          break;
        case 'tool-input-delta':
        case 'reasoning-delta':
          touch(false);
          break;
        case 'tool-call': {
          touch(true);
          const call = { id: part.toolCallId, name: part.toolName, input: part.input };
          if (part.invalid) {
            yield { type: 'tool-call', call, invalidReason: errorText(part.error) };
          } else {
            yield { type: 'tool-call', call };
          }
          break;
        }
        case 'finish-step':
          usage = toUsage(part.usage);
          finishReason = mapFinishReason(part.finishReason);
          break;
        case 'finish':
          finished = true;
          break;
        case 'abort': {
          const wd = watchdogError();
          if (wd) throw wd;
          return;
        }
        case 'error': {
          if (callerSignal?.aborted) return;
          // A model that calls tools when told not to (last step): its calls arrived already, the loop drops them.
          if (ToolChoiceViolationError.isInstance(part.error)) {
            violatedToolChoice = true;
            break;
          }
          throw watchdogError() ?? toLlmError(part.error, provider, ttftMs !== null);
        }
        default:
          break;
      }
    }
    if (callerSignal?.aborted) return;
    const wd = watchdogError();
    if (wd) throw wd;
    if (violatedToolChoice) {
      finished = true;
      finishReason = 'tool-calls';
    }
    if (!finished) {
      throw new LlmError(`${provider} LLM stream ended without a finish event`, {
        kind: 'network',
        provider,
        midStream: ttftMs !== null,
      });
    }
    yield { type: 'finish', usage, ttftMs, finishReason };
  } catch (err) {
    if (callerSignal?.aborted) return;
    throw watchdogError() ?? toLlmError(err, provider, ttftMs !== null);
  } finally {
    timer.cancel();
    // A consumer that stops early (interruption) must not leave the HTTP stream open.
    if (!internal.signal.aborted)
      internal.abort(new DOMException('LLM stream closed by consumer', 'AbortError'));
  }
}
