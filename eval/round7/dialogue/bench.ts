/** `npm run bench -- --only eval7-dialogue`: round 1's scorer and tables on round 7's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND7 } from '../set.ts';
import { SCRIPTS_ROUND7 } from './scripts/index.ts';

export const DIALOGUE_ROUND7 = roundDialogueSet(7, SCRIPTS_ROUND7, ROUND7);

export function runEval7DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND7);
}
