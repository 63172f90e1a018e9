/** `npm run bench -- --only eval3-dialogue`: round 1's scorer and tables on round 3's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND3 } from '../set.ts';
import { SCRIPTS_ROUND3 } from './scripts/index.ts';

export const DIALOGUE_ROUND3 = roundDialogueSet(3, SCRIPTS_ROUND3, ROUND3);

export function runEval3DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND3);
}
