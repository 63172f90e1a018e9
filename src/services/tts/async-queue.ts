/**
 * Single-consumer async queue: producers push from callbacks (worker messages, frames), one
 * `for await` loop consumes. Ending or failing wakes a waiting consumer at once, which is
 * what makes an abort stop output promptly.
 */
export class AsyncQueue<T> implements AsyncIterable<T> {
  #items: T[] = [];
  #done = false;
  #error: { error: unknown } | undefined;
  #waiter: (() => void) | undefined;

  push(item: T): void {
    if (this.#done) return;
    this.#items.push(item);
    this.#wake();
  }

  /** No more items; the consumer finishes after draining what is queued. */
  end(): void {
    this.#done = true;
    this.#wake();
  }

  /** Drops queued items and makes the consumer throw `error` on its next read. */
  fail(error: unknown): void {
    if (this.#error) return;
    this.#error = { error };
    this.#items = [];
    this.#done = true;
    this.#wake();
  }

  get closed(): boolean {
    return this.#done;
  }

  get size(): number {
    return this.#items.length;
  }

  #wake(): void {
    const w = this.#waiter;
    this.#waiter = undefined;
    w?.();
  }

  async next(): Promise<IteratorResult<T, undefined>> {
    for (;;) {
      if (this.#error) throw this.#error.error;
      if (this.#items.length > 0) return { value: this.#items.shift()!, done: false };
      if (this.#done) return { value: undefined, done: true };
      await new Promise<void>((resolve) => {
        this.#waiter = resolve;
      });
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<T, undefined> {
    return {
      next: () => this.next(),
      return: async () => {
        this.end();
        this.#items = [];
        return { value: undefined, done: true };
      },
    };
  }
}
