/** `npm run bench -- --only eval17-dialogue`: round 1's scorer and tables on round 17's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND17 } from '../set.ts';
import { SCRIPTS_ROUND17 } from './scripts/index.ts';

export const DIALOGUE_ROUND17 = roundDialogueSet(17, SCRIPTS_ROUND17, ROUND17);

export function runEval17DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND17);
}
