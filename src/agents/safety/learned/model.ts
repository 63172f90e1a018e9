/**
 * The learned guard's model: multinomial logistic regression over hashed n-gram buckets
 * (features.ts). Classes are "ordinary" and the four kinds of attempt of the labelled sets;
 * the attempt score is 1 − P(ordinary), the kind the most likely attempt class.
 *
 * Scoring is a sum over the text's buckets (a few hundred): microseconds, never blocks the loop.
 */
import { DEFAULT_FEATURES, type FeatureSpec, featureBuckets } from './features.ts';

export const LEARNED_CLASSES = ['ordinary', 'injection', 'harmful', 'offtopic', 'abuse'] as const;
export type LearnedClass = (typeof LEARNED_CLASSES)[number];
export type AttemptClass = Exclude<LearnedClass, 'ordinary'>;

export interface LinearModel {
  readonly spec: FeatureSpec;
  /** Row-major by bucket: weight of class c for bucket b at `b * classes + c`. */
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

export interface LearnedScore {
  /** 1 − P(ordinary): how much the text looks like an attempt, 0..1. */
  readonly attempt: number;
  /** The most likely attempt class. */
  readonly kind: AttemptClass;
  readonly probabilities: Readonly<Record<LearnedClass, number>>;
}

export function emptyModel(spec: FeatureSpec = DEFAULT_FEATURES): LinearModel {
  return {
    spec,
    weights: new Float32Array((1 << spec.bits) * LEARNED_CLASSES.length),
    bias: new Float64Array(LEARNED_CLASSES.length),
  };
}

/** Class logits for a sorted bucket list; each present bucket weighs 1/√n (length-normalised). */
export function logits(model: LinearModel, buckets: Int32Array): Float64Array {
  const k = LEARNED_CLASSES.length;
  const out = Float64Array.from(model.bias);
  const x = buckets.length === 0 ? 0 : 1 / Math.sqrt(buckets.length);
  for (const b of buckets)
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + x * (model.weights[b * k + c] as number);
  return out;
}

export function softmax(z: Float64Array): Float64Array {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export function scoreBuckets(model: LinearModel, buckets: Int32Array): LearnedScore {
  const p = softmax(logits(model, buckets));
  let best = 1;
  for (let c = 2; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  const probabilities = Object.fromEntries(LEARNED_CLASSES.map((c, i) => [c, p[i] as number])) as Record<
    LearnedClass,
    number
  >;
  return { attempt: 1 - (p[0] as number), kind: LEARNED_CLASSES[best] as AttemptClass, probabilities };
}

export function scoreText(model: LinearModel, text: string): LearnedScore {
  return scoreBuckets(model, featureBuckets(text, model.spec));
}
