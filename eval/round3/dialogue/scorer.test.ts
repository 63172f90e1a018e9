/**
 * Smoke test of round 3's material (not of the engine's accuracy), by the shared round suite
 * (eval/dialogue/round-suite.ts). The check kinds themselves are tested with round 2
 * (eval/round2/dialogue/scorer.test.ts).
 */
import { describeRoundMaterial, FAILURE_KINDS } from '../../dialogue/round-suite.ts';
import { DIALOGUE_ROUND3 } from './bench.ts';

describeRoundMaterial({
  dialogue: DIALOGUE_ROUND3,
  catalogs: { 'coffee-and-tea': 88, 'bicycles-cycling': 96 },
  minSteps: 55,
  kinds: FAILURE_KINDS,
  engineScript: 1,
});
