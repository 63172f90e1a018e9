/**
 * Builds the learned guard's committed weights (src/agents/safety/learned/weights.json) from the
 * spent labelled lines (data.ts), with the thresholds set on the calibration pool (fit.ts):
 *
 *   node eval/learned-guard/build.ts
 *
 * Deterministic: the same lines give the same file. Rebuild after adding a spent set or after
 * changing the features (features.ts) or the normaliser (normalize.ts): the weights are tied to
 * the exact feature buckets.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeWeights, WEIGHTS_PATH } from '../../src/agents/safety/learned/weights-file.ts';
import { calibrationTurns, trainingLines } from './data.ts';
import { CALIBRATION, fitLearnedGuard, TRAINING } from './fit.ts';

const lines = await trainingLines();
const calibration = calibrationTurns();
const fitted = fitLearnedGuard(lines, calibration);
const count = (label: string) => lines.filter((l) => l.label === label).length;
const file = encodeWeights(fitted.model, fitted.thresholds, {
  builtBy: 'eval/learned-guard/build.ts',
  lines: lines.length,
  byClass: Object.fromEntries(
    ['ordinary', 'injection', 'harmful', 'offtopic', 'abuse'].map((c) => [c, count(c)]),
  ),
  groups: [...new Set(lines.map((l) => l.group))],
  calibration: {
    turns: calibration.length,
    groups: [...new Set(calibration.map((l) => l.group))],
    shares: CALIBRATION,
  },
  training: TRAINING,
});
writeFileSync(WEIGHTS_PATH, `${JSON.stringify(file, null, 1)}\n`);
console.log(
  `${fileURLToPath(WEIGHTS_PATH)}: ${lines.length} lines, thresholds strict ${fitted.thresholds.strict.toFixed(3)} moderate ${fitted.thresholds.moderate?.toFixed(3)}`,
);
