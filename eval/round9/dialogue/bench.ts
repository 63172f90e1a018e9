/** `npm run bench -- --only eval9-dialogue`: round 1's scorer and tables on round 9's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND9 } from '../set.ts';
import { SCRIPTS_ROUND9 } from './scripts/index.ts';

export const DIALOGUE_ROUND9 = roundDialogueSet(9, SCRIPTS_ROUND9, ROUND9);

export function runEval9DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND9);
}
