/**
 * Smoke test of round 10's material (not of the engine's accuracy), by the shared round suite
 * (eval/dialogue/round-suite.ts). The check kinds themselves are tested with round 2
 * (eval/round2/dialogue/scorer.test.ts).
 */
import { describeRoundMaterial, FAILURE_KINDS } from '../../dialogue/round-suite.ts';
import { DIALOGUE_ROUND10 } from './bench.ts';

describeRoundMaterial({
  dialogue: DIALOGUE_ROUND10,
  catalogs: { fishing: 100, beekeeping: 90 },
  minSteps: 80,
  kinds: FAILURE_KINDS,
  engineScript: 0,
});
