/**
 * One Silero v5 model serving many audio streams. The session lives in a worker thread
 * (see silero-worker.ts for why); each stream keeps its own RNN state and 64-sample context
 * (silero-stream.ts), so the model itself is shared and stateless. How a batch is laid out in
 * the buffers shared with the worker is silero-batch.ts's job.
 *
 * Frames of one event-loop turn, and those that arrive while a batch is in flight, are sent
 * together as the next batch ([B, 576] input, [2, B, 128] state): one postMessage for many
 * sessions, and under load the per-frame cost drops instead of the queue growing. A stream that fell behind sends its backlog as one sequence of windows
 * (`inferSequence`), run back to back in the worker: it catches up in one round trip instead
 * of one per 32 ms window (which, on a loaded machine, never caught up).
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../log/logger.ts';
import { childLogger } from '../../log/logger.ts';
import {
  type BatchEntry,
  packBatch,
  SharedBatchBuffers,
  type SharedBuffers,
  unpackState,
} from './silero-batch.ts';
import {
  type SequenceResult,
  SILERO_WINDOW,
  type SileroSampleRate,
  STATE_SIZE,
  VadInferenceError,
} from './silero-format.ts';
import { defaultSileroModelPath, SILERO_V5_SHA256, VadModelError } from './silero-model.ts';
import { SileroVadStream } from './silero-stream.ts';
import type { CloseRequest, RunRequest, WorkerInit, WorkerReply } from './silero-worker.ts';

/** How long close() lets the worker finish its batch and exit before terminating it. */
const WORKER_CLOSE_GRACE_MS = 5_000;

export interface SileroEngineOptions {
  modelPath?: string;
  sha256?: string;
  /** Largest batch sent to the worker at once (default 64). */
  maxBatch?: number;
  logger?: Logger;
  /** Called per completed batch with its size and model time inside the worker (benchmarks). */
  onBatch?: (size: number, runUs: number) => void;
}

export interface SileroEngineStats {
  frames: number;
  batches: number;
  /** Total model time inside the worker, µs. */
  workerRunUs: number;
  workerRestarts: number;
}

interface Pending extends BatchEntry {
  sampleRate: SileroSampleRate;
  /** How many consecutive windows (context + window each) `input` holds. */
  steps: number;
  resolve: (r: SequenceResult) => void;
  reject: (e: Error) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

interface InFlight {
  id: number;
  items: Pending[];
  /** The shared buffers the worker writes this batch's results into (set once it is sized). */
  shared: SharedBuffers | undefined;
}

function abortError(signal: AbortSignal): Error {
  const r = signal.reason;
  return r instanceof Error ? r : new DOMException('The operation was aborted', 'AbortError');
}

export class SileroVadEngine {
  readonly #init: WorkerInit;
  readonly #maxBatch: number;
  readonly #log: Logger;
  readonly #onBatch: ((size: number, runUs: number) => void) | undefined;
  #worker: Worker | null = null;
  /** Resolves when the worker thread has exited, however it ended. */
  readonly #exited = new WeakMap<Worker, Promise<void>>();
  #ready: Promise<Worker> | null = null;
  #queue: Pending[] = [];
  #inFlight: InFlight | null = null;
  readonly #buffers: SharedBatchBuffers;
  #flushScheduled = false;
  #nextId = 1;
  #closed = false;
  readonly stats: SileroEngineStats = { frames: 0, batches: 0, workerRunUs: 0, workerRestarts: 0 };

  private constructor(options: SileroEngineOptions) {
    this.#init = {
      modelPath: options.modelPath ?? defaultSileroModelPath(),
      sha256: options.sha256 ?? SILERO_V5_SHA256,
    };
    this.#maxBatch = Math.max(1, options.maxBatch ?? 64);
    this.#buffers = new SharedBatchBuffers(this.#maxBatch);
    this.#log = options.logger ?? childLogger({ component: 'silero-vad' });
    this.#onBatch = options.onBatch;
  }

  /** Starts the worker and loads the model; rejects with VadModelError if the file is missing or altered. */
  static async create(options: SileroEngineOptions = {}, signal?: AbortSignal): Promise<SileroVadEngine> {
    const engine = new SileroVadEngine(options);
    try {
      await engine.#startWorker(signal);
    } catch (e) {
      await engine.close();
      throw e;
    }
    return engine;
  }

  /** A new independent stream (own state and context) on this shared model. */
  createStream(sampleRate: SileroSampleRate = 16000): SileroVadStream {
    return new SileroVadStream(this, sampleRate);
  }

  /**
   * Runs one frame: `input` is context + window (576 or 288 samples), `state` the stream's
   * [2,1,128] RNN state. Resolves with the speech probability and the next state.
   */
  async infer(
    sampleRate: SileroSampleRate,
    input: Float32Array,
    state: Float32Array,
    signal?: AbortSignal,
  ): Promise<{ prob: number; state: Float32Array }> {
    const r = await this.inferSequence(sampleRate, input, state, signal);
    return { prob: r.probs[0]!, state: r.state };
  }

  /**
   * Runs consecutive frames of one stream in order (a backlog): `input` holds one or more
   * context + window blocks back to back, `state` the stream's state before the first. The
   * worker carries the state from frame to frame; resolves with every frame's probability and
   * the state after the last.
   */
  inferSequence(
    sampleRate: SileroSampleRate,
    input: Float32Array,
    state: Float32Array,
    signal?: AbortSignal,
  ): Promise<SequenceResult> {
    if (this.#closed) return Promise.reject(new VadInferenceError('Silero VAD engine is closed'));
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const { window, context } = SILERO_WINDOW[sampleRate];
    const len = window + context;
    if (input.length === 0 || input.length % len !== 0 || state.length !== STATE_SIZE) {
      return Promise.reject(
        new VadInferenceError(
          `Silero ${sampleRate} Hz needs ${len} input samples per frame and ${STATE_SIZE} state values`,
        ),
      );
    }
    const steps = input.length / len;
    return new Promise((resolve, reject) => {
      const item: Pending = { sampleRate, input, steps, state, resolve, reject, signal, onAbort: undefined };
      if (signal) {
        item.onAbort = () => {
          const i = this.#queue.indexOf(item);
          if (i >= 0) {
            this.#queue.splice(i, 1);
            reject(abortError(signal));
          }
          // Already sent: the batch cannot be recalled; its result is simply ignored by the caller.
        };
        signal.addEventListener('abort', item.onAbort, { once: true });
      }
      this.#queue.push(item);
      this.#scheduleFlush();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const err = new VadInferenceError('Silero VAD engine closed');
    for (const item of this.#queue.splice(0)) this.#settle(item, err);
    if (this.#inFlight) for (const item of this.#inFlight.items) this.#settle(item, err);
    this.#inFlight = null;
    const w = this.#worker;
    this.#worker = null;
    this.#ready = null;
    if (w) await this.#stopWorker(w);
  }

  /**
   * Asks the worker to finish its batch, release the session and exit; terminates it only if it
   * has not exited after a grace period. Terminating it mid-`session.run` aborts the process
   * (see CloseRequest in silero-worker.ts).
   */
  async #stopWorker(w: Worker): Promise<void> {
    // An idle worker is unref'd; while it closes it must hold the process open, or a shutdown
    // awaiting its exit can find the event loop empty and Node quits mid-await (exit 13).
    w.ref();
    w.postMessage({ type: 'close' } satisfies CloseRequest);
    const grace = setTimeout(() => void w.terminate(), WORKER_CLOSE_GRACE_MS);
    await this.#exited.get(w);
    clearTimeout(grace);
  }

  #startWorker(signal?: AbortSignal): Promise<Worker> {
    // Named so per-thread CPU (/proc/<pid>/task/*/comm) tells it from the other workers.
    const worker = new Worker(new URL('./silero-worker.ts', import.meta.url), {
      workerData: this.#init,
      name: 'vad-silero',
    });
    this.#worker = worker;
    this.#exited.set(worker, new Promise<void>((resolve) => worker.once('exit', () => resolve())));
    this.#ready = new Promise<Worker>((resolve, reject) => {
      const onAbort = () => reject(abortError(signal!));
      signal?.addEventListener('abort', onAbort, { once: true });
      const fail = (e: Error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(e);
      };
      worker.once('message', (m: WorkerReply) => {
        signal?.removeEventListener('abort', onAbort);
        if (m.type === 'ready') {
          this.#log.debug({ loadMs: Math.round(m.loadMs) }, 'Silero VAD model loaded');
          // An idle VAD worker must not keep the process alive; it is re-ref'd while a batch runs.
          if (!this.#inFlight) worker.unref();
          resolve(worker);
        } else if (m.type === 'init-error') {
          fail(m.name === 'VadModelError' ? new VadModelError(m.message) : new VadInferenceError(m.message));
        } else {
          fail(new VadInferenceError(`Unexpected first message from VAD worker: ${m.type}`));
        }
      });
      worker.once('error', (e) =>
        fail(new VadInferenceError(`VAD worker failed to start: ${e.message}`, { cause: e })),
      );
    });
    worker.on('message', (m: WorkerReply) => this.#onReply(worker, m));
    worker.on('error', (e) => this.#onWorkerDeath(worker, e));
    worker.on('exit', (code) => this.#onWorkerDeath(worker, new Error(`exited with code ${code}`)));
    // Keep the rejection observed even if nobody awaits this particular promise.
    this.#ready.catch(() => {});
    return this.#ready;
  }

  #onWorkerDeath(worker: Worker, e: Error): void {
    if (worker !== this.#worker || this.#closed) return;
    this.#log.error({ err: e }, 'Silero VAD worker died; restarting on next frame');
    this.#worker = null;
    this.#ready = null;
    this.stats.workerRestarts++;
    const lost = this.#inFlight;
    this.#inFlight = null;
    if (lost) {
      const err = new VadInferenceError(`VAD worker died (${e.message}); ${lost.items.length} frame(s) lost`);
      for (const item of lost.items) this.#settle(item, err);
    }
    if (this.#queue.length > 0) this.#scheduleFlush();
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled || this.#inFlight) return;
    this.#flushScheduled = true;
    // After the poll phase, not after this callback: each session's audio arrives in a socket
    // callback of its own, so a microtask sent one window per message (a postMessage each,
    // 4 % of the main thread at 100 sessions); setImmediate gathers every session's windows
    // read in this turn of the event loop into one batch.
    setImmediate(() => {
      this.#flushScheduled = false;
      void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    if (this.#inFlight || this.#queue.length === 0 || this.#closed) return;
    const sampleRate = this.#queue[0]!.sampleRate;
    const items: Pending[] = [];
    const rest: Pending[] = [];
    for (const item of this.#queue) {
      if (item.sampleRate === sampleRate && items.length < this.#maxBatch) items.push(item);
      else rest.push(item);
    }
    this.#queue = rest;
    const flight: InFlight = { id: this.#nextId++, items, shared: undefined };
    this.#inFlight = flight;
    let worker: Worker;
    try {
      worker = await (this.#ready ?? this.#startWorker());
    } catch (e) {
      this.#inFlight = null;
      for (const item of items) this.#settle(item, e as Error);
      if (this.#queue.length > 0) this.#scheduleFlush();
      return;
    }
    if (this.#inFlight !== flight) return; // engine closed or worker died meanwhile
    const { window, context } = SILERO_WINDOW[sampleRate];
    const len = window + context;
    const b = items.length;
    let frames = 0;
    for (const item of items) frames += item.steps;
    const shared = this.#buffers.sizedFor(frames * len, b * STATE_SIZE, frames);
    flight.shared = shared;
    const { input, state } = shared;
    packBatch(items, input, state);
    const req: RunRequest = {
      type: 'run',
      id: flight.id,
      sampleRate,
      batch: b,
      inputLength: len,
      frames,
      input,
      state,
      probs: shared.probs,
      ...(frames !== b ? { steps: items.map((item) => item.steps) } : {}),
    };
    worker.ref();
    worker.postMessage(req);
  }

  #onReply(worker: Worker, m: WorkerReply): void {
    if (m.type !== 'result' && m.type !== 'run-error') return;
    const flight = this.#inFlight;
    if (!flight || flight.id !== m.id || worker !== this.#worker) return;
    this.#inFlight = null;
    worker.unref();
    if (m.type === 'run-error') {
      const err = new VadInferenceError(`Silero inference failed: ${m.message}`);
      for (const item of flight.items) this.#settle(item, err);
    } else {
      const items = flight.items;
      const b = items.length;
      const { probs, state } = flight.shared!; // set before the batch was sent
      let frames = 0;
      for (const item of items) frames += item.steps;
      this.stats.batches++;
      this.stats.frames += frames;
      this.stats.workerRunUs += m.runUs;
      this.#onBatch?.(frames, m.runUs);
      // Copied out before anything else runs: the next batch reuses the shared buffers.
      let at = 0;
      for (let i = 0; i < b; i++) {
        const item = items[i]!;
        this.#settle(item, { probs: probs.slice(at, at + item.steps), state: unpackState(state, b, i) });
        at += item.steps;
      }
    }
    if (this.#queue.length > 0) this.#scheduleFlush();
  }

  #settle(item: Pending, result: Error | SequenceResult): void {
    if (item.onAbort) item.signal?.removeEventListener('abort', item.onAbort);
    if (result instanceof Error) item.reject(result);
    else item.resolve(result);
  }

  /** For tests of crash recovery: kills the worker as if it had crashed. */
  async simulateWorkerCrash(): Promise<void> {
    const w = this.#worker;
    if (w) await w.terminate();
  }
}
