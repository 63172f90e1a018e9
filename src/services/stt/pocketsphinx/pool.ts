/**
 * A fixed-size pool of decoder worker threads. Streams are pinned to a worker (decoder state
 * cannot move); the least-loaded worker takes each new stream. A worker that dies is replaced
 * at once and every stream pinned to it is told, so it can fail its current utterance and
 * re-pin for the next one.
 */
import { Worker } from 'node:worker_threads';
import { childLogger } from '../../../log/logger.ts';
import { ServiceError } from '../../service-base.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const log = childLogger({ component: 'stt-pool' });

export interface PoolStreamHandler {
  onMessage(msg: FromWorker): void;
  onWorkerLost(error: ServiceError): void;
}

export interface DecoderPoolOptions {
  size: number;
  /** Interim hypothesis every this many samples of audio (throttle). */
  partialEverySamples: number;
  /** Warm decoders kept per worker after their stream closes. */
  maxIdleDecoders: number;
  /**
   * Decoded samples between 'progress' reports of an utterance that sent no partial meanwhile
   * (default one second): what keeps a finalize waiting behind a backlog alive. 0 = never.
   */
  progressEverySamples?: number;
}

/** One second of 16 kHz audio. */
export const DEFAULT_PROGRESS_EVERY_SAMPLES = 16_000;

export class WorkerSlot {
  readonly worker: Worker;
  readonly handlers = new Map<number, PoolStreamHandler>();
  /** Set once the worker has loaded the native libraries (or failed to). */
  readonly ready: Promise<void>;
  /** Rejects `ready` if the worker dies before loading (otherwise waiters would hang). */
  readonly failReady: (e: ServiceError) => void;
  dead = false;

  constructor(worker: Worker, ready: Promise<void>, failReady: (e: ServiceError) => void) {
    this.worker = worker;
    this.ready = ready;
    this.failReady = failReady;
  }

  post(msg: ToWorker, transfer?: ArrayBuffer[]): void {
    if (!this.dead) this.worker.postMessage(msg, transfer);
  }
}

export class DecoderPool {
  readonly #opts: DecoderPoolOptions;
  #slots: WorkerSlot[] = [];
  #closed = false;
  #crashes = 0;
  readonly #received = new Map<FromWorker['op'], number>();

  constructor(opts: DecoderPoolOptions) {
    this.#opts = opts;
  }

  get workerCount(): number {
    return this.#slots.length;
  }

  /** Workers replaced after a crash since the pool started. */
  get crashCount(): number {
    return this.#crashes;
  }

  /** Messages received from the workers since the pool started, by kind (benchmarks). */
  get messagesReceived(): ReadonlyMap<FromWorker['op'], number> {
    return this.#received;
  }

  /** Streams currently pinned per worker. */
  get load(): number[] {
    return this.#slots.map((s) => s.handlers.size);
  }

  /** Starts all workers now (otherwise they start on first use). */
  async warmup(): Promise<void> {
    while (!this.#closed && this.#slots.length < this.#opts.size) this.#spawn();
    await Promise.all(this.#slots.map((s) => s.ready));
  }

  attach(streamId: number, handler: PoolStreamHandler): WorkerSlot {
    if (this.#closed) {
      throw new ServiceError('the STT decoder pool is closed', {
        kind: 'internal',
        provider: 'pocketsphinx',
      });
    }
    if (this.#slots.length < this.#opts.size) this.#spawn();
    const slot = this.#slots.reduce((a, b) => (b.handlers.size < a.handlers.size ? b : a));
    slot.handlers.set(streamId, handler);
    return slot;
  }

  detach(slot: WorkerSlot, streamId: number): void {
    if (slot.handlers.delete(streamId)) slot.post({ op: 'close', streamId });
  }

  /** Test hook: makes every worker die the way a native fault would. */
  crashAll(): void {
    for (const slot of this.#slots) slot.post({ op: 'crash' });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const slots = this.#slots;
    this.#slots = [];
    await Promise.all(
      slots.map(async (s) => {
        s.dead = true;
        s.failReady(
          new ServiceError('the STT decoder pool is closed', { kind: 'aborted', provider: 'pocketsphinx' }),
        );
        await s.worker.terminate();
      }),
    );
  }

  #spawn(): WorkerSlot {
    const worker = new Worker(new URL('./decoder-worker.ts', import.meta.url), {
      workerData: {
        partialEverySamples: this.#opts.partialEverySamples,
        maxIdleDecoders: this.#opts.maxIdleDecoders,
        progressEverySamples: this.#opts.progressEverySamples ?? DEFAULT_PROGRESS_EVERY_SAMPLES,
      },
    });
    let markReady: () => void = () => {};
    let markFailed: (e: ServiceError) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => {}); // observed by attach/openStream callers; avoid an unhandled rejection
    const slot = new WorkerSlot(worker, ready, (e) => markFailed(e));
    worker.on('message', (msg: FromWorker) => {
      this.#received.set(msg.op, (this.#received.get(msg.op) ?? 0) + 1);
      if (msg.op === 'ready') return markReady();
      if (msg.op === 'error' && msg.streamId === -1) {
        return markFailed(
          new ServiceError(msg.message, { kind: msg.kind, provider: 'pocketsphinx', retryable: false }),
        );
      }
      if ('streamId' in msg) slot.handlers.get(msg.streamId)?.onMessage(msg);
    });
    const onGone = (cause: unknown) => this.#onWorkerGone(slot, cause);
    worker.on('error', onGone);
    worker.on('exit', (code) => onGone(new Error(`decoder worker exited with code ${code}`)));
    this.#slots.push(slot);
    return slot;
  }

  #onWorkerGone(slot: WorkerSlot, cause: unknown): void {
    if (slot.dead) return;
    slot.dead = true;
    this.#slots = this.#slots.filter((s) => s !== slot);
    if (this.#closed) return;
    this.#crashes++;
    log.error({ err: cause, streams: slot.handlers.size }, 'STT decoder worker died; replacing it');
    const error = new ServiceError(
      'the speech recognizer worker crashed and the current utterance was lost; the next utterance will be recognized normally',
      { kind: 'engine', provider: 'pocketsphinx', retryable: false, cause },
    );
    slot.failReady(error); // no-op when it had loaded
    const handlers = [...slot.handlers.values()];
    slot.handlers.clear();
    void slot.worker.terminate();
    this.#spawn();
    for (const h of handlers) h.onWorkerLost(error);
  }
}
