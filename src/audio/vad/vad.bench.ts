/**
 * Silero VAD cost and accuracy: per-frame model time (in-process reference vs the worker
 * engine, alone and with many concurrent streams batched), event-loop time per frame,
 * real-time factor and streams per core; and boundary errors on synthesized speech.
 */
import { performance } from 'node:perf_hooks';
import ort from 'onnxruntime-node';
import type { BenchOptions, BenchTable } from '../../bench/table.ts';
import { mean, percentile } from '../../bench/table.ts';
import { concatInt16, int16ToFloat32 } from '../pcm16.ts';
import {
  brownNoise,
  haveSynthesizers,
  mix,
  silence,
  synthesize,
  tone,
  type Voice,
  whiteNoise,
} from '../testing/speech-fixtures.ts';
import { DEFAULT_VAD_PARAMS } from './config.ts';
import { SileroVadEngine } from './silero-engine.ts';
import { defaultSileroModelPath } from './silero-model.ts';
import { VadAnalyzer, type VadEvent } from './vad-analyzer.ts';

const FRAME_US = 32_000; // 512 samples at 16 kHz

async function inProcessReference(frames: number, audio: Float32Array): Promise<number[]> {
  const session = await ort.InferenceSession.create(defaultSileroModelPath(), {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
  });
  const sr = new ort.Tensor('int64', BigInt64Array.from([16000n]), []);
  let state = new ort.Tensor('float32', new Float32Array(256), [2, 1, 128]);
  const times: number[] = [];
  for (let i = 0; i < frames; i++) {
    const off = (i * 512) % (audio.length - 576);
    const input = new ort.Tensor('float32', audio.slice(off, off + 576), [1, 576]);
    const t0 = performance.now();
    const out = await session.run({ input, state, sr });
    times.push((performance.now() - t0) * 1000);
    state = out.stateN as typeof state;
  }
  await session.release();
  return times;
}

async function engineRun(
  streams: number,
  framesPerStream: number,
  audio: Float32Array,
): Promise<{ perFrameUs: number[]; roundTripUs: number[]; mainUsPerFrame: number; meanBatch: number }> {
  const perFrameUs: number[] = [];
  const sizes: number[] = [];
  const engine = await SileroVadEngine.create({
    onBatch: (size, runUs) => {
      sizes.push(size);
      for (let i = 0; i < size; i++) perFrameUs.push(runUs / size);
    },
  });
  try {
    const roundTripUs: number[] = [];
    const all = Array.from({ length: streams }, () => engine.createStream());
    const elu0 = performance.eventLoopUtilization();
    await Promise.all(
      all.map(async (s, k) => {
        for (let i = 0; i < framesPerStream; i++) {
          const off = ((i + k * 7) * 512) % (audio.length - 512);
          const t0 = performance.now();
          await s.predict(audio.subarray(off, off + 512));
          roundTripUs.push((performance.now() - t0) * 1000);
        }
      }),
    );
    const elu = performance.eventLoopUtilization(elu0);
    const mainUsPerFrame = (elu.active * 1000) / (streams * framesPerStream);
    return { perFrameUs, roundTripUs, mainUsPerFrame, meanBatch: mean(sizes) };
  } finally {
    await engine.close();
  }
}

const VOICES: Voice[] = [
  { engine: 'flite', voice: 'slt' },
  { engine: 'flite', voice: 'rms' },
  { engine: 'flite', voice: 'awb' },
  { engine: 'espeak-ng', voice: 'en-us' },
  { engine: 'espeak-ng', voice: 'en-us+f3' },
];
const TEXTS = [
  'I would like a pair of red running shoes in size ten please',
  'Can you add the blue hoodie to my cart',
  'What is the status of my order',
  'Show me wool socks under twenty dollars',
  'Cancel that',
  'My order number is four five six',
];

async function detect(engine: SileroVadEngine, pcm: Int16Array): Promise<VadEvent[]> {
  const a = new VadAnalyzer(engine.createStream(16000), DEFAULT_VAD_PARAMS);
  const events: VadEvent[] = [];
  for (let i = 0; i < pcm.length; i += 256) events.push(...(await a.push(pcm.subarray(i, i + 256))));
  return events;
}

async function accuracy(quick: boolean): Promise<BenchTable> {
  const table: BenchTable = {
    title: 'Silero VAD boundaries on synthesized speech (16 kHz, 256-sample chunks, default params)',
    columns: [
      'condition',
      'utterances',
      'detected 1:1',
      'start abs err mean ms',
      'start abs err max ms',
      'end abs err mean ms',
      'end abs err max ms',
    ],
    rows: [],
    notes: [
      'Truth: synthesized speech trimmed at -50 dBFS and padded with 1.2 s / 1 s of silence; error = event atMs − truth.',
      'Decisions (detectedAtMs) come about start_secs / stop_secs (0.2 s) after these boundaries.',
    ],
  };
  if (!(await haveSynthesizers())) {
    table.rows.push(['flite/espeak-ng not installed', 0, 0, 0, 0, 0, 0]);
    return table;
  }
  const engine = await SileroVadEngine.create();
  try {
    const voices = quick ? VOICES.slice(0, 1) : VOICES;
    const texts = quick ? TEXTS.slice(0, 1) : TEXTS;
    for (const [label, noiseDb] of [
      ['clean + brown noise -55 dBFS', -55],
      ['brown noise -35 dBFS (≈15–20 dB SNR)', -35],
    ] as const) {
      const se: number[] = [];
      const ee: number[] = [];
      let n = 0;
      let seed = 1;
      for (const v of voices) {
        for (const t of texts) {
          const u = await synthesize(t, v);
          const clean = concatInt16([silence(1200 * 16), u.pcm, silence(1000 * 16)]);
          const events = await detect(engine, mix(clean, brownNoise(clean.length, noiseDb, seed++)));
          n++;
          if (events.length !== 2) continue;
          se.push(Math.abs(events[0]!.atMs - 1200));
          ee.push(Math.abs(events[1]!.atMs - (1200 + u.pcm.length / 16)));
        }
      }
      table.rows.push([label, n, se.length, mean(se), Math.max(...se), mean(ee), Math.max(...ee)]);
    }
    const secs = quick ? 1 : 5;
    let falseStarts = 0;
    for (const pcm of [
      whiteNoise(16000 * secs, -25, 3),
      brownNoise(16000 * secs, -15, 4),
      tone(16000 * secs, 200, -20),
      tone(16000 * secs, 150, -20),
    ]) {
      falseStarts += (await detect(engine, pcm)).filter((e) => e.type === 'speech-start').length;
    }
    table.notes!.push(
      `False starts on ${4 * secs} s of white/brown noise and 150/200 Hz tones: ${falseStarts}.`,
    );
  } finally {
    await engine.close();
  }
  return table;
}

export async function runVadBench(opts: BenchOptions): Promise<BenchTable[]> {
  const frames = opts.quick ? 20 : 2000;
  const audio = int16ToFloat32(concatInt16([whiteNoise(16000, -30, 1), tone(16000, 300, -20)]));
  const ref = await inProcessReference(frames, audio);
  const cost: BenchTable = {
    title: 'Silero VAD v5 cost per 32 ms frame (one shared session, intraOpNumThreads 1)',
    columns: [
      'mode',
      'streams',
      'model µs p50',
      'model µs p95',
      'round trip µs p50',
      'round trip µs p95',
      'event-loop µs/frame',
      'mean batch',
      'RTF',
      'streams/core',
    ],
    rows: [
      [
        'in-process session.run (blocks the event loop)',
        1,
        percentile(ref, 50),
        percentile(ref, 95),
        percentile(ref, 50),
        percentile(ref, 95),
        percentile(ref, 50),
        1,
        mean(ref) / FRAME_US,
        Math.floor(FRAME_US / mean(ref)),
      ],
    ],
    notes: [
      "onnxruntime-node's session.run only defers to setImmediate and then runs on the calling thread, so the engine keeps the session in a worker thread.",
      'model µs = worker time per frame (batch time / batch size); RTF = model time / audio time; streams/core = 32 ms / (model + event-loop time per frame).',
    ],
  };
  for (const streams of opts.quick ? [1, 4] : [1, 8, 32, 100]) {
    const r = await engineRun(streams, Math.max(5, Math.round(frames / Math.sqrt(streams))), audio);
    const model = mean(r.perFrameUs);
    cost.rows.push([
      'worker engine',
      streams,
      percentile(r.perFrameUs, 50),
      percentile(r.perFrameUs, 95),
      percentile(r.roundTripUs, 50),
      percentile(r.roundTripUs, 95),
      r.mainUsPerFrame,
      r.meanBatch,
      model / FRAME_US,
      Math.floor(FRAME_US / (model + r.mainUsPerFrame)),
    ]);
  }
  return [cost, await accuracy(opts.quick)];
}
