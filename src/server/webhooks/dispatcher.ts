/**
 * Delivers queued webhook events: POST with an HMAC-SHA256 signature over timestamp + body,
 * retried with exponential backoff on the injected clock until a 2xx or the attempt limit
 * (then "dead", kept for inspection). Every state change is written to the outbox first, so a
 * restart resumes exactly where the previous process stopped.
 */
import { childLogger } from '../../log/logger.ts';
import type { Clock, TimerHandle } from '../../pipeline/clock.ts';
import type { OutboxRow, WebhookOutbox } from '../../store/repositories/webhook-outbox.ts';
import { SIGNATURE_HEADER, signWebhook } from './signature.ts';

const log = childLogger({ component: 'webhooks' });

export interface WebhookDispatcherOptions {
  outbox: WebhookOutbox;
  url: string;
  secret: string;
  clock: Clock;
  /** Wall clock for stored times and the signature timestamp. */
  now?: () => Date;
  fetch?: typeof fetch;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  timeoutMs: number;
}

export class WebhookDispatcher {
  readonly #o: Required<WebhookDispatcherOptions>;
  readonly #closing = new AbortController();
  #timer: TimerHandle | undefined;
  #running: Promise<void> | undefined;
  #again = false;

  constructor(opts: WebhookDispatcherOptions) {
    this.#o = { now: () => new Date(), fetch: globalThis.fetch, ...opts };
  }

  /** Resumes whatever a previous process left pending. */
  start(): void {
    this.kick();
  }

  /** Queues an event durably, then tries to deliver it. Resolves once it is stored. */
  async publish(eventType: string, data: unknown): Promise<string> {
    const row = await this.#o.outbox.enqueue(eventType, data, this.#o.now());
    this.kick();
    return row.id;
  }

  kick(): void {
    if (this.#closing.signal.aborted) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#timer?.cancel();
    this.#timer = undefined;
    this.#running = this.#pump().finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        this.kick();
      }
    });
  }

  /** Resolves when the current delivery round is over (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async close(): Promise<void> {
    this.#closing.abort(new Error('webhook dispatcher closed'));
    this.#timer?.cancel();
    await this.#running;
  }

  async #pump(): Promise<void> {
    try {
      for (;;) {
        if (this.#closing.signal.aborted) return;
        const rows = await this.#o.outbox.due(this.#o.now());
        if (rows.length === 0) break;
        for (const row of rows) {
          if (this.#closing.signal.aborted) return;
          await this.#deliver(row);
        }
      }
      const next = await this.#o.outbox.nextDue();
      if (next && !this.#closing.signal.aborted) {
        const delay = Math.max(0, next.getTime() - this.#o.now().getTime());
        this.#timer = this.#o.clock.setTimer(() => this.kick(), delay);
      }
    } catch (err) {
      log.error({ err }, 'webhook outbox unavailable; retrying');
      if (!this.#closing.signal.aborted)
        this.#timer = this.#o.clock.setTimer(() => this.kick(), this.#o.retryBaseMs);
    }
  }

  async #deliver(row: OutboxRow): Promise<void> {
    const attempts = row.attempts + 1;
    const sentAt = this.#o.now();
    const controller = new AbortController();
    const timeout = this.#o.clock.setTimer(
      () => controller.abort(new Error(`no answer within ${this.#o.timeoutMs} ms`)),
      this.#o.timeoutMs,
    );
    let error: string | undefined;
    try {
      const res = await this.#o.fetch(this.#o.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'voice-shopper-webhooks/1',
          'x-voice-shopper-event': row.eventType,
          'x-voice-shopper-delivery': row.id,
          [SIGNATURE_HEADER]: signWebhook(this.#o.secret, Math.floor(sentAt.getTime() / 1000), row.body),
        },
        body: row.body,
        signal: AbortSignal.any([controller.signal, this.#closing.signal]),
        redirect: 'error',
      });
      await res.body?.cancel().catch(() => {});
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (err) {
      error =
        err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    } finally {
      timeout.cancel();
    }
    if (error === undefined) {
      await this.#o.outbox.delivered(row.id, attempts, this.#o.now());
      return;
    }
    if (this.#closing.signal.aborted) return; // not an attempt: retried as-is after restart
    const last = attempts >= this.#o.maxAttempts;
    const delay = Math.min(this.#o.retryBaseMs * 2 ** (attempts - 1), this.#o.retryMaxMs);
    const next = last ? null : new Date(this.#o.now().getTime() + delay);
    log.warn({ deliveryId: row.id, attempts, error, dead: last }, 'webhook delivery failed');
    await this.#o.outbox.failed(row.id, attempts, error, next);
  }
}
