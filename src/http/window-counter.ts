/**
 * A fixed-window request counter per key, bounded in memory and driven by the injectable clock:
 * for limits @fastify/rate-limit cannot express next to its own (it runs one limiter per request).
 */
import type { Clock } from '../pipeline/clock.ts';

/** A rate limit: hit() returns ms to wait (0: allowed). Many nodes share one held in Redis. */
export interface HitCounter {
  hit(key: string): number | Promise<number>;
}

/** Makes the counter of one limit (`name`): in memory on one node, in Redis across many. */
export type CounterFactory = (name: string, max: number, windowMs: number) => HitCounter;

/** Fixed-window counter per key, bounded in memory; hit() returns ms to wait (0: allowed). */
export class WindowCounter implements HitCounter {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #clock: Clock;
  readonly #windows = new Map<string, { start: number; count: number }>();
  constructor(max: number, windowMs: number, clock: Clock) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#clock = clock;
  }
  hit(key: string): number {
    const now = this.#clock.now();
    let w = this.#windows.get(key);
    if (!w || now - w.start >= this.#windowMs) {
      w = { start: now, count: 0 };
      this.#windows.delete(key);
      this.#windows.set(key, w);
      if (this.#windows.size > 50_000) {
        const oldest = this.#windows.keys().next().value;
        if (oldest !== undefined) this.#windows.delete(oldest);
      }
    }
    if (w.count >= this.#max) return w.start + this.#windowMs - now;
    w.count += 1;
    return 0;
  }
}
