/** The limits one device gets: a message rate with a burst, and failed handshakes per address. */
import type { Clock } from '../../pipeline/clock.ts';

/** A steady rate with room for a burst (a resume's buffered audio arrives at once). */
export class TokenBucket {
  readonly #rate: number;
  readonly #burst: number;
  readonly #clock: Clock;
  #tokens: number;
  #at: number;
  constructor(perSecond: number, burst: number, clock: Clock) {
    this.#rate = perSecond;
    this.#burst = burst;
    this.#clock = clock;
    this.#tokens = burst;
    this.#at = clock.now();
  }
  take(): boolean {
    const now = this.#clock.now();
    this.#tokens = Math.min(this.#burst, this.#tokens + ((now - this.#at) * this.#rate) / 1000);
    this.#at = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

/** Failures per key in a fixed window: `wait` says how long a key over the limit must wait. */
export class FailureCounter {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #clock: Clock;
  readonly #counts = new Map<string, { start: number; count: number }>();
  constructor(max: number, windowMs: number, clock: Clock) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#clock = clock;
  }
  #current(key: string) {
    const now = this.#clock.now();
    let w = this.#counts.get(key);
    if (!w || now - w.start >= this.#windowMs) {
      w = { start: now, count: 0 };
      this.#counts.set(key, w);
      if (this.#counts.size > 10_000) this.#counts.delete(this.#counts.keys().next().value!);
    }
    return w;
  }
  wait(key: string): number {
    const w = this.#current(key);
    return w.count >= this.#max ? w.start + this.#windowMs - this.#clock.now() : 0;
  }
  hit(key: string): void {
    this.#current(key).count++;
  }
}
