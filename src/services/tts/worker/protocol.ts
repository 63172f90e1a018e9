/** Messages between the TTS service (main thread) and its piscina workers. */
import type { MessagePort } from 'node:worker_threads';
import type { OfflineEngine, VoiceSpec } from '../voices.ts';

export interface SynthesizeTask {
  op: 'synthesize';
  engine: OfflineEngine;
  voice: string;
  text: string;
  speed: number;
  /** Rate the worker resamples to before posting chunks. */
  outRate: number;
  /** Audio chunks and the final `end` message go here (ordered, unlike piscina's reply). */
  port: MessagePort;
  /** Int32Array over a SharedArrayBuffer; non-zero means stop now (interruption). */
  cancel: Int32Array;
}

export interface PingTask {
  op: 'ping';
  /** Keeps the worker busy this long so concurrent pings land on different workers. */
  holdMs: number;
}

export type TtsTask = SynthesizeTask | PingTask;

export type PortMessage =
  | { type: 'audio'; audio: Int16Array }
  | {
      type: 'end';
      cancelled: boolean;
      engineRate: number;
      /** Samples posted, at the output rate. */
      samples: number;
      /** CPU time of this worker thread spent on the task. */
      cpuMs: number;
    }
  | { type: 'error'; kind: 'engine' | 'bad-request' | 'missing-dependency'; message: string };

export interface PingResult {
  threadId: number;
  /** Voices warmed in this worker and how long each took (first call per voice is slow). */
  warmed: { voice: string; ms: number }[];
  warmErrors: string[];
  heapUsedBytes: number;
  externalBytes: number;
}

export interface WorkerData {
  warm: VoiceSpec[];
}
