/** `npm run bench -- --only eval19-wer`: round 1's WER bench on round 19's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND19 } from '../set.ts';
import { WER_UTTERANCES_ROUND19 } from './utterances.ts';

export function runEval19WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(19, WER_UTTERANCES_ROUND19, ROUND19));
}
