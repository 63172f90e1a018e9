/** `npm run bench -- --only eval18-dialogue`: round 1's scorer and tables on round 18's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND18 } from '../set.ts';
import { SCRIPTS_ROUND18 } from './scripts/index.ts';

export const DIALOGUE_ROUND18 = roundDialogueSet(18, SCRIPTS_ROUND18, ROUND18);

export function runEval18DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND18);
}
