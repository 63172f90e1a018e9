/**
 * When each stretch of the input stream arrived, so a decision about audio at stream time t can
 * say how long after that audio's arrival it was made: the input path's lag (pipeline queues,
 * VAD inference behind the audio). Without it a late decision looks like a fast one, since
 * every later mark of the turn is measured from it.
 */
const CAPACITY = 512;

export class ArrivalLog {
  /** Stream time at the end of each logged frame (ms), ascending, and its arrival time. */
  readonly #endMs = new Float64Array(CAPACITY);
  readonly #arrivedAt = new Float64Array(CAPACITY);
  #next = 0;
  #count = 0;

  /** The audio up to `streamEndMs` arrived at `arrivedAt` (monotonic ms). */
  record(streamEndMs: number, arrivedAt: number): void {
    this.#endMs[this.#next] = streamEndMs;
    this.#arrivedAt[this.#next] = arrivedAt;
    this.#next = (this.#next + 1) % CAPACITY;
    this.#count = Math.min(this.#count + 1, CAPACITY);
  }

  /**
   * When the audio at `streamMs` arrived: the first logged frame ending at or after it (the
   * oldest one kept when it is older than the log, the newest when it is not logged yet), or
   * undefined before anything was logged.
   */
  arrivalOf(streamMs: number): number | undefined {
    if (this.#count === 0) return undefined;
    const oldest = (this.#next - this.#count + CAPACITY) % CAPACITY;
    for (let k = 0; k < this.#count; k++) {
      const i = (oldest + k) % CAPACITY;
      if (this.#endMs[i]! >= streamMs) return this.#arrivedAt[i];
    }
    return this.#arrivedAt[(this.#next - 1 + CAPACITY) % CAPACITY];
  }

  clear(): void {
    this.#next = 0;
    this.#count = 0;
  }
}
