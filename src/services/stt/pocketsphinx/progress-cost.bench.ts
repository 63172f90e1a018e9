/**
 * What the decoder workers' 'progress' messages cost the main thread (they keep a finalize that
 * waits behind a backlog alive, see stream.ts). Each run is a separate process hosting only the
 * STT (progress-cost.child.ts): N streams fed in real time; main-thread CPU, event-loop delay and
 * messages received, with progress reports off, at the default (one per decoded second of an
 * utterance without new partials) and at ten times that rate as a sensitivity check. Runs
 * alternate between settings so machine load drifts evenly over them.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type BenchOptions, type BenchTable, mean } from '../../../bench/table.ts';
import { DEFAULT_PROGRESS_EVERY_SAMPLES } from './pool.ts';

const CHILD = fileURLToPath(new URL('./progress-cost.child.ts', import.meta.url));

interface ChildResult {
  wallMs: number;
  mainCpuMs: number;
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  received: Record<string, number>;
}

async function runChild(
  progressEverySamples: number,
  streams: number,
  feedSeconds: number,
): Promise<ChildResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CHILD, JSON.stringify({ progressEverySamples, streams, feedSeconds, mode: 'catalog' })],
    { maxBuffer: 1 << 20, timeout: 600_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}

export async function runProgressCostBench(opts: BenchOptions): Promise<BenchTable[]> {
  const streams = opts.quick ? 4 : Number(process.env.STT_PROGRESS_STREAMS ?? 100);
  const feedSeconds = opts.quick ? 2 : 15;
  const repeats = opts.quick ? 1 : Number(process.env.STT_PROGRESS_REPEATS ?? 2);
  const settings = [
    { label: 'off', every: 0 },
    { label: 'default (1 s of audio)', every: DEFAULT_PROGRESS_EVERY_SAMPLES },
    { label: '10x (100 ms of audio)', every: DEFAULT_PROGRESS_EVERY_SAMPLES / 10 },
  ];
  const results = new Map<string, ChildResult[]>(settings.map((s) => [s.label, []]));
  for (let r = 0; r < repeats; r++) {
    for (const s of settings) results.get(s.label)?.push(await runChild(s.every, streams, feedSeconds));
  }
  const rows = settings.map((s) => {
    const runs = results.get(s.label) ?? [];
    const perSecond = (f: (c: ChildResult) => number) => mean(runs.map((c) => (f(c) / c.wallMs) * 1000));
    return [
      s.label,
      runs.length,
      mean(runs.map((c) => (100 * c.mainCpuMs) / c.wallMs)),
      mean(runs.map((c) => c.loopDelayP50Ms)),
      mean(runs.map((c) => c.loopDelayP99Ms)),
      Math.max(...runs.map((c) => c.loopDelayMaxMs)),
      perSecond((c) => c.received.progress ?? 0),
      perSecond((c) => c.received.partial ?? 0),
      runs.map((c) => `${((100 * c.mainCpuMs) / c.wallMs).toFixed(1)}`).join(' / '),
    ];
  });
  return [
    {
      title: `STT progress messages: main-thread cost at ${streams} concurrent real-time streams (catalog LM, 2 workers, ${feedSeconds} s per run)`,
      columns: [
        'progress reports',
        'runs',
        'main CPU %',
        'loop delay p50 ms',
        'loop delay p99 ms',
        'loop delay max ms',
        'progress msg/s',
        'partial msg/s',
        'main CPU % per run',
      ],
      rows,
      notes: [
        'main CPU = the main thread only (process.threadCpuUsage): receiving worker messages, posting 10 audio chunks per stream per second',
        `audio posted: ${streams * 10} messages/s in every setting; the workers fall behind at this load, so worker messages are bounded by decode throughput, not by stream count`,
      ],
    },
  ];
}
