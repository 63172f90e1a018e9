/**
 * LLM failover across an ordered provider list (LLM_PROVIDER=openai,offline), as one AI SDK
 * language model, so the tool loop, the probe and the research summarizer use it unchanged.
 * A call goes to the first healthy provider; when it fails (refused, an error part, nothing
 * within the first-chunk timeout, a stall, a stream that ends without `finish`) the same request
 * runs on the next provider. Before any output that is invisible; after some text, the next
 * provider gets the text already streamed as the start of its answer (it was spoken), and
 * continues. The tool loop's own watchdogs get a budget covering every provider
 * (`failoverBudget`), so they only fire when the whole list has failed.
 */
import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
} from '@ai-sdk/provider';
import { wrapLanguageModel } from 'ai';
import { childLogger } from '../../log/logger.ts';
import { type Clock, systemClock } from '../../pipeline/clock.ts';
import type { ProviderHealth, SwitchListener } from '../health.ts';
import type { LlmModel } from './adapter.ts';
import { LlmError } from './errors.ts';

const log = childLogger({ component: 'llm-failover' });

export interface FailoverLlmOptions {
  health: ProviderHealth;
  /** Per provider: longest wait for its first output (LLM_FIRST_CHUNK_TIMEOUT_MS). */
  firstChunkTimeoutMs: number;
  /** Per provider: longest gap between two parts (LLM_CHUNK_TIMEOUT_MS). */
  chunkTimeoutMs: number;
  clock?: Clock;
}

/** The outer watchdogs (adapter.ts) for a list of `n` providers: long enough for all of them. */
export function failoverBudget(n: number, firstChunkTimeoutMs: number, chunkTimeoutMs: number) {
  return {
    firstChunkTimeoutMs: firstChunkTimeoutMs * n + 500,
    chunkTimeoutMs: chunkTimeoutMs + firstChunkTimeoutMs * (n - 1) + 500,
  };
}

export class FailoverLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4';
  readonly provider = 'failover';
  readonly models: readonly LanguageModelV4[];
  readonly health: ProviderHealth;
  readonly #opts: FailoverLlmOptions;
  readonly #clock: Clock;
  readonly #onSwitch: SwitchListener | undefined;

  constructor(models: readonly LlmModel[], opts: FailoverLlmOptions, onSwitch?: SwitchListener) {
    if (models.length !== opts.health.names.length)
      throw new Error('FailoverLanguageModel: one health entry per model');
    // Every SDK spec version, seen as the current one.
    this.models = models.map((m) => wrapLanguageModel({ model: m, middleware: [] }));
    this.health = opts.health;
    this.#opts = opts;
    this.#clock = opts.clock ?? systemClock;
    this.#onSwitch = onSwitch;
  }

  get modelId(): string {
    return this.models.map((m) => m.modelId).join(',');
  }

  get supportedUrls(): Record<string, RegExp[]> {
    return {}; // files are sent inline: the next provider may not fetch what the first could
  }

  /** A session's view: its calls report their switches to `onSwitch` too (its recorder). */
  forSession(onSwitch: SwitchListener): FailoverLanguageModel {
    return new FailoverLanguageModel(this.models, this.#opts, onSwitch);
  }

  async doGenerate(options: LanguageModelV4CallOptions) {
    let failed: { index: number; error: unknown } | undefined;
    for (const index of this.health.order()) {
      if (failed) this.#report(failed.index, index, failed.error);
      try {
        const result = await (this.models[index] as LanguageModelV4).doGenerate(options);
        this.health.markHealthy(index);
        return result;
      } catch (err) {
        if (options.abortSignal?.aborted) throw err;
        this.health.markFailed(index, err);
        failed = { index, error: err };
      }
    }
    if (failed) this.#report(failed.index, undefined, failed.error);
    throw failed?.error ?? new Error('no LLM provider');
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    let cancel: (() => void) | undefined;
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      start: (controller) => {
        const ctl = new AbortController();
        cancel = () => ctl.abort();
        const out = {
          enqueue(part: LanguageModelV4StreamPart) {
            if (!ctl.signal.aborted) controller.enqueue(part);
          },
        };
        void this.#run(options, out, ctl.signal).finally(() => {
          try {
            controller.close();
          } catch {
            // already closed by a cancel
          }
        });
      },
      cancel: () => cancel?.(),
    });
    return { stream };
  }

  #report(from: number, to: number | undefined, err: unknown): void {
    const event = this.health.switched(from, to, err);
    this.#onSwitch?.(event);
    log.warn({ from: event.from, to: event.to, err: event.reason }, 'LLM failed over');
  }

  async #run(options: LanguageModelV4CallOptions, out: Sink, cancelled: AbortSignal): Promise<void> {
    const caller = options.abortSignal;
    const state = { started: false, text: '', open: new Set<string>(), toolCalls: 0 };
    let failed: { index: number; error: unknown } | undefined;
    for (const index of this.health.order()) {
      if (caller?.aborted || cancelled.aborted) return;
      if (failed) {
        this.#report(failed.index, index, failed.error);
        // Blocks the failed provider left open are closed; the next one opens its own.
        for (const key of state.open) {
          const [kind, id] = key.split(':', 2) as ['text' | 'reasoning', string];
          out.enqueue({ type: `${kind}-end`, id });
        }
        state.open.clear();
      }
      const error = await this.#attempt(index, continued(options, state.text), out, state, cancelled);
      if (error === undefined) {
        this.health.markHealthy(index);
        return;
      }
      if (caller?.aborted || cancelled.aborted) return;
      this.health.markFailed(index, error);
      failed = { index, error };
      // A tool call already went out: the loop runs it and asks again; a second provider's
      // answer to the same request would call it twice.
      if (state.toolCalls > 0) break;
    }
    if (failed && !caller?.aborted) {
      this.#report(failed.index, undefined, failed.error);
      out.enqueue({ type: 'error', error: failed.error });
    }
  }

  /** One provider's stream, forwarded; resolves undefined when it finished, else its failure. */
  async #attempt(
    index: number,
    options: LanguageModelV4CallOptions,
    out: Sink,
    state: { started: boolean; text: string; open: Set<string>; toolCalls: number },
    cancelled: AbortSignal,
  ): Promise<unknown> {
    const model = this.models[index] as LanguageModelV4;
    const ctl = new AbortController();
    const signals = [ctl.signal, cancelled, ...(options.abortSignal ? [options.abortSignal] : [])];
    const signal = AbortSignal.any(signals);
    const name = this.health.names[index] ?? model.provider;
    let output = false;
    let timer = this.#clock.setTimer(
      () =>
        ctl.abort(
          new LlmError(`${name} LLM sent nothing within ${this.#opts.firstChunkTimeoutMs} ms`, {
            kind: 'timeout',
            provider: name,
          }),
        ),
      this.#opts.firstChunkTimeoutMs,
    );
    const touch = () => {
      timer.cancel();
      timer = this.#clock.setTimer(
        () =>
          ctl.abort(
            new LlmError(`${name} LLM stream stalled for ${this.#opts.chunkTimeoutMs} ms`, {
              kind: 'timeout',
              provider: name,
              midStream: true,
            }),
          ),
        this.#opts.chunkTimeoutMs,
      );
    };
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    aborted.catch(() => {});
    let reader: ReadableStreamDefaultReader<LanguageModelV4StreamPart> | undefined;
    try {
      const result = await Promise.race([model.doStream({ ...options, abortSignal: signal }), aborted]);
      reader = result.stream.getReader();
      for (;;) {
        const next = await Promise.race([reader.read(), aborted]);
        if (next.done) {
          return new LlmError(`${name} LLM stream ended without a finish event`, {
            kind: 'network',
            provider: name,
            midStream: output,
          });
        }
        const part = next.value;
        switch (part.type) {
          case 'error':
            return part.error;
          case 'stream-start':
            if (state.started) continue;
            state.started = true;
            break;
          case 'text-delta':
            output = true;
            state.text += part.delta;
            touch();
            break;
          case 'text-start':
          case 'reasoning-start':
            state.open.add(`${part.type.slice(0, -6)}:${part.id}`);
            touch();
            break;
          case 'text-end':
          case 'reasoning-end':
            state.open.delete(`${part.type.slice(0, -4)}:${part.id}`);
            touch();
            break;
          case 'tool-call':
            output = true;
            state.toolCalls++;
            touch();
            break;
          default:
            touch();
        }
        out.enqueue(part);
        if (part.type === 'finish') return undefined;
      }
    } catch (err) {
      return ctl.signal.aborted ? ctl.signal.reason : err;
    } finally {
      timer.cancel();
      ctl.abort();
      if (reader) void reader.cancel().catch(() => {});
    }
  }
}

interface Sink {
  enqueue(part: LanguageModelV4StreamPart): void;
}

/** The request again, with what was already streamed as the start of the answer. */
function continued(options: LanguageModelV4CallOptions, text: string): LanguageModelV4CallOptions {
  if (!text) return options;
  return {
    ...options,
    prompt: [...options.prompt, { role: 'assistant', content: [{ type: 'text', text }] }],
  };
}

export function isFailoverModel(model: unknown): model is FailoverLanguageModel {
  return model instanceof FailoverLanguageModel;
}
