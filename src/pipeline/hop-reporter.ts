/**
 * Tells a processor's observers about each frame it pushes to a neighbour (a `FrameHop`),
 * building the hop only when some observer wants its frame type: audio frames hop through
 * every processor ~60 times a second per session.
 */
import { type Clock, systemClock } from './clock.ts';
import type { Direction, Frame, FrameType } from './frames.ts';
import type { FrameHop, FrameObserver, FrameSink } from './node.ts';

export const NOTHING_REWRITTEN: ReadonlySet<FrameType> = new Set();

export class HopReporter {
  readonly #observers: readonly FrameObserver[];
  readonly #clock: Clock;
  /** Frame types a processor after the reporting one rewrites (see `FrameSink.rewrites`). */
  readonly #rewritesAhead: ReadonlySet<FrameType>;

  /** Every frame type some observer wants; undefined when one of them wants every hop. */
  readonly #wanted: ReadonlySet<FrameType> | undefined;

  constructor(observers: readonly FrameObserver[], clock: Clock, rewritesAhead: ReadonlySet<FrameType>) {
    this.#observers = observers;
    this.#clock = clock;
    this.#rewritesAhead = rewritesAhead;
    this.#wanted = observers.every((o) => o.frameTypes)
      ? new Set(observers.flatMap((o) => [...o.frameTypes!]))
      : undefined;
  }

  /** False when there is nobody to tell: the caller skips `report` altogether. */
  get active(): boolean {
    return this.#observers.length > 0;
  }

  report(frame: Frame, direction: Direction, source: string, target: FrameSink): void {
    // One look-up for a type nobody watches (input audio at every hop) instead of one per observer.
    if (this.#wanted && !this.#wanted.has(frame.type)) return;
    let hop: FrameHop | undefined;
    for (const observer of this.#observers) {
      if (observer.frameTypes && !observer.frameTypes.has(frame.type)) continue;
      hop ??= {
        frame,
        direction,
        source,
        destination: target.name,
        at: this.#clock.now(),
        rewritten:
          (target.rewrites?.has(frame.type) ?? false) ||
          (direction === 'downstream' && this.#rewritesAhead.has(frame.type)),
      };
      try {
        observer.onFrameHop(hop);
      } catch {
        // observers must not break the pipeline
      }
    }
  }
}

/** Before setup: no observers. */
export const NO_HOP_REPORTER = new HopReporter([], systemClock, NOTHING_REWRITTEN);
