/**
 * Smoke test of round 17's material (not of the engine's accuracy), by the shared round suite
 * (eval/dialogue/round-suite.ts). The check kinds themselves are tested with round 2
 * (eval/round2/dialogue/scorer.test.ts).
 */
import { describeRoundMaterial, FAILURE_KINDS } from '../../dialogue/round-suite.ts';
import { DIALOGUE_ROUND17 } from './bench.ts';

describeRoundMaterial({
  dialogue: DIALOGUE_ROUND17,
  catalogs: { skate: 99, games: 60 },
  minSteps: 79,
  kinds: FAILURE_KINDS,
  engineScript: 0,
});
