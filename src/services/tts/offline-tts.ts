/**
 * Offline TTS: flite (English) and espeak-ng (Spanish and ~100 other languages) running in a
 * piscina worker pool, so synthesis never blocks the event loop. Chunks stream back on a
 * per-call MessagePort already resampled to the caller's rate.
 *
 * Sentences wait in this service's own queue, never in piscina's, with at most one task per
 * worker handed to the pool: the first sentence of a reply (`lead`) goes ahead of later sentences
 * already waiting. A reply's later sentences are not needed for seconds (the first is still
 * playing); with many sessions on two workers a plain FIFO made the next shopper's silence wait
 * for everyone else's later sentences. (Piscina's own queue cannot order them: tasks carrying an
 * AbortSignal bypass a custom task queue.)
 *
 * Interruptions set a shared flag the worker checks between chunks (espeak stops
 * mid-sentence, flite after its current sentence): no worker is killed, so no re-warm cost.
 * Only a hung call (timeout) terminates its worker. A crashed worker fails just its call with
 * a ServiceError of kind "engine"; piscina starts a replacement that warms itself.
 */
import { MessageChannel, type Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import { childLogger } from '../../log/logger.ts';
import { ServiceBase, ServiceError, type ServiceOptions } from '../service-base.ts';
import { AsyncQueue } from './async-queue.ts';
import type { SynthesizeOptions, TtsDeps, TtsService } from './types.ts';
import { baseLanguage, formatVoice, parseVoice, type VoiceSpec } from './voices.ts';
import type { PingResult, PortMessage, SynthesizeTask, TtsTask, WorkerData } from './worker/protocol.ts';

const PROVIDER = 'offline';
const WORKER_FILE = new URL('./worker/tts-worker.ts', import.meta.url);
const MIN_RATE = 8000;
const MAX_RATE = 48000;

export interface OfflineTtsOptions {
  /** Worker threads (each holds flite + espeak-ng, ~100 MB). */
  workers: number;
  /** Default voice per language; other languages use espeak-ng's voice of that name. */
  voices: { en: string; es: string };
  /** Speaking-rate factor (1 = normal). */
  speed: number;
  /** Extra voices warmed in every worker besides the two defaults. */
  warmVoices?: string[];
  service?: Partial<ServiceOptions>;
}

export interface WorkerStats {
  threadId: number;
  warmed: PingResult['warmed'];
  warmErrors: string[];
  heapUsedBytes: number;
  externalBytes: number;
}

export class OfflineTtsService extends ServiceBase implements TtsService {
  readonly capabilities = { streaming: false } as const;
  readonly #pool: Piscina<TtsTask, PingResult | null>;
  readonly #waiting: PQueue;
  readonly #defaults: { en: VoiceSpec; es: VoiceSpec };
  readonly #speed: number;
  readonly #active = new Set<(error: ServiceError) => void>();
  readonly #log = childLogger({ component: 'tts', provider: PROVIDER });
  #closed = false;

  constructor(options: OfflineTtsOptions, deps: TtsDeps = {}) {
    const en = parseVoice(options.voices.en);
    const es = parseVoice(options.voices.es);
    super({
      provider: PROVIDER,
      model: `${formatVoice(en)},${formatVoice(es)}`,
      options: options.service,
      clock: deps.clock,
    });
    this.#defaults = { en, es };
    this.#speed = options.speed;
    const warm = [en, es, ...(options.warmVoices ?? []).map(parseVoice)];
    const unique = [...new Map(warm.map((v) => [formatVoice(v), v])).values()];
    const workers = Math.max(1, Math.floor(options.workers));
    this.#pool = new Piscina<TtsTask, PingResult | null>({
      filename: WORKER_FILE.href,
      minThreads: workers,
      maxThreads: workers,
      idleTimeout: 2 ** 31 - 1,
      // The default busy-waits between tasks; these tasks are ms-long and sparse.
      atomics: 'disabled',
      // node:wasi prints an ExperimentalWarning in every worker; it says nothing actionable.
      execArgv: [...process.execArgv, '--disable-warning=ExperimentalWarning'],
      workerData: { warm: unique } satisfies WorkerData,
    });
    this.#waiting = new PQueue({ concurrency: workers });
    // A worker dying outside a task must not become an unhandled 'error' event.
    this.#pool.on('error', (err: unknown) => this.#log.error({ err }, 'TTS worker error'));
  }

  /** The voice a request resolves to: explicit voice, else the language's default. */
  resolveVoice(opts: Pick<SynthesizeOptions, 'voice' | 'language'>): VoiceSpec {
    if (opts.voice) return parseVoice(opts.voice);
    const lang = baseLanguage(opts.language) ?? 'en';
    if (lang === 'en') return this.#defaults.en;
    if (lang === 'es') return this.#defaults.es;
    return { engine: 'espeak', voice: lang };
  }

  async *synthesize(text: string, opts: SynthesizeOptions): AsyncGenerator<Int16Array, void, undefined> {
    const { signal } = opts;
    if (this.#closed) throw this.#error('TTS service is closed', 'internal');
    if (!Number.isInteger(opts.sampleRate) || opts.sampleRate < MIN_RATE || opts.sampleRate > MAX_RATE) {
      throw this.#error(
        `Unsupported output sample rate ${opts.sampleRate}; use an integer between ${MIN_RATE} and ${MAX_RATE} Hz`,
        'bad-request',
      );
    }
    let spec: VoiceSpec;
    try {
      spec = this.resolveVoice(opts);
    } catch (err) {
      throw this.#error(err instanceof Error ? err.message : String(err), 'bad-request');
    }
    const clean = text.trim();
    if (!clean) return;
    if (signal?.aborted) throw this.#aborted(signal.reason);

    const cancel = new Int32Array(new SharedArrayBuffer(4));
    const queue = new AsyncQueue<Int16Array>();
    const { port1, port2 } = new MessageChannel();
    const kill = new AbortController();
    const fail = (error: ServiceError) => {
      Atomics.store(cancel, 0, 1);
      queue.fail(error);
    };
    this.#active.add(fail);

    port1.on('message', (msg: PortMessage) => {
      if (msg.type === 'audio') queue.push(msg.audio);
      else if (msg.type === 'end') queue.end();
      else fail(this.#error(`${formatVoice(spec)}: ${msg.message}`, msg.kind));
    });
    const onAbort = () => fail(this.#aborted(signal?.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = this.clock.setTimer(() => {
      fail(
        this.#error(
          `TTS did not finish within ${this.options.timeoutMs} ms; its worker was restarted`,
          'timeout',
        ),
      );
      // A hung engine cannot see the cancel flag: terminating the worker is the only way out.
      kill.abort();
    }, this.options.timeoutMs);

    const task: SynthesizeTask = {
      op: 'synthesize',
      engine: spec.engine,
      voice: spec.voice,
      text: clean,
      speed: this.#speed,
      outRate: opts.sampleRate,
      port: port2,
      cancel,
    };
    const run = async () => {
      // Interrupted, timed out or dropped by its consumer while waiting: not wanted any more.
      if (queue.closed || Atomics.load(cancel, 0) !== 0) return;
      try {
        await this.#pool.run(task, { transferList: [port2], signal: kill.signal });
      } catch (err) {
        if (queue.closed) return;
        const reason = err instanceof Error ? err.message : String(err);
        fail(
          this.#error(
            `TTS worker crashed while synthesizing "${preview(clean)}" (${reason}); the sentence was skipped and the worker replaced`,
            'engine',
            err,
          ),
        );
      }
    };
    void this.#waiting.add(run, { priority: opts.lead ? 1 : 0 });

    try {
      for await (const chunk of queue) yield chunk;
    } finally {
      // Also reached when the consumer stops early: tell the worker to stop as well.
      Atomics.store(cancel, 0, 1);
      timer.cancel();
      signal?.removeEventListener('abort', onAbort);
      this.#active.delete(fail);
      port1.close();
    }
  }

  /**
   * Resolves once every worker has started and warmed its voices. Throws a
   * "missing-dependency" ServiceError when no voice could be warmed (no engine works).
   */
  async warmup(signal?: AbortSignal): Promise<void> {
    let stats: WorkerStats[];
    try {
      stats = await this.workerStats(signal);
    } catch (err) {
      if (signal?.aborted) throw this.#aborted(signal.reason);
      const reason = err instanceof Error ? err.message : String(err);
      throw this.#error(`TTS workers failed to start: ${reason}`, 'engine', err);
    }
    const errors = [...new Set(stats.flatMap((s) => s.warmErrors))];
    const warmedAny = stats.some((s) => s.warmed.length > 0);
    if (!warmedAny && errors.length > 0) {
      throw this.#error(`No offline TTS engine could start: ${errors.join('; ')}`, 'missing-dependency');
    }
    if (errors.length > 0) this.#log.warn({ errors }, 'some TTS voices failed to warm');
  }

  /** Asks every worker for its warm-up timings and memory (bench, diagnostics). */
  async workerStats(signal?: AbortSignal): Promise<WorkerStats[]> {
    const want = this.#pool.options.maxThreads;
    const seen = new Map<number, WorkerStats>();
    for (let round = 0; round < 20 && seen.size < want; round++) {
      if (signal?.aborted) throw this.#aborted(signal.reason);
      // Concurrent pings that hold their worker briefly spread over all ready workers.
      const results = await Promise.all(
        Array.from({ length: want }, () =>
          this.#pool.run({ op: 'ping', holdMs: 15 }, { signal: signal ?? null }),
        ),
      );
      for (const r of results) if (r) seen.set(r.threadId, r);
    }
    return [...seen.values()];
  }

  /** Live worker threads (tests check replacement and that close() leaves none). */
  get threads(): readonly Worker[] {
    return this.#pool.threads;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#waiting.clear();
    for (const fail of [...this.#active]) fail(this.#aborted(new Error('TTS service closed')));
    await this.#pool.destroy();
  }

  #aborted(cause: unknown): ServiceError {
    return new ServiceError('TTS synthesis aborted', { kind: 'aborted', provider: PROVIDER, cause });
  }

  #error(message: string, kind: ServiceError['kind'], cause?: unknown): ServiceError {
    return new ServiceError(message, { kind, provider: PROVIDER, cause });
  }
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
