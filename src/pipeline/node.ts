/**
 * What every element of a pipeline (a processor or a whole nested pipeline) can do:
 * accept a frame travelling in a direction, and be wired to its neighbours.
 */
import type { Clock } from './clock.ts';
import type { Direction, Frame, FrameType } from './frames.ts';

export interface FrameSink {
  readonly name: string;
  /**
   * Frame types this node consumes and re-emits as frames of its own, possibly re-cut or
   * re-ordered (an output guard turns LLM text chunks into checked sentences). Observers that
   * report content wait for the re-emitted frames instead of reporting these on the way in.
   */
  readonly rewrites?: ReadonlySet<FrameType>;
  /** Accepts a frame; never blocks on the receiver's work (it is queued). */
  queueFrame(frame: Frame, direction: Direction): void;
}

/** A frame passing from one node to the next, as seen by observers. */
export interface FrameHop {
  frame: Frame;
  direction: Direction;
  source: string;
  destination: string;
  /** Monotonic time of the hop. */
  at: number;
  /** The destination rewrites frames of this type (`FrameSink.rewrites`): not the final content. */
  rewritten: boolean;
}

/**
 * Sees every hop without being a processor (RTVI, metrics, recorder, debug stream).
 * Must be fast and must not throw; an exception is caught and logged.
 */
export interface FrameObserver {
  onFrameHop(hop: FrameHop): void;
}

export interface SetupContext {
  clock: Clock;
  observers: readonly FrameObserver[];
}

export interface PipelineNode extends FrameSink {
  readonly name: string;
  /** Wires the node: frames it pushes upstream go to `upstream`, downstream to `downstream`. */
  link(upstream: FrameSink | undefined, downstream: FrameSink | undefined): void;
  /** Called once by the task before the start frame: clock and observers. */
  setup(ctx: SetupContext): void;
  /** Every processor inside this node (itself if it is one). */
  processors(): Iterable<FrameSink>;
}
