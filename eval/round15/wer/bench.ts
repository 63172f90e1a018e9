/** `npm run bench -- --only eval15-wer`: round 1's WER bench on round 15's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND15 } from '../set.ts';
import { WER_UTTERANCES_ROUND15 } from './utterances.ts';

export function runEval15WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(15, WER_UTTERANCES_ROUND15, ROUND15));
}
