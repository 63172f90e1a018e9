/**
 * The speech-to-speech connection of one session: opened on demand (one attempt at a time), with
 * backoff between attempts, and reopened with the conversation so far when it is cut. Events of
 * a connection that failed to open or was replaced never reach the session.
 */
import type { Logger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/index.ts';
import type {
  HistoryItem,
  RealtimeConnection,
  RealtimeEvent,
  RealtimeService,
  RealtimeSettings,
} from './types.ts';

export interface RealtimeLinkOptions {
  service: RealtimeService;
  /** Reconnect attempts after the first one fails. */
  reconnects: number;
  /** Read per attempt: the pipeline's setup may replace the processor's clock. */
  clock: () => Clock;
  /** Aborted when the session stops: no attempt starts or waits after it. */
  signal: AbortSignal;
  log: Logger;
  settings: () => RealtimeSettings;
  history: () => readonly HistoryItem[];
  onEvent: (e: RealtimeEvent) => void;
  /** The last attempt failed. */
  onGiveUp: (err: unknown) => void;
}

export class RealtimeLink {
  readonly #o: RealtimeLinkOptions;
  #conn: RealtimeConnection | undefined;
  #connecting: Promise<RealtimeConnection | undefined> | undefined;
  #stopping = false;

  constructor(opts: RealtimeLinkOptions) {
    this.#o = opts;
  }

  /** The open connection, if any. */
  get current(): RealtimeConnection | undefined {
    return this.#conn;
  }

  get stopping(): boolean {
    return this.#stopping;
  }

  /** The open connection, opening one if needed; undefined when stopping or every attempt failed. */
  ensure(): Promise<RealtimeConnection | undefined> {
    if (this.#conn) return Promise.resolve(this.#conn);
    if (this.#stopping) return Promise.resolve(undefined);
    this.#connecting ??= this.#connect().finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  /** The connection reported it closed: forget it (the session decides whether to reopen). */
  lost(): void {
    this.#conn = undefined;
  }

  async close(): Promise<void> {
    this.#stopping = true;
    const conn = this.#conn ?? (await this.#connecting);
    this.#conn = undefined;
    await conn?.close().catch(() => undefined);
  }

  async #connect(): Promise<RealtimeConnection | undefined> {
    const { service, signal, log } = this.#o;
    const clock = this.#o.clock();
    const attempts = 1 + this.#o.reconnects;
    for (let i = 0; i < attempts && !this.#stopping; i++) {
      if (i > 0) await clock.sleep(250 * 2 ** (i - 1), signal).catch(() => undefined);
      if (this.#stopping || signal.aborted) return undefined;
      try {
        let opened: RealtimeConnection | undefined;
        const conn = await service.open({
          settings: this.#o.settings(),
          history: this.#o.history(),
          onEvent: (e) => {
            if (e.type !== 'closed' || (opened !== undefined && this.#conn === opened)) this.#o.onEvent(e);
          },
          signal,
          clock,
        });
        if (this.#stopping) {
          await conn.close();
          return undefined;
        }
        opened = conn;
        this.#conn = conn;
        return conn;
      } catch (err) {
        log.warn({ err, attempt: i + 1, of: attempts }, 'could not open the speech-to-speech session');
        if (i === attempts - 1) this.#o.onGiveUp(err);
      }
    }
    return undefined;
  }
}
