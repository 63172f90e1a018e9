/** `npm run bench -- --only eval8-wer`: round 1's WER bench on round 8's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND8 } from '../set.ts';
import { WER_UTTERANCES_ROUND8 } from './utterances.ts';

export function runEval8WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(8, WER_UTTERANCES_ROUND8, ROUND8));
}
