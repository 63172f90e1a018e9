/** `npm run bench -- --only eval9-wer`: round 1's WER bench on round 9's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND9 } from '../set.ts';
import { WER_UTTERANCES_ROUND9 } from './utterances.ts';

export function runEval9WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(9, WER_UTTERANCES_ROUND9, ROUND9));
}
