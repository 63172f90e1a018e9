/**
 * The function calls of one speech-to-speech reply, run by our tool policies (tool-call.ts) and
 * reported as the cascade reports them: function-calls-started, in-progress, result and UI
 * frames, so the recorder, the RTVI observer and the screen see no difference. A call id seen
 * before (a provider resending after a reconnect) is not run or recorded a second time; bad
 * arguments and unknown tools are logged, reported as a non-fatal error frame and answered to
 * the model as an error it can act on.
 */
import type { Logger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/clock.ts';
import type { Frame, FramePayloads, FrameType } from '../../pipeline/index.ts';
import type { Language, ShopTool } from '../../shop/contract.ts';
import { runToolCall } from '../llm/tool-call.ts';

export interface ModelCall {
  callId: string;
  name: string;
  /** The JSON text the model produced (not yet parsed). */
  arguments: string;
}

export interface ToolRunHost {
  tools: () => readonly ShopTool[];
  user: () => { userId: string; sessionId: string; knowledgeBase?: string };
  language: () => Language;
  clock: Clock;
  log: Logger;
  frame: <T extends FrameType>(type: T, payload: FramePayloads[T]) => Frame<T>;
  push: (frame: Frame) => void;
  pushError: (error: Error) => void;
  /** Hands a call's result to the model. */
  answer: (callId: string, name: string, result: unknown) => void;
}

export class RealtimeToolRunner {
  readonly #host: ToolRunHost;
  readonly #seen = new Set<string>();

  constructor(host: ToolRunHost) {
    this.#host = host;
  }

  /** The calls not seen before, in order (duplicates logged and dropped). */
  fresh(calls: readonly ModelCall[]): ModelCall[] {
    const out: ModelCall[] = [];
    for (const c of calls) {
      if (this.#seen.has(c.callId)) {
        this.#host.log.warn(
          { callId: c.callId, tool: c.name },
          'the model repeated a function call; not run again',
        );
        continue;
      }
      this.#seen.add(c.callId);
      out.push(c);
    }
    return out;
  }

  /** Runs the calls one after the other under `signal` (the reply's interruption). */
  async run(calls: readonly ModelCall[], signal: AbortSignal): Promise<void> {
    const h = this.#host;
    if (calls.length === 0) return;
    h.push(
      h.frame('function-calls-started', {
        calls: calls.map((c) => ({ toolCallId: c.callId, functionName: c.name })),
      }),
    );
    const byName = new Map(h.tools().map((t) => [t.name as string, t]));
    for (const c of calls) {
      const { input, invalidReason } = parseArguments(c);
      const tool = byName.get(c.name);
      const ref = { toolCallId: c.callId, functionName: c.name };
      h.push(h.frame('function-call-in-progress', { ...ref, arguments: input }));
      const end = await runToolCall(
        tool,
        { id: c.callId, name: c.name, input },
        {
          user: h.user(),
          language: h.language(),
          signal,
          clock: h.clock,
          ...(invalidReason === undefined ? {} : { invalidReason }),
        },
      );
      if (
        !tool ||
        invalidReason !== undefined ||
        (end.isError && end.error?.startsWith('Invalid arguments'))
      ) {
        const message = `the model's call of ${c.name} was refused: ${end.error ?? 'invalid'}`;
        h.log.warn({ callId: c.callId, tool: c.name, arguments: c.arguments.slice(0, 300) }, message);
        h.pushError(new Error(message));
      }
      h.push(h.frame('function-call-result', { ...ref, result: end.result, cancelled: end.cancelled }));
      for (const event of end.ui) {
        const message = { type: 'server-message', data: event };
        h.push(
          signal.aborted
            ? h.frame('output-transport-message-urgent', { message })
            : h.frame('output-transport-message', { message }),
        );
      }
      h.answer(c.callId, c.name, end.result);
    }
  }
}

function parseArguments(c: ModelCall): { input: unknown; invalidReason?: string } {
  if (c.arguments.trim() === '') return { input: {} };
  try {
    return { input: JSON.parse(c.arguments) };
  } catch {
    return {
      input: c.arguments,
      invalidReason: `Invalid arguments for ${c.name}: not JSON (${c.arguments.slice(0, 80)}). Call it again with a JSON object.`,
    };
  }
}
