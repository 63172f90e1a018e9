/**
 * Smoke test of round 18's material (not of the engine's accuracy), by the shared round suite
 * (eval/dialogue/round-suite.ts). The check kinds themselves are tested with round 2
 * (eval/round2/dialogue/scorer.test.ts).
 */
import { expect, it } from 'vitest';
import { describeRoundMaterial, FAILURE_KINDS } from '../../dialogue/round-suite.ts';
import { DIALOGUE_ROUND18 } from './bench.ts';

describeRoundMaterial(
  {
    dialogue: DIALOGUE_ROUND18,
    catalogs: { juggling: 114, cleaning: 95 },
    minSteps: 76,
    kinds: FAILURE_KINDS,
    engineScript: 0,
  },
  (shops) => {
    it('imports the juggling store in USD and the cleaning store in EUR', () => {
      expect(shops.get('juggling')!.currency).toBe('USD');
      expect(shops.get('cleaning')!.currency).toBe('EUR');
    });
  },
);
