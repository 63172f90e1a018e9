/** `npm run bench -- --only eval6-dialogue`: round 1's scorer and tables on round 6's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND6 } from '../set.ts';
import { SCRIPTS_ROUND6 } from './scripts/index.ts';

export const DIALOGUE_ROUND6 = roundDialogueSet(6, SCRIPTS_ROUND6, ROUND6);

export function runEval6DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND6);
}
