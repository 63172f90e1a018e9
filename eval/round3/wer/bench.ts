/** `npm run bench -- --only eval3-wer`: round 1's WER bench on round 3's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND3 } from '../set.ts';
import { WER_UTTERANCES_ROUND3 } from './utterances.ts';

export function runEval3WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(3, WER_UTTERANCES_ROUND3, ROUND3));
}
