/**
 * Test helper: feed frames into a processor (or any node) and get back what came out each way.
 *
 * The node runs inside a real task between two capture processors, so start/end/cancel,
 * interruptions and queues behave exactly as in production.
 */
import { type Clock, FakeClock, flushMicrotasks } from './clock.ts';
import type { Direction, Frame, FrameType, StartParams } from './frames.ts';
import type { FrameObserver, PipelineNode } from './node.ts';
import { Pipeline } from './pipeline.ts';
import { FrameProcessor } from './processor.ts';
import { PipelineTask } from './task.ts';

/** Something to do while feeding: a frame (downstream unless said), a pause, or a callback. */
export type TestStep =
  | Frame
  | { frame: Frame; direction: Direction }
  | { sleepMs: number }
  | { run: (ctx: { task: PipelineTask; clock: Clock }) => void | Promise<void> };

export interface ProcessorTestOptions {
  clock?: Clock;
  params?: Partial<StartParams>;
  observers?: FrameObserver[];
  /** End the task (drain) after the steps; otherwise leave it running (default true). */
  sendEnd?: boolean;
  /** Frame types left out of the returned lists (default: start, end). */
  ignore?: FrameType[];
  /** With a FakeClock, how far time may advance while waiting for the end to drain. */
  maxFakeAdvanceMs?: number;
}

export interface ProcessorTestResult {
  down: Frame[];
  up: Frame[];
  task: PipelineTask;
  clock: Clock;
}

class CaptureProcessor extends FrameProcessor {
  readonly frames: Frame[] = [];
  readonly #capture: Direction;
  constructor(capture: Direction, name: string) {
    super({ name });
    this.#capture = capture;
  }
  protected override process(frame: Frame, direction: Direction): void {
    if (direction === this.#capture) this.frames.push(frame);
    this.push(frame, direction);
  }
}

export async function runProcessorTest(
  node: PipelineNode,
  steps: TestStep[],
  opts: ProcessorTestOptions = {},
): Promise<ProcessorTestResult> {
  const clock = opts.clock ?? new FakeClock();
  const upCapture = new CaptureProcessor('upstream', 'test:up');
  const downCapture = new CaptureProcessor('downstream', 'test:down');
  const task = new PipelineTask(new Pipeline([upCapture, node, downCapture]), {
    clock,
    params: { enableMetrics: false, ...opts.params },
    observers: opts.observers,
    idleTimeoutMs: null,
  });
  await startWithClock(task, clock);
  for (const step of steps) {
    if ('sleepMs' in step) {
      await sleep(clock, step.sleepMs);
    } else if ('run' in step) {
      await step.run({ task, clock });
    } else if ('frame' in step) {
      if (step.direction === 'upstream') downCapture.push(step.frame, 'upstream');
      else task.queueFrames(step.frame);
    } else {
      task.queueFrames(step);
    }
    await settle();
  }
  if (opts.sendEnd ?? true) await endWithClock(task, clock, opts.maxFakeAdvanceMs ?? 60_000);
  else await settle();
  const ignore = new Set<FrameType>(opts.ignore ?? ['start', 'end']);
  return {
    down: downCapture.frames.filter((f) => !ignore.has(f.type)),
    up: upCapture.frames.filter((f) => !ignore.has(f.type)),
    task,
    clock,
  };
}

export interface DownstreamWatch {
  /** Frames that reached the downstream end so far, in order. */
  readonly seen: Frame[];
  /** Pass in `observers` of runProcessorTest. */
  readonly observer: FrameObserver;
  /** Resolves once `cond` holds, re-checked as each frame arrives (never polls, never times out itself). */
  until(cond: (seen: readonly Frame[]) => boolean): Promise<void>;
}

/**
 * Watches what reaches the downstream end while the steps still run, so a step can wait for a
 * frame caused by a loopback stand-in, which answers on its own time rather than the test's.
 */
export function watchDownstream(): DownstreamWatch {
  const seen: Frame[] = [];
  const waiters: (() => void)[] = [];
  return {
    seen,
    observer: {
      onFrameHop: (hop) => {
        if (hop.destination !== 'test:down') return;
        seen.push(hop.frame);
        for (const w of waiters.splice(0)) w();
      },
    },
    async until(cond) {
      while (!cond(seen)) await new Promise<void>((r) => waiters.push(r));
    },
  };
}

/** Lets queued frames flow: microtasks plus a few macrotask turns. */
export async function settle(turns = 3): Promise<void> {
  for (let i = 0; i < turns; i++) {
    await flushMicrotasks();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

async function sleep(clock: Clock, ms: number): Promise<void> {
  if (clock instanceof FakeClock) await clock.advance(ms);
  else await clock.sleep(ms);
}

async function startWithClock(task: PipelineTask, clock: Clock): Promise<void> {
  const started = task.start();
  if (clock instanceof FakeClock) {
    let done = false;
    void started.finally(() => {
      done = true;
    });
    while (!done) await clock.advance(1);
  }
  await started;
}

async function endWithClock(task: PipelineTask, clock: Clock, maxAdvanceMs: number): Promise<void> {
  const ended = task.end();
  if (clock instanceof FakeClock) {
    let done = false;
    void ended.finally(() => {
      done = true;
    });
    for (let t = 0; !done && t < maxAdvanceMs; t += 10) {
      await settle(1);
      if (!done) await clock.advance(10);
    }
    if (!done) throw new Error(`end did not drain within ${maxAdvanceMs} ms of fake time`);
  }
  await ended;
}

/** Frame types in order, for compact assertions. */
export function types(frames: Frame[]): FrameType[] {
  return frames.map((f) => f.type);
}
