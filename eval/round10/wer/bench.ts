/** `npm run bench -- --only eval10-wer`: round 1's WER bench on round 10's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND10 } from '../set.ts';
import { WER_UTTERANCES_ROUND10 } from './utterances.ts';

export function runEval10WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(10, WER_UTTERANCES_ROUND10, ROUND10));
}
