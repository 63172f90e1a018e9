/**
 * One job in a worker thread, one answer: for CPU-bound builds (a catalog language model, WordNet
 * relations, the word-vector table) that would block the event loop. The worker module posts
 * `{ ok: true, ...result }` or `{ ok: false, message }` once; abort terminates it. Every way it
 * can end is one typed error, which the caller turns into its own.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export type WorkerEnd = 'aborted' | 'failed' | 'crashed' | 'exited';

export class WorkerRunError extends Error {
  override name = 'WorkerRunError';
  readonly end: WorkerEnd;
  constructor(end: WorkerEnd, message: string, options?: ErrorOptions) {
    super(message, options);
    this.end = end;
  }
}

type Answer = { ok: true } & Record<string, unknown>;

export function runInWorker<T extends Answer>(
  module: URL,
  workerData: unknown,
  opts: { signal?: AbortSignal; resourceLimits?: WorkerOptions['resourceLimits'] } = {},
): Promise<T> {
  const { signal } = opts;
  if (signal?.aborted)
    return Promise.reject(
      new WorkerRunError('aborted', 'cancelled before it started', { cause: signal.reason }),
    );
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(module, {
      workerData,
      ...(opts.resourceLimits ? { resourceLimits: opts.resourceLimits } : {}),
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () =>
      finish(() => reject(new WorkerRunError('aborted', 'cancelled', { cause: signal?.reason })));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (msg: T | { ok: false; message: string }) =>
      finish(() => (msg.ok ? resolve(msg as T) : reject(new WorkerRunError('failed', String(msg.message))))),
    );
    worker.once('error', (err) =>
      finish(() => reject(new WorkerRunError('crashed', `crashed: ${err.message}`, { cause: err }))),
    );
    worker.once('exit', (code) => finish(() => reject(new WorkerRunError('exited', `exited (${code})`))));
  });
}
