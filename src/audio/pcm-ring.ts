/**
 * Fixed-capacity history of the most recent PCM16 samples: what a speech-to-text pre-roll
 * needs. The VAD decides "speech started" only after its start window plus any inference lag,
 * so the audio of the first word has already gone by; keeping the last second or two in a ring
 * (constant memory, no per-frame allocation) lets the STT reach back to the onset.
 */
export class PcmRing {
  readonly capacity: number;
  readonly #buf: Int16Array;
  /** Index where the next sample goes. */
  #head = 0;
  #size = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity <= 0) {
      throw new RangeError(`PcmRing capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
    this.#buf = new Int16Array(capacity);
  }

  /** Samples held (at most `capacity`). */
  get size(): number {
    return this.#size;
  }

  write(pcm: Int16Array): void {
    // Only the newest `capacity` samples of a long chunk can survive.
    const src = pcm.length > this.capacity ? pcm.subarray(pcm.length - this.capacity) : pcm;
    const first = Math.min(src.length, this.capacity - this.#head);
    this.#buf.set(src.subarray(0, first), this.#head);
    if (first < src.length) this.#buf.set(src.subarray(first), 0);
    this.#head = (this.#head + src.length) % this.capacity;
    this.#size = Math.min(this.capacity, this.#size + src.length);
  }

  /** A copy of the newest `n` samples in order (fewer when fewer are held). */
  last(n: number): Int16Array {
    const count = Math.max(0, Math.min(Math.floor(n), this.#size));
    const out = new Int16Array(count);
    const start = (this.#head - count + this.capacity) % this.capacity;
    const first = Math.min(count, this.capacity - start);
    out.set(this.#buf.subarray(start, start + first), 0);
    if (first < count) out.set(this.#buf.subarray(0, count - first), first);
    return out;
  }

  clear(): void {
    this.#head = 0;
    this.#size = 0;
  }
}
