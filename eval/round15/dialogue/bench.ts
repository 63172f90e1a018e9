/** `npm run bench -- --only eval15-dialogue`: round 1's scorer and tables on round 15's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND15 } from '../set.ts';
import { SCRIPTS_ROUND15 } from './scripts/index.ts';

export const DIALOGUE_ROUND15 = roundDialogueSet(15, SCRIPTS_ROUND15, ROUND15);

export function runEval15DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND15);
}
