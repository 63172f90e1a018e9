/**
 * STT failover across an ordered provider list (STT_PROVIDER=deepgram,pocketsphinx). A stream
 * keeps the current utterance's audio; when its provider fails (cannot connect, the socket dies
 * mid-utterance, finalize errors or takes longer than `finalizeTimeoutMs`) it opens the next
 * provider, replays that audio into it and finishes the utterance there, so the shopper's turn
 * is not lost. The failed provider is marked down in the shared `ProviderHealth`, which probes it;
 * once it is back, each stream returns to it between utterances.
 */
import { childLogger } from '../../log/logger.ts';
import { type Clock, systemClock } from '../../pipeline/clock.ts';
import { errorMessage, isFailoverError, type ProviderHealth, type SwitchListener } from '../health.ts';
import { ServiceError } from '../service-base.ts';
import { EventQueue } from './event-queue.ts';
import {
  STT_SAMPLE_RATE,
  type SttCapabilities,
  type SttEvent,
  type SttService,
  type SttStream,
  type SttStreamOptions,
  type SttTranscript,
} from './types.ts';

const log = childLogger({ component: 'stt-failover' });

/** Audio kept for a replay: a turn longer than this loses its start on a failover. */
const MAX_REPLAY_SAMPLES = 60 * STT_SAMPLE_RATE;

export interface FailoverSttOptions {
  health: ProviderHealth;
  /** Longest a provider may take to finalize before the utterance moves on (default 5000 ms). */
  finalizeTimeoutMs?: number;
  clock?: Clock;
}

export class FailoverSttService implements SttService {
  readonly services: readonly SttService[];
  readonly health: ProviderHealth;
  readonly capabilities: SttCapabilities;
  readonly finalizeTimeoutMs: number;
  readonly clock: Clock;
  readonly #streams = new Set<FailoverSttStream>();
  #nextId = 1;

  constructor(services: readonly SttService[], opts: FailoverSttOptions) {
    if (services.length !== opts.health.names.length)
      throw new Error('FailoverSttService: one health entry per service');
    this.services = services;
    this.health = opts.health;
    this.finalizeTimeoutMs = opts.finalizeTimeoutMs ?? 5_000;
    this.clock = opts.clock ?? systemClock;
    this.capabilities = {
      streaming: services[0]?.capabilities.streaming ?? false,
      interimResults: services.some((s) => s.capabilities.interimResults),
    };
  }

  get provider(): string {
    return this.services[this.health.preferred()]?.provider ?? 'none';
  }

  get model(): string {
    return this.services.map((s) => s.model).join(',');
  }

  /** Never fails because providers are down: the stream retries them when the shopper speaks. */
  openStream(opts: SttStreamOptions = {}): Promise<SttStream> {
    return this.openStreamFor(opts, undefined);
  }

  /** A session's view: its streams report their switches to `onSwitch` too (its recorder). */
  forSession(onSwitch: SwitchListener): SttService {
    return {
      provider: this.provider,
      model: this.model,
      capabilities: this.capabilities,
      openStream: (opts) => this.openStreamFor(opts ?? {}, onSwitch),
      close: async () => {}, // shared: closed by whoever built it
    };
  }

  async openStreamFor(opts: SttStreamOptions, onSwitch: SwitchListener | undefined): Promise<SttStream> {
    const stream = new FailoverSttStream(this, `failover-${this.#nextId++}`, opts, onSwitch);
    this.#streams.add(stream);
    stream.onClosed(() => this.#streams.delete(stream));
    await stream.open();
    return stream;
  }

  async close(): Promise<void> {
    await Promise.all([...this.#streams].map((s) => s.close()));
    this.health.close();
    await Promise.allSettled(this.services.map((s) => s.close()));
  }
}

interface Current {
  index: number;
  stream: SttStream;
}

export class FailoverSttStream implements SttStream {
  readonly id: string;
  readonly #svc: FailoverSttService;
  readonly #opts: SttStreamOptions;
  readonly #onSwitch: SwitchListener | undefined;
  readonly #events = new EventQueue<SttEvent>();
  readonly #closeCtl = new AbortController();
  #current: Current | undefined;
  /** The utterance so far, for a replay into the next provider. */
  #buffer: Int16Array[] = [];
  #buffered = 0;
  /** One switch at a time; concurrent failures of the same stream join it. */
  #switching: Promise<Current | undefined> | undefined;
  #utterance = 1;
  /** Switches away from a failure in this utterance, and whether the budget ran out. */
  #failovers = 0;
  #exhausted = false;
  #closed = false;
  #onClosed: (() => void) | undefined;

  constructor(
    svc: FailoverSttService,
    id: string,
    opts: SttStreamOptions,
    onSwitch: SwitchListener | undefined,
  ) {
    this.id = id;
    this.#svc = svc;
    this.#opts = opts;
    this.#onSwitch = onSwitch;
    opts.signal?.addEventListener('abort', () => void this.close(), {
      once: true,
      signal: this.#closeCtl.signal,
    });
  }

  onClosed(fn: () => void): void {
    this.#onClosed = fn;
  }

  /** The provider this stream is on now (tests, the console). */
  get providerIndex(): number | undefined {
    return this.#current?.index;
  }

  async open(): Promise<void> {
    await this.#switch(undefined, undefined);
  }

  push(pcm: Int16Array): void {
    if (this.#closed)
      throw new ServiceError('push() on a closed STT stream', { kind: 'internal', provider: 'failover' });
    if (pcm.length === 0) return;
    this.#keep(pcm);
    const current = this.#current;
    if (!current) {
      // Every provider was down: try them again now that the shopper speaks (the audio is kept).
      if (!this.#switching && !this.#exhausted) void this.#switch(undefined, undefined);
      return;
    }
    // Also during a switch: a return to the preferred provider may fail and stay here.
    try {
      current.stream.push(pcm);
    } catch (err) {
      void this.#failed(current, err);
    }
  }

  flush(): void {
    this.#current?.stream.flush?.();
  }

  async finalize(signal?: AbortSignal): Promise<SttTranscript> {
    const utterance = this.#utterance;
    for (;;) {
      const current = this.#switching ? await this.#switching : this.#current;
      if (!current) {
        const err = new ServiceError('every STT provider is down; the utterance was lost', {
          kind: 'unavailable',
          provider: this.#svc.health.names.join(','),
        });
        this.#endUtterance();
        this.#events.push({ type: 'error', utteranceId: utterance, error: err });
        throw err;
      }
      try {
        const result = await this.#withTimeout(current.stream.finalize(signal));
        this.#svc.health.markHealthy(current.index);
        this.#endUtterance();
        this.#maybeReturn();
        return result;
      } catch (err) {
        if (signal?.aborted || this.#closed || !isFailoverError(err)) {
          this.#endUtterance();
          throw err;
        }
        await this.#failed(current, err);
      }
    }
  }

  reset(): void {
    this.#endUtterance();
    this.#current?.stream.reset();
    this.#maybeReturn();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#closeCtl.abort();
    const current = this.#current;
    this.#current = undefined;
    this.#events.end();
    await current?.stream.close();
    this.#onClosed?.();
  }

  [Symbol.asyncIterator](): AsyncIterator<SttEvent> {
    return this.#events[Symbol.asyncIterator]();
  }

  #keep(pcm: Int16Array): void {
    this.#buffer.push(pcm);
    this.#buffered += pcm.length;
    while (this.#buffered > MAX_REPLAY_SAMPLES && this.#buffer.length > 1)
      this.#buffered -= (this.#buffer.shift() as Int16Array).length;
  }

  #endUtterance(): void {
    this.#buffer = [];
    this.#buffered = 0;
    this.#utterance++;
    this.#failovers = 0;
    this.#exhausted = false;
  }

  /** Between utterances, goes back to a better provider that has recovered. */
  #maybeReturn(): void {
    const current = this.#current;
    if (!current || this.#switching || this.#closed) return;
    const preferred = this.#svc.health.preferred();
    if (preferred < current.index && this.#svc.health.isHealthy(preferred))
      void this.#switch(current, undefined);
  }

  /** The current provider failed: mark it down and move this stream (and its utterance) on. */
  async #failed(from: Current, err: unknown): Promise<Current | undefined> {
    if (this.#current !== from) return this.#switching ?? this.#current;
    this.#svc.health.markFailed(from.index, err);
    // Providers that connect and then fail at once would pass the turn around forever.
    if (++this.#failovers > this.#svc.services.length) {
      this.#report(from.index, undefined, err);
      this.#current = undefined;
      this.#exhausted = true;
      void from.stream.close().catch(() => {});
      return undefined;
    }
    return this.#switch(from, err);
  }

  #switch(from: Current | undefined, err: unknown): Promise<Current | undefined> {
    this.#switching ??= this.#doSwitch(from, err).finally(() => {
      this.#switching = undefined;
    });
    return this.#switching;
  }

  async #doSwitch(from: Current | undefined, cause: unknown): Promise<Current | undefined> {
    const { health, services } = this.#svc;
    const failedIndex = cause === undefined ? undefined : from?.index;
    const candidates = health.order().filter((i) => i !== failedIndex);
    let lastError = cause;
    let reported = failedIndex;
    for (const index of candidates) {
      if (this.#closed) return undefined;
      if (from && cause === undefined && index === from.index) break; // nothing better than where we are
      try {
        const stream = await services[index]!.openStream({
          ...this.#opts,
          signal: this.#closeCtl.signal,
        });
        if (this.#closed) {
          await stream.close();
          return undefined;
        }
        if (reported !== undefined) this.#report(reported, index, lastError);
        health.markHealthy(index);
        // Replay the utterance so far: the new provider hears the whole turn.
        for (const chunk of this.#buffer) stream.push(chunk);
        const next = { index, stream };
        this.#current = next;
        void this.#pump(next);
        if (from) void from.stream.close().catch(() => {});
        if (cause !== undefined)
          log.warn(
            {
              from: services[from?.index ?? 0]?.provider,
              to: services[index]?.provider,
              replayedSamples: this.#buffered,
            },
            'STT failed over; the utterance was replayed into the next provider',
          );
        return next;
      } catch (err) {
        if (this.#closed) return undefined;
        health.markFailed(index, err);
        if (reported !== undefined) this.#report(reported, index, lastError);
        lastError = err;
        reported = index;
      }
    }
    if (from && cause === undefined) return from; // returning to the preferred one failed: stay
    if (reported !== undefined) this.#report(reported, undefined, lastError);
    if (from) void from.stream.close().catch(() => {});
    this.#current = undefined;
    log.error({ err: errorMessage(lastError) }, 'every STT provider is down');
    return undefined;
  }

  #report(from: number, to: number | undefined, err: unknown): void {
    const event = this.#svc.health.switched(from, to, err);
    this.#onSwitch?.(event);
  }

  async #pump(current: Current): Promise<void> {
    try {
      for await (const event of current.stream) {
        if (this.#current !== current) return;
        if (event.type === 'error') {
          if (isFailoverError(event.error)) {
            // The utterance is not lost: finalize (or the next push) carries it to the next provider.
            void this.#failed(current, event.error);
            return;
          }
          this.#events.push({ ...event, utteranceId: this.#utterance });
          continue;
        }
        this.#events.push({ ...event, utteranceId: this.#utterance });
      }
    } catch (err) {
      if (this.#current === current && !this.#closed) void this.#failed(current, err);
      return;
    }
    // The provider's stream ended on its own (a socket closed without an error): that is a failure too.
    if (this.#current === current && !this.#closed)
      void this.#failed(
        current,
        new ServiceError(`${current.stream.id} ended unexpectedly`, {
          kind: 'network',
          provider: this.#svc.services[current.index]?.provider ?? 'stt',
        }),
      );
  }

  async #withTimeout<T>(work: Promise<T>): Promise<T> {
    const ms = this.#svc.finalizeTimeoutMs;
    let timer: { cancel(): void } | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = this.#svc.clock.setTimer(
        () =>
          reject(
            new ServiceError(`STT did not finalize within ${ms} ms (STT_FAILOVER_TIMEOUT_MS)`, {
              kind: 'timeout',
              provider: this.#current ? (this.#svc.services[this.#current.index]?.provider ?? 'stt') : 'stt',
            }),
          ),
        ms,
      );
    });
    work.catch(() => {}); // a late rejection of an abandoned finalize is not unhandled
    try {
      return await Promise.race([work, timeout]);
    } finally {
      timer?.cancel();
    }
  }
}
