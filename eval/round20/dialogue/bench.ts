/** `npm run bench -- --only eval20-dialogue`: round 1's scorer and tables on round 20's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND20 } from '../set.ts';
import { SCRIPTS_ROUND20 } from './scripts/index.ts';

export const DIALOGUE_ROUND20 = roundDialogueSet(20, SCRIPTS_ROUND20, ROUND20);

export function runEval20DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND20);
}
