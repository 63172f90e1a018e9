/** `npm run bench -- --only eval3-dialogue`: round 1's scorer and tables on round 3's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { type DialogueSet, runEvalDialogueBench } from '../../dialogue/bench.ts';
import { ROUND3 } from '../set.ts';
import { SCRIPTS_ROUND3 } from './scripts/index.ts';

export const DIALOGUE_ROUND3: DialogueSet = {
  label: 'round 3',
  scripts: SCRIPTS_ROUND3,
  catalogs: ROUND3,
  transcriptFile: 'bench-results/eval3-dialogue-transcripts.json',
  promoNote:
    "promo codes through the promo import (the project's JSON format); policy text as SHOP_POLICY_TEXT",
};

export function runEval3DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND3);
}
