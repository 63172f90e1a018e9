/**
 * Framework overhead: frames per second and mean per-hop cost through a 10-processor
 * pipeline (data and system frames), and how long an interruption takes to abort in-flight
 * work and flush the queues of every processor.
 */
import type { BenchOptions, BenchTable } from '../bench/table.ts';
import { mean, percentile } from '../bench/table.ts';
import { systemClock } from './clock.ts';
import { createFrame, type Direction, type Frame } from './frames.ts';
import { Pipeline } from './pipeline.ts';
import { FrameProcessor } from './processor.ts';
import { PipelineTask } from './task.ts';

const HOPS = 10;

class PassThrough extends FrameProcessor {}

/** Holds each data frame until interrupted, so every processor has work in flight and queued. */
class Busy extends FrameProcessor {
  aborted = 0;
  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (frame.type === 'llm-text') {
      try {
        await systemClock.sleep(60_000, this.signal);
      } catch (err) {
        this.aborted++;
        throw err;
      }
    }
    this.push(frame, direction);
  }
}

async function throughput(kind: 'data' | 'system', frames: number): Promise<{ fps: number; hopUs: number }> {
  const processors = Array.from({ length: HOPS }, () => new PassThrough());
  const task = new PipelineTask(new Pipeline(processors), {
    idleTimeoutMs: null,
    params: { enableMetrics: false },
  });
  await task.start();
  let received = 0;
  const done = new Promise<void>((resolve) => {
    task.on('frame', ({ frame }) => {
      if (frame.type === 'text') received++;
      if (received === frames) resolve();
    });
  });
  const audio = new Int16Array(256);
  const t0 = performance.now();
  for (let i = 0; i < frames; i++) {
    task.queueFrames(
      kind === 'data'
        ? createFrame('text', { text: 'x' }, systemClock)
        : createFrame('input-audio', { audio, sampleRate: 16_000, channels: 1 }, systemClock),
    );
  }
  await (kind === 'data' ? done : waitForCount(task, frames, 'input-audio'));
  const elapsedMs = performance.now() - t0;
  await task.cancel();
  return { fps: (frames / elapsedMs) * 1000, hopUs: (elapsedMs * 1000) / (frames * HOPS) };
}

function waitForCount(task: PipelineTask, count: number, type: Frame['type']): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => {
    task.on('frame', ({ frame }) => {
      if (frame.type === type && ++seen === count) resolve();
    });
  });
}

async function interruptionLatency(queuedPerProcessor: number): Promise<number> {
  const processors = Array.from({ length: HOPS }, () => new Busy());
  const task = new PipelineTask(new Pipeline(processors), {
    idleTimeoutMs: null,
    params: { enableMetrics: false },
  });
  await task.start();
  // Every processor ends up holding one frame in flight plus a queue behind it.
  for (let i = 0; i < queuedPerProcessor; i++) {
    for (const p of processors)
      p.queueFrame(createFrame('llm-text', { text: 'x' }, systemClock), 'downstream');
  }
  await new Promise((r) => setImmediate(r));
  const reached = waitForCount(task, 1, 'interruption');
  const t0 = performance.now();
  task.queueFrames(createFrame('interruption', {}, systemClock));
  await reached;
  const elapsed = performance.now() - t0;
  const flushed = processors.every((p) => p.queuedFrames === 0 && p.aborted === 1);
  await task.cancel();
  if (!flushed) throw new Error('interruption did not abort and flush every processor');
  return elapsed;
}

export async function runPipelineBench({ quick }: BenchOptions): Promise<BenchTable[]> {
  const frames = quick ? 2_000 : 200_000;
  const data = await throughput('data', frames);
  const system = await throughput('system', frames);
  const samples: number[] = [];
  for (let i = 0; i < (quick ? 5 : 200); i++) samples.push(await interruptionLatency(quick ? 5 : 50));
  return [
    {
      title: `Pipeline framework: ${HOPS} pass-through processors`,
      columns: ['frames', 'count', 'frames/s', 'mean per-hop overhead (µs)'],
      rows: [
        ['data (text)', frames, Math.round(data.fps), data.hopUs],
        ['system (input-audio)', frames, Math.round(system.fps), system.hopUs],
      ],
    },
    {
      title: `Interruption: ${HOPS} processors each with work in flight and ${quick ? 5 : 50} frames queued`,
      columns: ['samples', 'mean (ms)', 'p50 (ms)', 'p95 (ms)', 'max (ms)'],
      rows: [
        [
          samples.length,
          mean(samples),
          percentile(samples, 50),
          percentile(samples, 95),
          Math.max(...samples),
        ],
      ],
      notes: [
        'time from queueing the interruption at the head until it left the last processor, with every in-flight operation aborted and every queue flushed',
      ],
    },
  ];
}
