/** `npm run bench -- --only eval10-dialogue`: round 1's scorer and tables on round 10's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND10 } from '../set.ts';
import { SCRIPTS_ROUND10 } from './scripts/index.ts';

export const DIALOGUE_ROUND10 = roundDialogueSet(10, SCRIPTS_ROUND10, ROUND10);

export function runEval10DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND10);
}
