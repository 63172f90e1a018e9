/** `npm run bench -- --only eval16-dialogue`: round 1's scorer and tables on round 16's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND16 } from '../set.ts';
import { SCRIPTS_ROUND16 } from './scripts/index.ts';

export const DIALOGUE_ROUND16 = roundDialogueSet(16, SCRIPTS_ROUND16, ROUND16);

export function runEval16DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND16);
}
