/** `npm run bench -- --only eval8-dialogue`: round 1's scorer and tables on round 8's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND8 } from '../set.ts';
import { SCRIPTS_ROUND8 } from './scripts/index.ts';

export const DIALOGUE_ROUND8 = roundDialogueSet(8, SCRIPTS_ROUND8, ROUND8);

export function runEval8DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND8);
}
