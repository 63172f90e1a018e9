/**
 * One delivery round at a time for an outbox: a kick while a round runs asks for one more round
 * after it (never two at once, never a kick lost), and nothing starts once closed.
 */
export class SerialRounds {
  readonly #round: () => Promise<void>;
  readonly #closed: AbortSignal;
  #running: Promise<void> | undefined;
  #again = false;

  constructor(round: () => Promise<void>, closed: AbortSignal) {
    this.#round = round;
    this.#closed = closed;
  }

  kick(): void {
    if (this.#closed.aborted) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#round().finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        this.kick();
      }
    });
  }

  /** Resolves when no round runs nor is asked for (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }
}
