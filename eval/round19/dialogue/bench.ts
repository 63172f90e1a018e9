/** `npm run bench -- --only eval19-dialogue`: round 1's scorer and tables on round 19's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND19 } from '../set.ts';
import { SCRIPTS_ROUND19 } from './scripts/index.ts';

export const DIALOGUE_ROUND19 = roundDialogueSet(19, SCRIPTS_ROUND19, ROUND19);

export function runEval19DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND19);
}
