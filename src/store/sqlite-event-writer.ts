/**
 * Conversation events into a SQLite file from a worker thread. better-sqlite3 is synchronous:
 * on the main thread every recorder commit (an fsync with synchronous=FULL) stalled every
 * session's audio for its duration — 9.8 % of the main thread at 100 sessions. Here the
 * commit runs beside the event loop, and while one is in flight the recorder gathers the next
 * batch from every session, so commits are shared (group commit). A batch is acknowledged
 * only after its commit returned; a worker that dies fails its requests (the recorder retries
 * them, skipping what did land) and is started again on the next one.
 */
import { Worker } from 'node:worker_threads';
import type { SqliteSettings } from './db.ts';
import type { EventRow, EventWriter } from './event-writer.ts';
import type { WorkerReply, WorkerRequest } from './sqlite-event-worker.ts';

export class EventWriterError extends Error {
  override name = 'EventWriterError';
}

interface Waiting {
  resolve(value: number | undefined): void;
  reject(err: Error): void;
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class SqliteWorkerEventWriter implements EventWriter {
  readonly #settings: SqliteSettings;
  #worker: Worker | undefined;
  readonly #waiting = new Map<number, Waiting>();
  #nextId = 1;
  #closed = false;

  constructor(settings: SqliteSettings) {
    this.#settings = settings;
  }

  async maxSeq(sessionId: string): Promise<number> {
    return (await this.#request({ op: 'maxSeq', sessionId })) ?? 0;
  }

  async write(rows: readonly EventRow[], skipExisting: boolean): Promise<void> {
    await this.#request({ op: 'write', rows: rows.slice(), skipExisting });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const worker = this.#worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // Queued behind every write already sent: they commit first.
    await this.#send(worker, { op: 'close' }).catch(() => undefined);
    await exited;
  }

  #request(req: Request): Promise<number | undefined> {
    if (this.#closed) return Promise.reject(new EventWriterError('the event writer is closed'));
    return this.#send(this.#worker ?? this.#start(), req);
  }

  #send(worker: Worker, req: Request): Promise<number | undefined> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.ref(); // held open while a commit is owed to someone
      worker.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  #start(): Worker {
    const worker = new Worker(new URL('./sqlite-event-worker.ts', import.meta.url), {
      workerData: this.#settings,
      name: 'sqlite-writer', // the thread's name in /proc (per-thread CPU in the benches)
    });
    this.#worker = worker;
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.#waiting.get(reply.id);
      if (!waiting) return;
      this.#waiting.delete(reply.id);
      // Idle, the thread must not keep the process alive; closing, it must until it has exited
      // (a shutdown awaiting that exit would otherwise find the loop empty: exit 13).
      if (this.#waiting.size === 0 && !this.#closed) worker.unref();
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new EventWriterError(`SQLite event write failed: ${reply.message}`));
    });
    const died = (why: string) => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      const err = new EventWriterError(
        `SQLite event writer thread ${why}: its unacknowledged batches failed (the recorder retries them)`,
      );
      for (const waiting of this.#waiting.values()) waiting.reject(err);
      this.#waiting.clear();
    };
    worker.on('error', (err) => died(`failed (${err.message})`));
    worker.on('exit', (code) => died(`exited (code ${code})`));
    return worker;
  }
}
