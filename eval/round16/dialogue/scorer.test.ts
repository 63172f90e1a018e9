/**
 * Smoke test of round 16's material (not of the engine's accuracy), by the shared round suite
 * (eval/dialogue/round-suite.ts). The check kinds themselves are tested with round 2
 * (eval/round2/dialogue/scorer.test.ts).
 */
import { describeRoundMaterial, FAILURE_KINDS } from '../../dialogue/round-suite.ts';
import { DIALOGUE_ROUND16 } from './bench.ts';

describeRoundMaterial({
  dialogue: DIALOGUE_ROUND16,
  catalogs: { printing: 81, poultry: 69 },
  minSteps: 76,
  kinds: FAILURE_KINDS,
  engineScript: 0,
});
