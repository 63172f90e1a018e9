/**
 * Smoke test of round 5's material (not of the engine's accuracy), by the shared round suite
 * (eval/dialogue/round-suite.ts). The check kinds themselves are tested with round 2
 * (eval/round2/dialogue/scorer.test.ts).
 */
import { describeRoundMaterial, FAILURE_KINDS } from '../../dialogue/round-suite.ts';
import { DIALOGUE_ROUND5 } from './bench.ts';

describeRoundMaterial({
  dialogue: DIALOGUE_ROUND5,
  catalogs: { 'home-textiles': 100, 'cameras-photo': 84 },
  minSteps: 70,
  kinds: FAILURE_KINDS,
  engineScript: 3,
});
