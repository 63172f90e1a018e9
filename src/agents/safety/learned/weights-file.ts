/**
 * The committed weights file (weights.json, built by eval/learned-guard/build.ts): only the
 * buckets training lit up, each with one signed byte per class (a per-file scale), bucket numbers
 * delta-coded as varints, both base64. About 6 bytes a bucket instead of a dense float table.
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { emptyModel, LEARNED_CLASSES, type LinearModel } from './model.ts';

const LevelThresholds = z.object({
  /** Attempt score at or above which the learned guard blocks at `strict`. */
  strict: z.number().min(0).max(1),
  /** The same at `moderate` (higher: fewer false alarms); null = the learned guard is off there. */
  moderate: z.number().min(0).max(1).nullable(),
});
export type LevelThresholds = z.infer<typeof LevelThresholds>;

export const WeightsFile = z.object({
  version: z.literal(1),
  spec: z.object({
    bits: z.number().int().min(8).max(24),
    charMin: z.number().int().min(1),
    charMax: z.number().int().min(0),
    wordPairs: z.boolean(),
    skipPairs: z.boolean(),
    stem: z.number().int().min(0),
  }),
  classes: z.tuple([
    z.literal('ordinary'),
    z.literal('injection'),
    z.literal('harmful'),
    z.literal('offtopic'),
    z.literal('abuse'),
  ]),
  thresholds: LevelThresholds,
  bias: z.array(z.number()).length(LEARNED_CLASSES.length),
  scale: z.number().positive(),
  buckets: z.string(),
  weights: z.string(),
  /** How the file was made (lines, groups, options): for whoever reads the diff. */
  provenance: z.record(z.string(), z.unknown()),
});
export type WeightsFile = z.infer<typeof WeightsFile>;

/** Why the weights could not be used: no file there, a file that cannot be read, or not weights. */
export type LearnedWeightsErrorCode = 'missing' | 'unreadable' | 'corrupt';

/**
 * The learned guard cannot start. Thrown when the weights are loaded (at startup, before the server
 * is ready), never later in a turn; the message says which file and how to fix it.
 */
export class LearnedWeightsError extends Error {
  override name = 'LearnedWeightsError';
  readonly code: LearnedWeightsErrorCode;
  readonly path: string;
  constructor(code: LearnedWeightsErrorCode, path: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.path = path;
  }
}

const REBUILD = 'rebuild with eval/learned-guard/build.ts';

export interface LearnedGuardModel {
  readonly model: LinearModel;
  readonly thresholds: LevelThresholds;
}

function varints(values: number[]): Buffer {
  const bytes: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  }
  return Buffer.from(bytes);
}

function readVarints(buf: Buffer): number[] {
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  for (const byte of buf) {
    v |= (byte & 0x7f) << shift;
    if (byte & 0x80) shift += 7;
    else {
      out.push(v >>> 0);
      v = 0;
      shift = 0;
    }
  }
  return out;
}

/** Quantise a trained model; buckets whose every class weight rounds to 0 are left out. */
export function encodeWeights(
  model: LinearModel,
  thresholds: LevelThresholds,
  provenance: Record<string, unknown>,
): WeightsFile {
  const k = LEARNED_CLASSES.length;
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const kept: number[] = [];
  const bytes: number[] = [];
  for (let b = 0; b < model.weights.length / k; b++) {
    const q = Array.from({ length: k }, (_, c) => Math.round((model.weights[b * k + c] as number) / scale));
    if (q.every((v) => v === 0)) continue;
    kept.push(b);
    bytes.push(...q);
  }
  const deltas = kept.map((b, i) => b - (i === 0 ? 0 : (kept[i - 1] as number)));
  return {
    version: 1,
    spec: { ...model.spec },
    classes: [...LEARNED_CLASSES],
    thresholds,
    bias: [...model.bias],
    scale,
    buckets: varints(deltas).toString('base64'),
    weights: Buffer.from(Int8Array.from(bytes).buffer).toString('base64'),
    provenance,
  };
}

export function decodeWeights(file: WeightsFile, path = '(in memory)'): LearnedGuardModel {
  const model = emptyModel(file.spec);
  const k = LEARNED_CLASSES.length;
  const deltas = readVarints(Buffer.from(file.buckets, 'base64'));
  const raw = Buffer.from(file.weights, 'base64');
  const q = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
  if (q.length !== deltas.length * k)
    throw new LearnedWeightsError(
      'corrupt',
      path,
      `learned guard weights at ${path}: ${deltas.length} buckets but ${q.length} weights (expected ${deltas.length * k}); ${REBUILD}`,
    );
  if (deltas.reduce((a, b) => a + b, 0) >= 1 << file.spec.bits)
    throw new LearnedWeightsError(
      'corrupt',
      path,
      `learned guard weights at ${path}: a bucket beyond the ${file.spec.bits}-bit table; ${REBUILD}`,
    );
  let bucket = 0;
  deltas.forEach((d, i) => {
    bucket += d;
    for (let c = 0; c < k; c++) model.weights[bucket * k + c] = (q[i * k + c] as number) * file.scale;
  });
  model.bias.set(file.bias);
  return { model, thresholds: file.thresholds };
}

export const WEIGHTS_PATH = new URL('./weights.json', import.meta.url);

/** The weights in a file's text, checked; `path` names the file in errors. */
export function parseWeights(text: string, path: string): LearnedGuardModel {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new LearnedWeightsError(
      'corrupt',
      path,
      `learned guard weights at ${path} are not JSON; ${REBUILD}`,
      {
        cause: err,
      },
    );
  }
  const parsed = WeightsFile.safeParse(json);
  if (!parsed.success)
    throw new LearnedWeightsError(
      'corrupt',
      path,
      `learned guard weights at ${path} are not in the expected shape (${parsed.error.issues[0]?.message}); ${REBUILD}`,
    );
  return decodeWeights(parsed.data, path);
}

/** What the weights worker (weights-worker.ts) answers. */
export type WeightsReply =
  | {
      ok: true;
      spec: LinearModel['spec'];
      weights: Float32Array;
      bias: Float64Array;
      thresholds: LevelThresholds;
    }
  | { ok: false; code: LearnedWeightsErrorCode; detail: string }
  | { ok: false; code: LearnedWeightsErrorCode; message: string };

const WORKER_FILE = new URL('./weights-worker.ts', import.meta.url);

/**
 * Read and check the weights in a worker thread, so the loop goes on meanwhile (once, at startup:
 * see sharedLearnedModel); a missing, unreadable or malformed file is a LearnedWeightsError.
 * `signal` gives the load up (the worker is stopped).
 */
export async function loadWeights(
  path: URL | string = WEIGHTS_PATH,
  signal?: AbortSignal,
): Promise<LearnedGuardModel> {
  signal?.throwIfAborted();
  const where = path instanceof URL ? fileURLToPath(path) : path;
  const worker = new Worker(WORKER_FILE, { workerData: { path: where } });
  const stop = () => void worker.terminate();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const [reply] = (await Promise.race([
      once(worker, 'message'),
      // A worker that ends without answering (it crashed) must not leave the start-up waiting.
      once(worker, 'exit').then(([code]) => {
        signal?.throwIfAborted();
        throw new Error(`the learned guard's weights worker exited (${code}) without an answer`);
      }),
    ])) as [WeightsReply];
    signal?.throwIfAborted();
    if (!reply.ok) {
      const message =
        'message' in reply
          ? reply.message
          : `learned guard weights at ${where} ${reply.detail}; ${REBUILD}, or turn the learned guard off`;
      throw new LearnedWeightsError(reply.code, where, message);
    }
    return {
      model: { spec: reply.spec, weights: reply.weights, bias: reply.bias },
      thresholds: reply.thresholds,
    };
  } finally {
    signal?.removeEventListener('abort', stop);
    void worker.terminate();
  }
}
