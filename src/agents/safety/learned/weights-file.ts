/**
 * The committed weights file (weights.json, built by eval/learned-guard/build.ts): only the
 * buckets training lit up, each with one signed byte per class (a per-file scale), bucket numbers
 * delta-coded as varints, both base64. About 6 bytes a bucket instead of a dense float table.
 */
import { readFileSync } from 'node:fs';
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

export function decodeWeights(file: WeightsFile): LearnedGuardModel {
  const model = emptyModel(file.spec);
  const k = LEARNED_CLASSES.length;
  const deltas = readVarints(Buffer.from(file.buckets, 'base64'));
  const raw = Buffer.from(file.weights, 'base64');
  const q = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
  if (q.length !== deltas.length * k)
    throw new Error(
      `learned guard weights: ${deltas.length} buckets but ${q.length} weights (expected ${deltas.length * k}); rebuild with eval/learned-guard/build.ts`,
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

/** Read and check the committed weights (synchronous: called once, when the guard is built). */
export function loadWeights(path: URL | string = WEIGHTS_PATH): LearnedGuardModel {
  const parsed = WeightsFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `learned guard weights at ${path} are not in the expected shape (${parsed.error.issues[0]?.message}); rebuild with eval/learned-guard/build.ts`,
    );
  return decodeWeights(parsed.data);
}
