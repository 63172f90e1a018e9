/** `npm run bench -- --only eval13-dialogue`: round 1's scorer and tables on round 13's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND13 } from '../set.ts';
import { SCRIPTS_ROUND13 } from './scripts/index.ts';

export const DIALOGUE_ROUND13 = roundDialogueSet(13, SCRIPTS_ROUND13, ROUND13);

export function runEval13DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND13);
}
