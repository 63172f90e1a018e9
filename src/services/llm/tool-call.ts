/**
 * One shop tool call under the framework's policies, shared by the cascade's tool loop and the
 * speech-to-speech sessions (whose model runs its own loop but must not run tools its own way):
 * arguments validated against the tool's zod schema, unclear speech refused for tools that need
 * it, a per-tool timeout, cancellation on barge-in when the tool's policy allows it, one filler
 * after the tool's delay, and domain refusals handed back structured so the model can act on them.
 */
import { z } from 'zod';
import type { Clock } from '../../pipeline/clock.ts';
import type { Language, ShopTool, ToolContext, ToolOutcome, UiEvent } from '../../shop/contract.ts';
import { CANCELLED, type ToolCall } from './types.ts';

export interface ToolCallOptions {
  user: { userId: string; sessionId: string; knowledgeBase?: string };
  language: Language;
  /** Interruption of the reply the call belongs to. */
  signal: AbortSignal;
  clock: Clock;
  /** The turn came from speech flagged as probably not a shopping request. */
  uncertainInput?: boolean;
  /** Set when the model's call could not be parsed (bad JSON, unknown tool): answered as an error. */
  invalidReason?: string;
  /** A filler for slow tools: `say` returns undefined when there is no phrase to say. */
  filler?: { readonly said: boolean; say: () => Promise<void> | undefined };
}

export interface ToolCallEnd {
  /** What the model sees: the tool's result, an error object, or CANCELLED. */
  result: unknown;
  isError: boolean;
  cancelled: boolean;
  /** A log-worthy description when the call failed or was refused. */
  error?: string;
  /** Screen updates of a successful call. */
  ui: readonly UiEvent[];
  /** The reply was interrupted while the call ran (its UI must still reach the screen). */
  afterInterruption: boolean;
}

type CallEnd =
  | { kind: 'ok'; outcome: ToolOutcome }
  | { kind: 'cancelled' }
  | { kind: 'timeout' }
  | { kind: 'failed'; message: string; code?: string; details?: unknown };

const CANCEL = Symbol('cancelled');
const TIMEOUT = Symbol('timeout');

function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function refused(message: string, result: unknown = { error: message }): ToolCallEnd {
  return { result, isError: true, cancelled: false, error: message, ui: [], afterInterruption: false };
}

/** Runs one call of `tool` (undefined: the model named a tool this session does not have). */
export async function runToolCall(
  tool: ShopTool | undefined,
  call: ToolCall,
  opts: ToolCallOptions,
): Promise<ToolCallEnd> {
  if (!tool || opts.invalidReason !== undefined) {
    return refused(opts.invalidReason ?? `Unknown tool "${call.name}". Use only the tools provided.`);
  }
  const parsed = tool.inputSchema.safeParse(call.input);
  if (!parsed.success) {
    return refused(`Invalid arguments for ${call.name}: ${z.prettifyError(parsed.error)}`);
  }
  if (opts.uncertainInput && tool.policy.needsClearSpeech) {
    const message =
      'The request was not clearly recognised as a shopping request, so nothing was changed. Ask the shopper to repeat or confirm it.';
    return refused(message, { error: { code: 'UNCLEAR_REQUEST', message } });
  }
  const end = await execute(opts, tool, call, parsed.data);
  const base = { ui: [], afterInterruption: false };
  switch (end.kind) {
    case 'ok':
      return {
        result: end.outcome.result,
        isError: false,
        cancelled: false,
        ui: end.outcome.ui ?? [],
        afterInterruption: opts.signal.aborted,
      };
    case 'cancelled':
      return { ...base, result: CANCELLED, isError: false, cancelled: true };
    case 'timeout': {
      const message = `${call.name} did not answer within ${tool.policy.timeoutMs} ms`;
      return {
        ...base,
        result: { error: `TIMEOUT: ${message}` },
        isError: true,
        cancelled: true,
        error: message,
      };
    }
    case 'failed': {
      const message = `The function ${call.name} failed: ${end.message}`;
      // A domain refusal (a typed error with a code: out of stock, not yours…) reaches the model
      // structured, so it can explain it or offer the listed choices instead of apologising.
      const result = end.code
        ? {
            error: {
              code: end.code,
              message: end.message,
              ...(end.details === undefined ? {} : { details: end.details }),
            },
          }
        : { error: message };
      return { ...base, result, isError: true, cancelled: false, error: message };
    }
  }
}

function failure(err: unknown): CallEnd {
  const message = err instanceof Error ? err.message : String(err);
  const { code, details } = (typeof err === 'object' && err !== null ? err : {}) as {
    code?: unknown;
    details?: unknown;
  };
  return typeof code === 'string' ? { kind: 'failed', message, code, details } : { kind: 'failed', message };
}

async function execute(
  opts: ToolCallOptions,
  tool: ShopTool,
  call: ToolCall,
  input: unknown,
): Promise<CallEnd> {
  const { signal, clock, filler } = opts;
  // Interrupted between "in progress" and here: never start it, not even a write.
  if (signal.aborted) return { kind: 'cancelled' };
  const ctrl = new AbortController();
  const onInterrupt = () => {
    if (tool.policy.cancelOnInterruption) ctrl.abort(CANCEL);
  };
  signal.addEventListener('abort', onInterrupt, { once: true });
  const timeout = clock.setTimer(() => ctrl.abort(TIMEOUT), tool.policy.timeoutMs);
  let fillerEmit: Promise<void> | undefined;
  const fillerAfter = tool.policy.fillerAfterMs;
  const fillerTimer =
    fillerAfter === undefined || !filler || filler.said
      ? undefined
      : clock.setTimer(() => {
          if (ctrl.signal.aborted || signal.aborted || filler.said) return;
          fillerEmit = filler.say();
        }, fillerAfter);
  const ctx: ToolContext = {
    userId: opts.user.userId,
    sessionId: opts.user.sessionId,
    ...(opts.user.knowledgeBase ? { knowledgeBase: opts.user.knowledgeBase } : {}),
    language: opts.language,
    toolCallId: call.id,
    abortSignal: ctrl.signal,
  };
  let end: CallEnd;
  try {
    const running = Promise.resolve().then(() => tool.execute(input, ctx));
    // A tool that ignores its signal keeps running detached; its late failure must not surface.
    running.catch(() => {});
    const outcome = await Promise.race([running, whenAborted(ctrl.signal)]);
    end = { kind: 'ok', outcome };
  } catch (err) {
    if (ctrl.signal.reason === TIMEOUT) end = { kind: 'timeout' };
    else if (ctrl.signal.reason === CANCEL) end = { kind: 'cancelled' };
    else end = failure(err);
  } finally {
    timeout.cancel();
    fillerTimer?.cancel();
    signal.removeEventListener('abort', onInterrupt);
  }
  if (fillerEmit) await fillerEmit;
  return end;
}
