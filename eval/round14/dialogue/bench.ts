/** `npm run bench -- --only eval14-dialogue`: round 1's scorer and tables on round 14's scripts and catalogs. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { runEvalDialogueBench } from '../../dialogue/bench.ts';
import { roundDialogueSet } from '../../dialogue/round.ts';
import { ROUND14 } from '../set.ts';
import { SCRIPTS_ROUND14 } from './scripts/index.ts';

export const DIALOGUE_ROUND14 = roundDialogueSet(14, SCRIPTS_ROUND14, ROUND14);

export function runEval14DialogueBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalDialogueBench(opts, DIALOGUE_ROUND14);
}
