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
  /**
   * A node at or after the destination rewrites frames of this type (`FrameSink.rewrites`, e.g.
   * the safety stage redacting a transcript two stages later): not the final content yet.
   */
  rewritten: boolean;
}

/**
 * Sees every hop without being a processor (RTVI, metrics, recorder, debug stream).
 * Must be fast and must not throw; an exception is caught and logged.
 */
export interface FrameObserver {
  /**
   * The frame types this observer acts on: hops of other types are not delivered (absent:
   * every hop). Audio frames hop through every processor ~60 times a second per session; an
   * observer that ignores them should say so, so that no hop is built for it.
   */
  readonly frameTypes?: ReadonlySet<FrameType>;
  onFrameHop(hop: FrameHop): void;
}

export interface SetupContext {
  clock: Clock;
  observers: readonly FrameObserver[];
  /** Frame types rewritten by a processor after this one, in the pipeline's order (none if absent). */
  rewritesAfter?(processor: FrameSink): ReadonlySet<FrameType>;
}

/**
 * For each processor, the frame types a later one rewrites: observers that report content skip a
 * frame until no stage ahead will rewrite it, so they never show a transcript before its redaction.
 */
export function rewritesAfterEach(ordered: readonly FrameSink[]): Map<FrameSink, ReadonlySet<FrameType>> {
  const after = new Map<FrameSink, ReadonlySet<FrameType>>();
  let ahead = new Set<FrameType>();
  for (let i = ordered.length - 1; i >= 0; i--) {
    const node = ordered[i]!;
    after.set(node, ahead);
    if (node.rewrites?.size) ahead = new Set([...ahead, ...node.rewrites]);
  }
  return after;
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
