/**
 * TTS failover across an ordered provider list (TTS_PROVIDER=elevenlabs,offline). Each sentence
 * goes to the first healthy provider; when it fails (refuses, errors, sends nothing for
 * `chunkTimeoutMs`, dies mid-sentence) the sentence is synthesized again by the next one, so no
 * sentence of the reply goes unspoken. A sentence cut mid-way is said again whole: half a word
 * followed by another voice's continuation would be worse than hearing its start twice.
 *
 * Voices belong to a provider: the configured voice goes to the first provider only; the others
 * speak in their default voice for the language.
 */
import { childLogger } from '../../log/logger.ts';
import { type Clock, systemClock } from '../../pipeline/clock.ts';
import { errorMessage, isFailoverError, type ProviderHealth, type SwitchListener } from '../health.ts';
import { isAbortError, ServiceError } from '../service-base.ts';
import type { SynthesizeOptions, TtsCapabilities, TtsService } from './types.ts';

const log = childLogger({ component: 'tts-failover' });

export interface FailoverTtsOptions {
  health: ProviderHealth;
  /** Longest wait for a sentence's first audio, and between two chunks (default 5000 ms). */
  chunkTimeoutMs?: number;
  clock?: Clock;
  /** Which provider the configured voice belongs to (default 0; -1: none, it was left out). */
  voiceOwner?: number;
}

export class FailoverTtsService implements TtsService {
  readonly services: readonly TtsService[];
  readonly health: ProviderHealth;
  /** Sentence by sentence, so a failed sentence can be said again by the next provider. */
  readonly capabilities: TtsCapabilities = { streaming: false };
  readonly #chunkTimeoutMs: number;
  readonly #clock: Clock;
  readonly #voiceOwner: number;

  constructor(services: readonly TtsService[], opts: FailoverTtsOptions) {
    if (services.length !== opts.health.names.length)
      throw new Error('FailoverTtsService: one health entry per service');
    this.services = services;
    this.health = opts.health;
    this.#chunkTimeoutMs = opts.chunkTimeoutMs ?? 5_000;
    this.#clock = opts.clock ?? systemClock;
    this.#voiceOwner = opts.voiceOwner ?? 0;
  }

  get provider(): string {
    return this.services[this.health.preferred()]?.provider ?? 'none';
  }

  get model(): string {
    return this.services.map((s) => s.model).join(',');
  }

  synthesize(text: string, opts: SynthesizeOptions): AsyncIterable<Int16Array> {
    return this.synthesizeFor(text, opts, undefined);
  }

  /** A session's view: its sentences report their switches to `onSwitch` too (its recorder). */
  forSession(onSwitch: SwitchListener): TtsService {
    return {
      provider: this.provider,
      model: this.model,
      capabilities: this.capabilities,
      synthesize: (text, opts) => this.synthesizeFor(text, opts, onSwitch),
      warmup: (signal) => this.warmup(signal),
      close: async () => {}, // shared: closed by whoever built it
    };
  }

  async *synthesizeFor(
    text: string,
    opts: SynthesizeOptions,
    onSwitch: SwitchListener | undefined,
  ): AsyncGenerator<Int16Array, void, undefined> {
    let failed: { index: number; error: unknown } | undefined;
    for (const index of this.health.order()) {
      if (failed) {
        this.#report(onSwitch, failed.index, index, failed.error);
        log.warn(
          {
            from: this.health.names[failed.index],
            to: this.health.names[index],
            err: errorMessage(failed.error),
          },
          'TTS failed over; the sentence is synthesized again by the next provider',
        );
      }
      const service = this.services[index] as TtsService;
      const { voice, ...rest } = opts;
      const attemptOpts: SynthesizeOptions =
        index === this.#voiceOwner && voice !== undefined ? { ...rest, voice } : rest;
      try {
        yield* this.#attempt(service, text, attemptOpts);
        this.health.markHealthy(index);
        return;
      } catch (err) {
        if (opts.signal?.aborted || isAbortError(err) || !isFailoverError(err)) throw err;
        this.health.markFailed(index, err);
        failed = { index, error: err };
      }
    }
    const error = failed?.error;
    if (failed) this.#report(onSwitch, failed.index, undefined, error);
    throw new ServiceError(`every TTS provider failed; last: ${errorMessage(error)}`, {
      kind: 'unavailable',
      provider: this.health.names.join(','),
      cause: error,
    });
  }

  #report(onSwitch: SwitchListener | undefined, from: number, to: number | undefined, err: unknown): void {
    const event = this.health.switched(from, to, err); // always: the shared listeners count it
    onSwitch?.(event);
  }

  /** One provider's try, bounded per chunk on the clock; abandoning it aborts its work. */
  async *#attempt(service: TtsService, text: string, opts: SynthesizeOptions): AsyncGenerator<Int16Array> {
    const ctl = new AbortController();
    const signal = opts.signal ? AbortSignal.any([opts.signal, ctl.signal]) : ctl.signal;
    const it = service.synthesize(text, { ...opts, signal })[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await this.#withTimeout(it.next(), service.provider, ctl);
        if (next.done) return;
        yield next.value;
      }
    } finally {
      ctl.abort();
      void it.return?.()?.catch(() => {});
    }
  }

  async #withTimeout<T>(work: Promise<T>, provider: string, ctl: AbortController): Promise<T> {
    let timer: { cancel(): void } | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = this.#clock.setTimer(() => {
        const err = new ServiceError(
          `${provider} sent no audio for ${this.#chunkTimeoutMs} ms (TTS_FAILOVER_TIMEOUT_MS)`,
          { kind: 'timeout', provider },
        );
        reject(err); // first, so the race sees the timeout rather than the abort it causes
        ctl.abort(err);
      }, this.#chunkTimeoutMs);
    });
    work.catch(() => {}); // an abandoned provider's late failure is not unhandled
    try {
      return await Promise.race([work, timeout]);
    } finally {
      timer?.cancel();
    }
  }

  async warmup(signal?: AbortSignal): Promise<void> {
    const results = await Promise.allSettled(this.services.map((s) => s.warmup(signal)));
    results.forEach((r, i) => {
      if (r.status === 'rejected') {
        log.warn(
          { provider: this.health.names[i], err: errorMessage(r.reason) },
          'TTS provider warm-up failed',
        );
        this.health.markFailed(i, r.reason);
      }
    });
  }

  async close(): Promise<void> {
    this.health.close();
    await Promise.allSettled(this.services.map((s) => s.close()));
  }
}
