/** `npm run bench -- --only eval7-wer`: round 1's WER bench on round 7's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND7 } from '../set.ts';
import { WER_UTTERANCES_ROUND7 } from './utterances.ts';

export function runEval7WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(7, WER_UTTERANCES_ROUND7, ROUND7));
}
