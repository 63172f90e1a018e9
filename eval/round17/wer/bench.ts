/** `npm run bench -- --only eval17-wer`: round 1's WER bench on round 17's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND17 } from '../set.ts';
import { WER_UTTERANCES_ROUND17 } from './utterances.ts';

export function runEval17WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(17, WER_UTTERANCES_ROUND17, ROUND17));
}
