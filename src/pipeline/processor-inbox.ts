/**
 * A processor's priority inbox (Pipecat's single priority queue, split in two): system frames
 * wait in one FIFO, data and control frames in another, and each data frame remembers how many
 * system frames had arrived before it, so it is never handled ahead of one of them.
 */
import { Fifo } from './fifo.ts';
import { type Direction, type Frame, isUninterruptible } from './frames.ts';

export interface QueuedFrame {
  frame: Frame;
  direction: Direction;
  /**
   * System frames: their 1-based arrival ordinal. Data frames: how many system frames had
   * arrived before them — they wait until all of those are handled, so a data frame never
   * overtakes a system frame that was sent before it (Pipecat's single priority inbox).
   */
  seq: number;
}

export class ProcessorInbox {
  readonly system = new Fifo<QueuedFrame>();
  readonly data = new Fifo<QueuedFrame>();
  #systemArrived = 0;
  #systemHandled = 0;
  /** Wake data loops waiting for earlier system frames (an abandoned loop may still wait). */
  #systemWaiters: (() => void)[] = [];

  /** Stamps a system frame with its arrival ordinal (the caller decides whether it queues). */
  arriveSystem(frame: Frame, direction: Direction): QueuedFrame {
    return { frame, direction, seq: ++this.#systemArrived };
  }

  /**
   * A system frame that arrived and was handled at once (forwarded untouched by a stage that
   * has no use for it): the same bookkeeping as `arriveSystem` then `systemHandled`, without
   * the queue entry (input audio takes this path at every such stage, ~60 times a second per
   * session).
   */
  passSystem(): void {
    this.#systemHandled = ++this.#systemArrived;
    if (this.#systemWaiters.length > 0) this.wakeWaiters();
  }

  /** Queues a data or control frame behind every system frame that arrived before it. */
  pushData(frame: Frame, direction: Direction): void {
    this.data.push({ frame, direction, seq: this.#systemArrived });
  }

  /** Records that the system frame `seq` was handled and wakes the data loops waiting for it. */
  systemHandled(seq: number): void {
    this.#systemHandled = Math.max(this.#systemHandled, seq);
    this.wakeWaiters();
  }

  /** True while a system frame that arrived before this data frame is still unhandled. */
  mustWait(item: QueuedFrame): boolean {
    return item.seq > this.#systemHandled;
  }

  /** Resolves at the next `systemHandled` (or `wakeWaiters`): the caller checks again. */
  untilSystemHandled(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#systemWaiters.push(resolve);
    });
  }

  wakeWaiters(): void {
    if (this.#systemWaiters.length === 0) return;
    const waiters = this.#systemWaiters;
    this.#systemWaiters = [];
    for (const wake of waiters) wake();
  }

  /**
   * Drops the interruptible data frames that arrived before the interruption with arrival
   * ordinal `seq`; frames that arrived after it (seq >= its ordinal) are not its business.
   */
  dropInterrupted(seq: number): void {
    this.data.retain((q) => isUninterruptible(q.frame) || q.seq >= seq);
  }

  /** Forgets everything queued (cancel). */
  clear(): void {
    this.data.clear();
    this.system.clear();
  }
}
