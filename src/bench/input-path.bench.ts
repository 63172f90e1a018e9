/**
 * Per-frame cost of the input path (issue 18, part 1): what the main thread spends on each
 * 16 ms audio frame a client sends, from the WebSocket message bytes to the STT stream —
 * protobuf decode, the input transport, the VAD processor and analyzer (its model answers at
 * once: the Silero worker's own time is not on the main thread), the STT processor and its
 * pre-roll (a no-op stream). Frames arrive in bursts, as many sessions' frames do in one
 * event-loop turn, and half of each step is speech, so the STT streams and the VAD's state
 * machine runs. Measured as CPU time (process.cpuUsage), which other work on the machine
 * inflates far less than wall time.
 */

import { bytesToInt16 } from '../audio/pcm16.ts';
import type { VoiceConfidenceModel } from '../audio/vad/vad-analyzer.ts';
import { VadProcessor } from '../audio/vad/vad-processor.ts';
import { Pipeline } from '../pipeline/pipeline.ts';
import { PipelineTask } from '../pipeline/task.ts';
import { EventQueue } from '../services/stt/event-queue.ts';
import { SttProcessor } from '../services/stt/stt-processor.ts';
import type { SttEvent, SttService, SttStream, SttTranscript } from '../services/stt/types.ts';
import { BaseInputTransport } from '../transports/base-input.ts';
import { decodeFrame, encodeAudioFrame } from '../transports/websocket/protobuf.ts';
import type { BenchOptions, BenchTable } from './table.ts';
import { percentile } from './table.ts';

const FRAME_SAMPLES = 256;
const RATE = 16_000;
/** Windows per speech/silence period: 1 s of each at 32 ms windows. */
const PERIOD_WINDOWS = 31;

/** Answers at once: voiced for PERIOD_WINDOWS windows, then quiet as long. */
class AlternatingModel implements VoiceConfidenceModel {
  readonly sampleRate = RATE;
  readonly windowSamples = 512;
  #n = 0;
  async predict(): Promise<number> {
    return this.#next();
  }
  async predictMany(windows: readonly Float32Array[]): Promise<number[]> {
    return windows.map(() => this.#next());
  }
  #next(): number {
    return Math.floor(this.#n++ / PERIOD_WINDOWS) % 2 === 0 ? 0.95 : 0.02;
  }
  reset(): void {}
}

class SinkStream implements SttStream {
  readonly id = 'sink';
  readonly events = new EventQueue<SttEvent>();
  samples = 0;
  push(pcm: Int16Array): void {
    this.samples += pcm.length;
  }
  async finalize(): Promise<SttTranscript> {
    return { text: '' };
  }
  reset(): void {}
  async close(): Promise<void> {
    this.events.end();
  }
  [Symbol.asyncIterator](): AsyncIterator<SttEvent> {
    return this.events[Symbol.asyncIterator]();
  }
}

class SinkStt implements SttService {
  readonly provider = 'sink';
  readonly model = 'sink';
  readonly capabilities = { streaming: true, interimResults: false };
  readonly streams: SinkStream[] = [];
  async openStream(): Promise<SttStream> {
    const s = new SinkStream();
    this.streams.push(s);
    return s;
  }
  async close(): Promise<void> {}
}

/** Wire frames of loud noise (voiced or not is the model's call), as a client sends them. */
function wireFrames(count: number): Uint8Array[] {
  let seed = 12345;
  const out: Uint8Array[] = [];
  for (let f = 0; f < count; f++) {
    const pcm = new Int16Array(FRAME_SAMPLES);
    for (let i = 0; i < pcm.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      pcm[i] = ((seed >>> 16) % 16000) - 8000;
    }
    out.push(encodeAudioFrame(new Uint8Array(pcm.buffer), RATE, 1));
  }
  return out;
}

const turn = () => new Promise<void>((r) => setImmediate(r));

/** CPU µs per frame over `frames` frames pushed `burst` per event-loop turn. */
async function runOnce(frames: number, burst: number, wire: Uint8Array[]): Promise<number> {
  const input = new BaseInputTransport();
  const vad = new VadProcessor({ engine: { createStream: () => new AlternatingModel() } });
  const stt = new SinkStt();
  const task = new PipelineTask(new Pipeline([input, vad, new SttProcessor({ stt })]), {
    idleTimeoutMs: null,
    params: { enableMetrics: false },
  });
  await task.start();
  while (!input.started) await turn();
  // Warm-up: the JIT settles before the measured frames.
  for (let i = 0; i < 2_000; i++) pushWire(input, wire[i % wire.length]!);
  await vad.whenIdle();
  const before = process.cpuUsage();
  for (let i = 0; i < frames; i++) {
    pushWire(input, wire[i % wire.length]!);
    if ((i + 1) % burst === 0) await turn();
  }
  await vad.whenIdle();
  const used = process.cpuUsage(before);
  await task.cancel();
  if (stt.streams[0]!.samples === 0) throw new Error('input-path bench: the STT stream never received audio');
  return (used.user + used.system) / frames;
}

/** What the WebSocket transport does with one binary message (src/transports/websocket/transport.ts). */
function pushWire(input: BaseInputTransport, bytes: Uint8Array): void {
  const frame = decodeFrame(bytes);
  if (frame.kind !== 'audio') return;
  input.pushAudio(bytesToInt16(frame.audio), frame.sampleRate || RATE, frame.numChannels || 1, true);
}

export async function runInputPathBench({ quick }: BenchOptions): Promise<BenchTable[]> {
  const frames = quick ? 2_000 : 100_000;
  const runs = quick ? 1 : 7;
  const wire = wireFrames(64);
  const rows: (string | number)[][] = [];
  for (const burst of [1, 50]) {
    const perFrame: number[] = [];
    for (let r = 0; r < runs; r++) perFrame.push(await runOnce(frames, burst, wire));
    rows.push([burst, frames, runs, percentile(perFrame, 50), Math.min(...perFrame), Math.max(...perFrame)]);
  }
  return [
    {
      title: 'Input path per audio frame: WebSocket message → input transport → VAD → STT (main thread)',
      columns: ['frames per event-loop turn', 'frames per run', 'runs', 'CPU µs per frame p50', 'min', 'max'],
      rows,
      notes: [
        '16 kHz mono PCM16, 256 samples (16 ms) per protobuf message; the VAD model answers at once (alternating 1 s voiced / 1 s quiet), the STT stream only counts samples.',
        'CPU time of the whole process (user + system) over the measured frames, warm-up excluded; includes GC.',
      ],
    },
  ];
}
