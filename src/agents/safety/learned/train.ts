/**
 * Training the learned guard (build time and the leave-one-set-out measurement, never at serve
 * time): softmax regression by AdaGrad over shuffled examples, L2 on the weights a step touches.
 * Deterministic: a seeded shuffle and no other randomness, so the committed weights are
 * reproducible from the same lines.
 */
import { DEFAULT_FEATURES, type FeatureSpec, featureBuckets } from './features.ts';
import {
  emptyModel,
  LEARNED_CLASSES,
  type LearnedClass,
  type LinearModel,
  logits,
  softmax,
} from './model.ts';

export interface LabelledLine {
  readonly text: string;
  readonly label: LearnedClass;
  /** Where the line comes from (a set's name): the unit held out when measuring. */
  readonly group: string;
  readonly lang?: 'en' | 'es';
}

export interface TrainOptions {
  readonly spec?: FeatureSpec;
  readonly epochs?: number;
  readonly rate?: number;
  readonly l2?: number;
  readonly seed?: number;
  /** Total weight of the ordinary lines relative to all attempt lines together (class balance). */
  readonly ordinaryWeight?: number;
}

export const DEFAULT_TRAINING = { epochs: 12, rate: 0.5, l2: 1e-5, seed: 15, ordinaryWeight: 1 } as const;

/** Small seeded generator (mulberry32): the shuffle order is part of the build's reproducibility. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Example {
  readonly buckets: Int32Array;
  readonly label: number;
  readonly weight: number;
}

function examples(lines: readonly LabelledLine[], spec: FeatureSpec, ordinaryWeight: number): Example[] {
  const ordinary = lines.filter((l) => l.label === 'ordinary').length;
  const attempts = lines.length - ordinary;
  // Per-line weights so the two sides weigh attempts : ordinaryWeight in total, averaging 1 a line.
  const scale = lines.length / (attempts + ordinaryWeight * attempts);
  const wAttempt = scale;
  const wOrdinary = ordinary === 0 ? 0 : (scale * ordinaryWeight * attempts) / ordinary;
  return lines.map((l) => ({
    buckets: featureBuckets(l.text, spec),
    label: LEARNED_CLASSES.indexOf(l.label),
    weight: l.label === 'ordinary' ? wOrdinary : wAttempt,
  }));
}

export function train(lines: readonly LabelledLine[], opts: TrainOptions = {}): LinearModel {
  const spec = opts.spec ?? DEFAULT_FEATURES;
  const { epochs, rate, l2, seed, ordinaryWeight } = { ...DEFAULT_TRAINING, ...opts };
  const model = emptyModel(spec);
  const k = LEARNED_CLASSES.length;
  const g2w = new Float32Array(model.weights.length);
  const g2b = new Float64Array(k);
  const data = examples(lines, spec, ordinaryWeight);
  const order = data.map((_, i) => i);
  const next = random(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const at of order) {
      const ex = data[at] as Example;
      const p = softmax(logits(model, ex.buckets));
      const x = ex.buckets.length === 0 ? 0 : 1 / Math.sqrt(ex.buckets.length);
      for (let c = 0; c < k; c++) {
        const g = ex.weight * ((p[c] as number) - (c === ex.label ? 1 : 0));
        g2b[c] = (g2b[c] as number) + g * g;
        model.bias[c] = (model.bias[c] as number) - (rate * g) / Math.sqrt((g2b[c] as number) + 1e-8);
        for (const b of ex.buckets) {
          const idx = b * k + c;
          const w = model.weights[idx] as number;
          const gw = g * x + l2 * w;
          g2w[idx] = (g2w[idx] as number) + gw * gw;
          model.weights[idx] = w - (rate * gw) / Math.sqrt((g2w[idx] as number) + 1e-8);
        }
      }
    }
  }
  return model;
}
