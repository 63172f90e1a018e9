/**
 * Child process of progress-cost.bench.ts: N pocketsphinx streams fed in real time (100 ms of
 * audio per stream every 100 ms) in a process that hosts nothing else, measuring what the main
 * thread pays: its own CPU time (process.threadCpuUsage, not the decoder workers'), event-loop
 * delay, and the worker messages it received. argv[2] is JSON: { progressEverySamples, streams,
 * feedSeconds, mode }. Prints one JSON line.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { BENCH_VOCABULARY } from '../bench-data.ts';
import { buildCatalogLm } from '../lm/builder.ts';
import { synthesize16k } from '../synth.ts';
import { PocketsphinxSttService } from './service.ts';
import { decoderSpecFor, type LmMode } from './specs.ts';
import { POCKETSPHINX_MODEL_DIR } from './tiny-lm.ts';

const args = JSON.parse(process.argv[2] ?? '{}') as {
  progressEverySamples: number;
  streams: number;
  feedSeconds: number;
  mode: LmMode;
};
const CHUNK = 1600; // 100 ms

const lm = await buildCatalogLm(BENCH_VOCABULARY, {
  cacheDir: join(tmpdir(), 'vs-progress-cost-lm'),
  modelDir: POCKETSPHINX_MODEL_DIR,
});
const { spec, model } = decoderSpecFor(args.mode, POCKETSPHINX_MODEL_DIR, lm);
// Speech then 1.5 s of silence, as a caller speaks and waits: silence decodes without new
// partials, which is when progress reports are sent.
const speech = await synthesize16k('add two navy hoodies to my cart please', 'flite:rms');
const clip = new Int16Array(Math.ceil((speech.length + 24_000) / CHUNK) * CHUNK);
clip.set(speech);

const stt = new PocketsphinxSttService({
  modelDir: POCKETSPHINX_MODEL_DIR,
  spec,
  model,
  workers: 2,
  maxIdleDecodersPerWorker: 0,
  progressEverySamples: args.progressEverySamples,
  options: { timeoutMs: 120_000 },
});
await stt.pool.warmup();
const streams = await Promise.all(Array.from({ length: args.streams }, () => stt.openStream()));

const delay = monitorEventLoopDelay({ resolution: 10 });
const received0 = new Map(stt.pool.messagesReceived);
const cpu0 = process.threadCpuUsage();
const t0 = performance.now();
delay.enable();
const ticks = args.feedSeconds * 10;
for (let tick = 0; tick < ticks; tick++) {
  for (const [i, s] of streams.entries()) {
    // Each stream at another point of the clip, so speech and silence are spread over time.
    const at = ((tick + i * 7) * CHUNK) % clip.length;
    s.push(clip.subarray(at, at + CHUNK));
  }
  const next = t0 + (tick + 1) * 100;
  await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
}
delay.disable();
const wallMs = performance.now() - t0;
const cpu = process.threadCpuUsage(cpu0);
const received = Object.fromEntries(
  [...stt.pool.messagesReceived].map(([op, n]) => [op, n - (received0.get(op) ?? 0)]),
);
await stt.close();
process.stdout.write(
  `${JSON.stringify({
    wallMs,
    mainCpuMs: (cpu.user + cpu.system) / 1000,
    loopDelayP50Ms: delay.percentile(50) / 1e6,
    loopDelayP99Ms: delay.percentile(99) / 1e6,
    loopDelayMaxMs: delay.max / 1e6,
    received,
  })}\n`,
);
