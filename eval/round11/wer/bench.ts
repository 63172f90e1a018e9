/** `npm run bench -- --only eval11-wer`: round 1's WER bench on round 11's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND11 } from '../set.ts';
import { WER_UTTERANCES_ROUND11 } from './utterances.ts';

export function runEval11WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(11, WER_UTTERANCES_ROUND11, ROUND11));
}
