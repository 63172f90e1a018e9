/** `npm run bench -- --only eval2-dialogue`: round 1's scorer and tables on round 2's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { type DialogueSet, runEvalDialogueBench } from '../../dialogue/bench.ts';
import { ROUND2 } from '../set.ts';
import { SCRIPTS_ROUND2 } from './scripts/index.ts';

export const DIALOGUE_ROUND2: DialogueSet = {
  label: 'round 2',
  scripts: SCRIPTS_ROUND2,
  catalogs: ROUND2,
  transcriptFile: 'bench-results/eval2-dialogue-transcripts.json',
  promoNote:
    "promo codes through the promo import (the project's JSON format); policy text as SHOP_POLICY_TEXT",
};

export function runEval2DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND2);
}
