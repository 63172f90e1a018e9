/** `npm run bench -- --only eval5-dialogue`: round 1's scorer and tables on round 5's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND5 } from '../set.ts';
import { SCRIPTS_ROUND5 } from './scripts/index.ts';

export const DIALOGUE_ROUND5 = roundDialogueSet(5, SCRIPTS_ROUND5, ROUND5);

export function runEval5DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND5);
}
