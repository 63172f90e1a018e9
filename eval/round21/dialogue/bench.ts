/** `npm run bench -- --only eval21-dialogue`: round 1's scorer and tables on round 21's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND21 } from '../set.ts';
import { SCRIPTS_ROUND21 } from './scripts/index.ts';

export const DIALOGUE_ROUND21 = roundDialogueSet(21, SCRIPTS_ROUND21, ROUND21);

export function runEval21DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND21);
}
