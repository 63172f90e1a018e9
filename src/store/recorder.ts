/**
 * The conversation recorder: every event of a session (user transcript, assistant text, tool
 * call and result, interruption, error, metrics) appended in order with a gap-free sequence
 * number. `append()` resolves only once the event is committed (write-through). While the
 * database is unavailable events wait in memory, in order, and a writer retries with backoff on
 * the injected clock; nothing is dropped. `flush()` on shutdown waits for everything queued.
 */
import type { Kysely } from 'kysely';
import { childLogger } from '../log/logger.ts';
import { type Clock, systemClock } from '../pipeline/clock.ts';
import { type EventRow, type EventWriter, KyselyEventWriter } from './event-writer.ts';
import type { Database } from './schema.ts';

const log = childLogger({ component: 'recorder' });

export type ConversationEventType =
  | 'session_start'
  | 'user_transcript'
  | 'assistant_text'
  | 'tool_call'
  | 'tool_result'
  | 'interruption'
  | 'error'
  | 'metrics'
  | 'ui_event'
  | 'agent_switch'
  | 'provider_switch'
  | 'session_end';

export interface ConversationEvent {
  sessionId: string;
  seq: number;
  type: ConversationEventType;
  payload: unknown;
  createdAt: string;
}

export interface RecorderOptions {
  clock?: Clock;
  /** First retry delay after a failed write; doubles up to maxRetryDelayMs. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Events held in memory at most; beyond it append() rejects rather than grow without bound. */
  maxBuffered?: number;
  /** Events written per transaction at most. */
  batchSize?: number;
  /** Applied to every string in a payload before it is stored (the safety guard's redaction). */
  redact?: (text: string) => string;
  /**
   * Where batches are committed (default: through `db`). The recorder closes it on close();
   * `eventWriterFor(store)` picks a worker thread for a SQLite file.
   */
  writer?: EventWriter;
}

export class RecorderError extends Error {
  override name = 'RecorderError';
}

interface Pending {
  sessionId: string;
  type: ConversationEventType;
  payload: string;
  createdAt: string;
  seq?: number;
  resolve(e: ConversationEvent): void;
  reject(e: Error): void;
}

export class ConversationRecorder {
  readonly #db: Kysely<Database>;
  readonly #writer: EventWriter;
  readonly #clock: Clock;
  readonly #retryDelayMs: number;
  readonly #maxRetryDelayMs: number;
  readonly #maxBuffered: number;
  readonly #batchSize: number;
  readonly #redact: ((text: string) => string) | undefined;
  readonly #queue: Pending[] = [];
  readonly #nextSeq = new Map<string, number>();
  readonly #idle: (() => void)[] = [];
  readonly #committedListeners = new Set<(events: readonly ConversationEvent[]) => void>();
  #running = false;
  #closed = false;
  #failures = 0;

  constructor(db: Kysely<Database>, opts: RecorderOptions = {}) {
    this.#db = db;
    this.#writer = opts.writer ?? new KyselyEventWriter(db);
    this.#clock = opts.clock ?? systemClock;
    this.#retryDelayMs = opts.retryDelayMs ?? 100;
    this.#maxRetryDelayMs = opts.maxRetryDelayMs ?? 5000;
    this.#maxBuffered = opts.maxBuffered ?? 10_000;
    this.#batchSize = opts.batchSize ?? 200;
    this.#redact = opts.redact;
  }

  /** Events accepted but not yet committed. */
  get buffered(): number {
    return this.#queue.length;
  }

  /** Appends one event; resolves with its sequence number once it is committed. */
  append(sessionId: string, type: ConversationEventType, payload: unknown = {}): Promise<ConversationEvent> {
    if (this.#closed)
      return Promise.reject(new RecorderError('recorder is closed; no more events can be recorded'));
    if (this.#queue.length >= this.#maxBuffered) {
      return Promise.reject(
        new RecorderError(
          `recorder buffer full (${this.#maxBuffered} events waiting): the database has been unavailable too long`,
        ),
      );
    }
    let json: string;
    try {
      const redact = this.#redact;
      json = JSON.stringify(
        payload ?? {},
        redact ? (_k, v: unknown) => (typeof v === 'string' ? redact(v) : v) : undefined,
      );
    } catch (error) {
      return Promise.reject(
        new RecorderError(`event payload is not JSON-serialisable: ${(error as Error).message}`),
      );
    }
    return new Promise<ConversationEvent>((resolve, reject) => {
      this.#queue.push({
        sessionId,
        type,
        payload: json,
        createdAt: new Date().toISOString(),
        resolve,
        reject,
      });
      void this.#run();
    });
  }

  /**
   * Calls `listener` with each committed batch (after the commit, in order). What reads the
   * store behind the recorder (the Convex link) uses it as a wake-up, never as the data itself:
   * the stored events are the record.
   */
  onCommitted(listener: (events: readonly ConversationEvent[]) => void): () => void {
    this.#committedListeners.add(listener);
    return () => this.#committedListeners.delete(listener);
  }

  /** Resolves when every event appended so far is committed (waits through outages). */
  flush(): Promise<void> {
    if (this.#queue.length === 0 && !this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Flushes, then refuses further events and releases the writer. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
    await this.#writer.close();
  }

  async listEvents(sessionId: string, opts: { afterSeq?: number } = {}): Promise<ConversationEvent[]> {
    const rows = await this.#db
      .selectFrom('conversation_events')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('seq', '>', opts.afterSeq ?? 0)
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      sessionId: r.session_id,
      seq: r.seq,
      type: r.type as ConversationEventType,
      payload: JSON.parse(r.payload),
      createdAt: r.created_at,
    }));
  }

  async #run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.slice(0, this.#batchSize);
        try {
          await this.#write(batch);
        } catch (error) {
          this.#failures++;
          const delay = Math.min(this.#maxRetryDelayMs, this.#retryDelayMs * 2 ** (this.#failures - 1));
          log.warn(
            { err: error, buffered: this.#queue.length, retryInMs: delay },
            'recorder write failed; retrying',
          );
          await this.#clock.sleep(delay);
          continue;
        }
        if (this.#failures > 0) log.info({ afterFailures: this.#failures }, 'recorder writes recovered');
        this.#failures = 0;
        this.#queue.splice(0, batch.length);
        const committed = batch.map((p) => ({
          sessionId: p.sessionId,
          seq: p.seq!,
          type: p.type,
          payload: JSON.parse(p.payload) as unknown,
          createdAt: p.createdAt,
        }));
        batch.forEach((p, i) => {
          p.resolve(committed[i]!);
        });
        for (const listener of this.#committedListeners) {
          try {
            listener(committed);
          } catch (err) {
            log.error({ err }, 'a listener of committed events threw');
          }
        }
      }
    } finally {
      this.#running = false;
      for (const done of this.#idle.splice(0)) done();
    }
  }

  async #write(batch: Pending[]): Promise<void> {
    // Sequence numbers continue from what is stored, so a restarted process never reuses one.
    for (const p of batch) {
      if (p.seq !== undefined) continue;
      const next = this.#nextSeq.get(p.sessionId) ?? (await this.#writer.maxSeq(p.sessionId)) + 1;
      p.seq = next;
      this.#nextSeq.set(p.sessionId, next + 1);
    }
    const rows: EventRow[] = batch.map((p) => ({
      session_id: p.sessionId,
      seq: p.seq!,
      type: p.type,
      payload: p.payload,
      created_at: p.createdAt,
    }));
    // After a failure the commit may have succeeded before the connection dropped: skip what is stored.
    await this.#writer.write(rows, this.#failures > 0);
  }
}
