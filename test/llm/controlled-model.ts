/**
 * A LanguageModelV4 whose every stream is driven step by step from the test: the test awaits
 * `nextCall()`, then pushes text, tool calls and the finish part when it wants, so an
 * interruption can be placed at any exact point. Aborting the call's signal errors the stream
 * the way a real fetch body does.
 */
import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4StreamPart,
} from '@ai-sdk/provider';

export interface ControlledCall {
  options: LanguageModelV4CallOptions;
  text(delta: string): void;
  toolCall(id: string, name: string, input: unknown): void;
  finish(reason?: 'stop' | 'tool-calls' | 'length'): void;
  fail(error: unknown): void;
  /** True once the consumer's abort signal fired. */
  readonly aborted: boolean;
}

export class ControlledModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4' as const;
  readonly provider = 'controlled';
  readonly modelId = 'controlled-1';
  readonly supportedUrls = {};
  readonly calls: ControlledCall[] = [];
  #waiters: ((c: ControlledCall) => void)[] = [];

  /** Resolves with the next doStream call (already made or future). */
  nextCall(): Promise<ControlledCall> {
    const index = this.#consumed++;
    const made = this.calls[index];
    if (made) return Promise.resolve(made);
    return new Promise((resolve) => {
      this.#waiters[index] = resolve;
    });
  }
  #consumed = 0;

  async doGenerate(): Promise<never> {
    throw new Error('ControlledModel only streams');
  }

  async doStream(options: LanguageModelV4CallOptions) {
    let controller!: ReadableStreamDefaultController<LanguageModelV4StreamPart>;
    let open = true;
    let textOpen = false;
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      start(c) {
        controller = c;
      },
    });
    const enqueue = (p: LanguageModelV4StreamPart) => {
      if (open) controller.enqueue(p);
    };
    const close = () => {
      if (textOpen) enqueue({ type: 'text-end', id: 't' });
      textOpen = false;
    };
    const call: ControlledCall = {
      options,
      get aborted() {
        return options.abortSignal?.aborted ?? false;
      },
      text(delta) {
        if (!textOpen) enqueue({ type: 'text-start', id: 't' });
        textOpen = true;
        enqueue({ type: 'text-delta', id: 't', delta });
      },
      toolCall(id, name, input) {
        close();
        enqueue({ type: 'tool-call', toolCallId: id, toolName: name, input: JSON.stringify(input) });
      },
      finish(reason = 'stop') {
        close();
        enqueue({
          type: 'finish',
          finishReason: { unified: reason, raw: reason },
          usage: {
            inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
            outputTokens: { total: 5, text: 5, reasoning: 0 },
          },
        });
        if (open) controller.close();
        open = false;
      },
      fail(error) {
        if (open) controller.error(error);
        open = false;
      },
    };
    options.abortSignal?.addEventListener(
      'abort',
      () => call.fail(new DOMException('This operation was aborted', 'AbortError')),
      { once: true },
    );
    enqueue({ type: 'stream-start', warnings: [] });
    const index = this.calls.length;
    this.calls.push(call);
    this.#waiters[index]?.(call);
    return { stream };
  }
}

/** A promise with its resolvers, for tools whose completion the test controls. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets queued promise callbacks (stream reads, awaits) run. */
export async function settle(turns = 50): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((r) => setImmediate(r));
}
