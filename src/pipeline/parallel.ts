/**
 * ParallelPipeline: every frame entering it goes to each branch; what comes out rejoins.
 *
 * A frame that entered and passes through several branches unchanged would come out once per
 * branch, so entered frames are deduplicated by id. Lifecycle frames are special: start and end
 * leave only when every branch has passed them (so end still means "everything drained"), cancel
 * leaves on its first arrival (a stopped branch may never pass it on).
 */
import type { Direction, Frame } from './frames.ts';
import type { FrameSink, PipelineNode, SetupContext } from './node.ts';
import { Pipeline } from './pipeline.ts';

interface Tracked {
  remaining: number;
  forwarded: boolean;
}

let parallelCount = 0;

export class ParallelPipeline implements PipelineNode {
  readonly name: string;
  readonly branches: readonly Pipeline[];
  #upstream: FrameSink | undefined;
  #downstream: FrameSink | undefined;
  /** Frames that entered, by id, per direction; insertion-ordered so the oldest can be evicted. */
  readonly #tracked = { downstream: new Map<number, Tracked>(), upstream: new Map<number, Tracked>() };
  readonly #maxTracked: number;

  constructor(branches: PipelineNode[][], opts: { name?: string; maxTrackedFrames?: number } = {}) {
    if (branches.length === 0) throw new Error('ParallelPipeline needs at least one branch');
    this.name = opts.name ?? `ParallelPipeline#${parallelCount++}`;
    this.#maxTracked = opts.maxTrackedFrames ?? 16_384;
    this.branches = branches.map((nodes, i) => new Pipeline(nodes, { name: `${this.name}/branch${i}` }));
    for (const branch of this.branches) {
      branch.link(this.#exit('upstream'), this.#exit('downstream'));
    }
  }

  link(upstream: FrameSink | undefined, downstream: FrameSink | undefined): void {
    this.#upstream = upstream;
    this.#downstream = downstream;
  }

  setup(ctx: SetupContext): void {
    for (const branch of this.branches) branch.setup(ctx);
  }

  *processors(): Iterable<FrameSink> {
    for (const branch of this.branches) yield* branch.processors();
  }

  queueFrame(frame: Frame, direction: Direction): void {
    const tracked = this.#tracked[direction];
    tracked.set(frame.id, { remaining: this.branches.length, forwarded: false });
    if (tracked.size > this.#maxTracked) {
      const oldest = tracked.keys().next().value;
      if (oldest !== undefined) tracked.delete(oldest);
    }
    for (const branch of this.branches) branch.queueFrame(frame, direction);
  }

  #exit(direction: Direction): FrameSink {
    return {
      name: `${this.name}:${direction}`,
      queueFrame: (frame) => this.#onBranchOutput(frame, direction),
    };
  }

  #onBranchOutput(frame: Frame, direction: Direction): void {
    const target = direction === 'downstream' ? this.#downstream : this.#upstream;
    const tracked = this.#tracked[direction];
    const entry = tracked.get(frame.id);
    if (!entry) {
      target?.queueFrame(frame, direction); // created inside a branch: unique
      return;
    }
    entry.remaining--;
    const waitForAll = frame.type === 'start' || frame.type === 'end';
    const ready = waitForAll ? entry.remaining === 0 : !entry.forwarded;
    if (entry.remaining <= 0) tracked.delete(frame.id);
    if (ready && !entry.forwarded) {
      entry.forwarded = true;
      target?.queueFrame(frame, direction);
    }
  }
}
