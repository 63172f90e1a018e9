/** `npm run bench -- --only eval14-wer`: round 1's WER bench on round 14's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND14 } from '../set.ts';
import { WER_UTTERANCES_ROUND14 } from './utterances.ts';

export function runEval14WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(14, WER_UTTERANCES_ROUND14, ROUND14));
}
