/** `npm run bench -- --only eval11-dialogue`: round 1's scorer and tables on round 11's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND11 } from '../set.ts';
import { SCRIPTS_ROUND11 } from './scripts/index.ts';

export const DIALOGUE_ROUND11 = roundDialogueSet(11, SCRIPTS_ROUND11, ROUND11);

export function runEval11DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND11);
}
