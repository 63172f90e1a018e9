/**
 * The stand-ins' server VAD: energy over 20 ms windows of PCM16, speech after 60 ms
 * above the threshold, the end after 400 ms below it. Enough to tell a test's speech from its
 * silence, which is all a stand-in needs.
 */

export class StandInSpeech {
  #carry = Buffer.alloc(0);
  #ms = 0;
  #loud = 0;
  #quiet = 0;
  #speaking = false;
  readonly threshold: number;
  readonly #window: number;

  constructor(rate = 24_000, threshold = 700) {
    this.threshold = threshold;
    this.#window = (rate * 20) / 1000;
  }

  /** Feeds bytes; returns the edge crossed in them, if any. */
  push(bytes: Buffer): { kind: 'started' | 'stopped'; atMs: number } | undefined {
    let all = this.#carry.length > 0 ? Buffer.concat([this.#carry, bytes]) : bytes;
    let edge: { kind: 'started' | 'stopped'; atMs: number } | undefined;
    while (all.length >= this.#window * 2) {
      let sum = 0;
      for (let i = 0; i < this.#window; i++) {
        const v = all.readInt16LE(i * 2);
        sum += v * v;
      }
      all = all.subarray(this.#window * 2);
      this.#ms += 20;
      const loud = Math.sqrt(sum / this.#window) >= this.threshold;
      this.#loud = loud ? this.#loud + 1 : 0;
      this.#quiet = loud ? 0 : this.#quiet + 1;
      if (!this.#speaking && this.#loud >= 3) {
        this.#speaking = true;
        edge ??= { kind: 'started', atMs: this.#ms - 60 };
      } else if (this.#speaking && this.#quiet >= 20) {
        this.#speaking = false;
        edge = { kind: 'stopped', atMs: this.#ms - 400 };
      }
    }
    this.#carry = Buffer.from(all);
    return edge;
  }

  reset(): void {
    this.#loud = 0;
    this.#quiet = 0;
    this.#speaking = false;
  }
}
