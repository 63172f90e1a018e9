/** `npm run bench -- --only eval12-dialogue`: round 1's scorer and tables on round 12's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND12 } from '../set.ts';
import { SCRIPTS_ROUND12 } from './scripts/index.ts';

export const DIALOGUE_ROUND12 = roundDialogueSet(12, SCRIPTS_ROUND12, ROUND12);

export function runEval12DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND12);
}
