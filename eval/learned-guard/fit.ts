/**
 * One way to make the learned guard from labelled lines, shared by the build (all lines) and the
 * leave-one-set-out measurement (all lines but one set), so what is measured is what ships:
 * train on the labelled lines, quantise as the weights file does, then set each level's threshold on ordinary shopper turns the
 * model never saw (the calibration pool), as the score only that share of them reaches.
 */
import { learnedScore } from '../../src/agents/safety/learned/learned-guard.ts';
import type { LinearModel } from '../../src/agents/safety/learned/model.ts';
import { type LabelledLine, type TrainOptions, train } from '../../src/agents/safety/learned/train.ts';
import {
  decodeWeights,
  encodeWeights,
  type LearnedGuardModel,
} from '../../src/agents/safety/learned/weights-file.ts';

/** Share of the calibration turns each level may block by the learned guard alone. */
export const CALIBRATION = { strict: 0.005, moderate: 0.001 } as const;

/** Chosen by leave-one-set-out on safety4/safety5 among a handful of variants (README). */
export const TRAINING: FitOptions = { ordinaryWeight: 2, l2: 1e-4, epochs: 20 };

export interface FitOptions extends TrainOptions {
  /** Models averaged, each with its own shuffle seed (seed, seed + 1, …). */
  readonly seeds?: number;
  /**
   * Cross-fitted calibration: the shipped model also learns from the calibration turns, and each
   * threshold is set on out-of-fold scores instead — every pool group (round) scored by a model
   * trained on the lines and the other groups. Plain shop talk is what holds the threshold up, so
   * more of it in training lowers the few highest scores; the out-of-fold scores keep the
   * threshold honest about turns the model has not seen.
   */
  readonly crossFit?: boolean;
}

/** The score that at most `share` of the pool's turns exceed. */
export function thresholdFor(scores: readonly number[], share: number): number {
  const sorted = [...scores].sort((a, b) => b - a);
  const allowed = Math.floor(share * sorted.length);
  const at = sorted[allowed] ?? 0;
  // Just above the first score that must pass, so exactly `allowed` turns reach the threshold.
  return Math.min(1, at + 1e-9);
}

/**
 * Mean of `opts.seeds` models trained in different shuffle orders (one model when absent): a
 * linear model's averaged weights are the ensemble of its logits at no serving cost, and the
 * calibration threshold — the few highest scores of plain shop talk — moves less with the order.
 */
export function averaged(lines: readonly LabelledLine[], opts: FitOptions): LinearModel {
  const n = Math.max(1, opts.seeds ?? 1);
  const base = opts.seed ?? 15;
  const models = Array.from({ length: n }, (_, i) => train(lines, { ...opts, seed: base + i }));
  const first = models[0] as LinearModel;
  if (n === 1) return first;
  const weights = new Float32Array(first.weights.length);
  const bias = new Float64Array(first.bias.length);
  for (const m of models) {
    for (let i = 0; i < weights.length; i++)
      weights[i] = (weights[i] as number) + (m.weights[i] as number) / n;
    for (let c = 0; c < bias.length; c++) bias[c] = (bias[c] as number) + (m.bias[c] as number) / n;
  }
  return { spec: first.spec, weights, bias };
}

export function fitLearnedGuard(
  lines: readonly LabelledLine[],
  calibration: readonly LabelledLine[],
  opts: FitOptions = TRAINING,
): LearnedGuardModel {
  // Through the committed file's quantisation, so what is measured is what ships.
  const quantised = (ls: readonly LabelledLine[]) =>
    decodeWeights(encodeWeights(averaged(ls, opts), { strict: 1, moderate: null }, {})).model;
  // Turns too short for the learned guard score 0: the shares are of every turn.
  const score = (m: LinearModel, l: LabelledLine) => learnedScore(m, l.text)?.attempt ?? 0;
  let model: LinearModel;
  let scores: number[];
  if (opts.crossFit) {
    model = quantised([...lines, ...calibration]);
    scores = [...new Set(calibration.map((l) => l.group))].flatMap((group) => {
      const fold = quantised([...lines, ...calibration.filter((l) => l.group !== group)]);
      return calibration.filter((l) => l.group === group).map((l) => score(fold, l));
    });
  } else {
    model = quantised(lines);
    scores = calibration.map((l) => score(model, l));
  }
  return {
    model,
    thresholds: {
      strict: thresholdFor(scores, CALIBRATION.strict),
      moderate: thresholdFor(scores, CALIBRATION.moderate),
    },
  };
}
