/** `npm run bench -- --only eval2-wer`: round 1's WER bench on round 2's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND2 } from '../set.ts';
import { WER_UTTERANCES_ROUND2 } from './utterances.ts';

export function runEval2WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(2, WER_UTTERANCES_ROUND2, ROUND2));
}
