/**
 * One way to make the learned guard from labelled lines, shared by the build (all lines) and the
 * leave-one-set-out measurement (all lines but one set), so what is measured is what ships:
 * train on the labelled lines, quantise as the weights file does, then set each level's threshold on ordinary shopper turns the
 * model never saw (the calibration pool), as the score only that share of them reaches.
 */
import { learnedScore } from '../../src/agents/safety/learned/learned-guard.ts';
import { type LabelledLine, type TrainOptions, train } from '../../src/agents/safety/learned/train.ts';
import {
  decodeWeights,
  encodeWeights,
  type LearnedGuardModel,
} from '../../src/agents/safety/learned/weights-file.ts';

/** Share of the calibration turns each level may block by the learned guard alone. */
export const CALIBRATION = { strict: 0.005, moderate: 0.001 } as const;

/** Chosen by leave-one-set-out on safety4/safety5 among a handful of variants (README). */
export const TRAINING: TrainOptions = { ordinaryWeight: 2, l2: 1e-4, epochs: 20 };

/** The score that at most `share` of the pool's turns exceed. */
export function thresholdFor(scores: readonly number[], share: number): number {
  const sorted = [...scores].sort((a, b) => b - a);
  const allowed = Math.floor(share * sorted.length);
  const at = sorted[allowed] ?? 0;
  // Just above the first score that must pass, so exactly `allowed` turns reach the threshold.
  return Math.min(1, at + 1e-9);
}

export function fitLearnedGuard(
  lines: readonly LabelledLine[],
  calibration: readonly LabelledLine[],
  opts: TrainOptions = TRAINING,
): LearnedGuardModel {
  // Through the committed file's quantisation, so what is measured is what ships.
  const { model } = decodeWeights(encodeWeights(train(lines, opts), { strict: 1, moderate: null }, {}));
  // Turns too short for the learned guard score 0: the shares are of every turn.
  const scores = calibration.map((l) => learnedScore(model, l.text)?.attempt ?? 0);
  return {
    model,
    thresholds: {
      strict: thresholdFor(scores, CALIBRATION.strict),
      moderate: thresholdFor(scores, CALIBRATION.moderate),
    },
  };
}
