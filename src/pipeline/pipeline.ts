/**
 * Pipeline: nodes in series. A pipeline is itself a node, so pipelines nest.
 * Frames entering downstream go to the first node; frames entering upstream go to the last.
 */
import type { Direction, Frame } from './frames.ts';
import type { FrameSink, PipelineNode, SetupContext } from './node.ts';

/** Forwards to whatever the pipeline is linked to, so the pipeline's edges are transparent. */
class Edge implements FrameSink {
  #target: () => FrameSink | undefined;
  constructor(target: () => FrameSink | undefined) {
    this.#target = target;
  }
  get name(): string {
    return this.#target()?.name ?? '(unlinked)';
  }
  queueFrame(frame: Frame, direction: Direction): void {
    this.#target()?.queueFrame(frame, direction);
  }
}

let pipelineCount = 0;

export class Pipeline implements PipelineNode {
  readonly name: string;
  readonly nodes: readonly PipelineNode[];
  #upstream: FrameSink | undefined;
  #downstream: FrameSink | undefined;
  readonly #head = new Edge(() => this.#upstream);
  readonly #tail = new Edge(() => this.#downstream);

  constructor(nodes: PipelineNode[], opts: { name?: string } = {}) {
    this.name = opts.name ?? `Pipeline#${pipelineCount++}`;
    this.nodes = [...nodes];
    this.nodes.forEach((node, i) => {
      node.link(this.nodes[i - 1] ?? this.#head, this.nodes[i + 1] ?? this.#tail);
    });
  }

  link(upstream: FrameSink | undefined, downstream: FrameSink | undefined): void {
    this.#upstream = upstream;
    this.#downstream = downstream;
  }

  setup(ctx: SetupContext): void {
    for (const node of this.nodes) node.setup(ctx);
  }

  *processors(): Iterable<FrameSink> {
    for (const node of this.nodes) yield* node.processors();
  }

  queueFrame(frame: Frame, direction: Direction): void {
    const entry = direction === 'downstream' ? this.nodes[0] : this.nodes[this.nodes.length - 1];
    (entry ?? (direction === 'downstream' ? this.#tail : this.#head)).queueFrame(frame, direction);
  }
}
