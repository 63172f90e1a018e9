/**
 * The framework-owned tool loop: call the model, run the tools it asked for against the shop
 * for this session's user, feed the results back, repeat up to the step limit.
 *
 * Interruption (the AbortSignal) is honoured at every point: the model stream is cancelled,
 * cancellable tools are aborted, calls that had not started are dropped from the history
 * (pipecat#4997), and every call that did start ends with a result or CANCELLED (pipecat#5779).
 */
import { type Clock, systemClock } from '../../pipeline/clock.ts';
import type { ShopTool, UiEvent } from '../../shop/contract.ts';
import { ADAPTER_DEFAULTS, type LlmModel, streamLlm } from './adapter.ts';
import type { ConversationContext } from './context.ts';
import { isLlmError, type LlmError } from './errors.ts';
import { runToolCall } from './tool-call.ts';
import type { LlmFinishReason, LlmUsage, ToolCall, ToolSpec } from './types.ts';

export type ToolLoopEvent =
  | { type: 'llm-started'; step: number }
  | { type: 'text'; text: string; source: 'llm' | 'filler' | 'apology' }
  | {
      type: 'llm-stopped';
      step: number;
      finishReason: LlmFinishReason;
      usage: LlmUsage;
      ttftMs: number | null;
    }
  | { type: 'tool-calls-started'; step: number; calls: ToolCall[] }
  | { type: 'tool-call-in-progress'; call: ToolCall }
  | {
      type: 'tool-call-stopped';
      call: ToolCall;
      cancelled: boolean;
      /** What the model sees: the tool's result, an error object, or CANCELLED. */
      result: unknown;
      error?: string;
    }
  | { type: 'ui'; toolCallId: string; event: UiEvent; afterInterruption: boolean }
  | { type: 'error'; error: LlmError }
  | { type: 'done'; summary: ToolLoopSummary };

export type ToolLoopEndReason = 'completed' | 'interrupted' | 'step-limit' | 'error';

export interface ToolLoopSummary {
  reason: ToolLoopEndReason;
  /** Model calls made. */
  steps: number;
  /** All model text of this run (fillers and apologies excluded). */
  text: string;
  usage: LlmUsage;
  /** Time to first text of the run's first model call. */
  ttftMs: number | null;
}

export interface ToolLoopOptions {
  model: LlmModel;
  provider: string;
  context: ConversationContext;
  tools: readonly ShopTool[];
  user: { userId: string; sessionId: string; knowledgeBase?: string };
  /** Interruption: aborting ends the run as fast as the running tool's policy allows. */
  signal: AbortSignal;
  onEvent: (event: ToolLoopEvent) => void | Promise<void>;
  clock?: Clock;
  /** Tool rounds per run; the model is called at most maxToolSteps + 1 times. */
  maxToolSteps?: number;
  temperature?: number;
  maxOutputTokens?: number;
  maxRetries?: number;
  firstChunkTimeoutMs?: number;
  chunkTimeoutMs?: number;
  /** The turn came from speech flagged as probably not a shopping request. */
  uncertainInput?: boolean;
}

const toolSpecCache = new WeakMap<readonly ShopTool[], ToolSpec[]>();

function toolSpecs(tools: readonly ShopTool[]): ToolSpec[] {
  let specs = toolSpecCache.get(tools);
  if (!specs) {
    specs = tools.map((t) => ({ name: t.name, description: t.description, inputSchema: t.inputSchema }));
    toolSpecCache.set(tools, specs);
  }
  return specs;
}

export async function runToolLoop(opts: ToolLoopOptions): Promise<ToolLoopSummary> {
  const clock = opts.clock ?? systemClock;
  const { context, signal } = opts;
  const maxToolSteps = opts.maxToolSteps ?? 3;
  const byName = new Map(opts.tools.map((t) => [t.name as string, t]));
  const usage: LlmUsage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  let text = '';
  let firstTtft: number | null = null;
  let steps = 0;

  const emit = async (e: ToolLoopEvent) => {
    await opts.onEvent(e);
  };
  const done = async (reason: ToolLoopEndReason): Promise<ToolLoopSummary> => {
    context.endAssistantStep();
    const summary: ToolLoopSummary = { reason, steps, text, usage, ttftMs: firstTtft };
    await emit({ type: 'done', summary });
    return summary;
  };

  for (let step = 0; ; step++) {
    if (signal.aborted) return done('interrupted');
    const lastAllowed = step >= maxToolSteps;
    const messages = context.messages();
    context.beginAssistantStep();
    steps++;
    await emit({ type: 'llm-started', step });
    const calls: { call: ToolCall; invalidReason?: string }[] = [];
    let finishReason: LlmFinishReason = 'other';
    let stepUsage: LlmUsage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
    let ttftMs: number | null = null;
    try {
      for await (const ev of streamLlm({
        model: opts.model,
        provider: opts.provider,
        instructions: context.instructions(),
        messages,
        tools: toolSpecs(opts.tools),
        toolChoice: lastAllowed ? 'none' : 'auto',
        abortSignal: signal,
        clock,
        maxRetries: opts.maxRetries ?? ADAPTER_DEFAULTS.maxRetries,
        firstChunkTimeoutMs: opts.firstChunkTimeoutMs ?? ADAPTER_DEFAULTS.firstChunkTimeoutMs,
        chunkTimeoutMs: opts.chunkTimeoutMs ?? ADAPTER_DEFAULTS.chunkTimeoutMs,
        ...(opts.temperature === undefined ? {} : { temperature: opts.temperature }),
        ...(opts.maxOutputTokens === undefined ? {} : { maxOutputTokens: opts.maxOutputTokens }),
      })) {
        if (signal.aborted) break;
        if (ev.type === 'text') {
          context.appendAssistantText(ev.text);
          text += ev.text;
          await emit({ type: 'text', text: ev.text, source: 'llm' });
        } else if (ev.type === 'tool-call') {
          calls.push(ev.invalidReason === undefined ? { call: ev.call } : ev);
          context.addToolCall(ev.call);
        } else {
          finishReason = ev.finishReason;
          stepUsage = ev.usage;
          ttftMs = ev.ttftMs;
        }
      }
    } catch (err) {
      for (const c of calls) context.dropToolCall(c.call.id);
      // Only model failures become an apology; a failing event handler is a bug to surface.
      if (!isLlmError(err)) throw err;
      const error = err;
      await emit({ type: 'llm-stopped', step, finishReason: 'error', usage: stepUsage, ttftMs });
      if (signal.aborted) return done('interrupted');
      await emit({ type: 'error', error });
      await emit({ type: 'text', text: context.profile.apology[context.language], source: 'apology' });
      return done('error');
    }
    usage.inputTokens += stepUsage.inputTokens;
    usage.outputTokens += stepUsage.outputTokens;
    usage.totalTokens += stepUsage.totalTokens;
    if (step === 0) firstTtft = ttftMs;
    await emit({
      type: 'llm-stopped',
      step,
      finishReason: signal.aborted ? 'other' : finishReason,
      usage: stepUsage,
      ttftMs,
    });
    context.endAssistantStep();

    if (signal.aborted || calls.length === 0 || lastAllowed) {
      // Calls of a discarded generation, or beyond the step limit, never run.
      for (const c of calls) context.dropToolCall(c.call.id);
      if (signal.aborted) return done('interrupted');
      if (text === '') {
        // Nothing to say (e.g. the model kept calling tools to the end): never leave the shopper in silence.
        await emit({ type: 'text', text: context.profile.apology[context.language], source: 'apology' });
      }
      const cutShort = lastAllowed && (calls.length > 0 || finishReason === 'tool-calls');
      return done(cutShort ? 'step-limit' : 'completed');
    }

    await emit({ type: 'tool-calls-started', step, calls: calls.map((c) => c.call) });
    const filler = { said: false };
    for (let i = 0; i < calls.length; i++) {
      const c = calls[i] as (typeof calls)[number];
      if (signal.aborted) {
        for (const rest of calls.slice(i)) context.dropToolCall(rest.call.id);
        break;
      }
      await runCall(opts, clock, byName.get(c.call.name), c.call, c.invalidReason, filler, emit);
    }
    if (signal.aborted) return done('interrupted');
  }
}

async function runCall(
  opts: ToolLoopOptions,
  clock: Clock,
  tool: ShopTool | undefined,
  call: ToolCall,
  invalidReason: string | undefined,
  filler: { said: boolean },
  emit: (e: ToolLoopEvent) => Promise<void>,
): Promise<void> {
  const { context, signal } = opts;
  await emit({ type: 'tool-call-in-progress', call });
  const end = await runToolCall(tool, call, {
    user: opts.user,
    language: context.language,
    signal,
    clock,
    ...(opts.uncertainInput === undefined ? {} : { uncertainInput: opts.uncertainInput }),
    ...(invalidReason === undefined ? {} : { invalidReason }),
    filler: {
      get said() {
        return filler.said;
      },
      say: () => {
        const phrase = context.fillers.next(context.language);
        if (!phrase) return undefined;
        filler.said = true;
        context.noteFiller(phrase);
        return emit({ type: 'text', text: phrase, source: 'filler' });
      },
    },
  });
  context.addToolResult({ id: call.id, name: call.name, output: end.result, isError: end.isError });
  await emit({
    type: 'tool-call-stopped',
    call,
    cancelled: end.cancelled,
    result: end.result,
    ...(end.error === undefined ? {} : { error: end.error }),
  });
  for (const event of end.ui) {
    await emit({ type: 'ui', toolCallId: call.id, event, afterInterruption: signal.aborted });
  }
}
