/** `npm run bench -- --only eval6-wer`: round 1's WER bench on round 6's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND6 } from '../set.ts';
import { WER_UTTERANCES_ROUND6 } from './utterances.ts';

export function runEval6WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(6, WER_UTTERANCES_ROUND6, ROUND6));
}
