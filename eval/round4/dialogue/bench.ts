/** `npm run bench -- --only eval4-dialogue`: round 1's scorer and tables on round 4's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND4 } from '../set.ts';
import { SCRIPTS_ROUND4 } from './scripts/index.ts';

export const DIALOGUE_ROUND4 = roundDialogueSet(4, SCRIPTS_ROUND4, ROUND4);

export function runEval4DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND4);
}
