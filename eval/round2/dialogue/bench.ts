/** `npm run bench -- --only eval2-dialogue`: round 1's scorer and tables on round 2's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND2 } from '../set.ts';
import { SCRIPTS_ROUND2 } from './scripts/index.ts';

export const DIALOGUE_ROUND2 = roundDialogueSet(2, SCRIPTS_ROUND2, ROUND2);

export function runEval2DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND2);
}
