/** `npm run bench -- --only eval18-wer`: round 1's WER bench on round 18's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND18 } from '../set.ts';
import { WER_UTTERANCES_ROUND18 } from './utterances.ts';

export function runEval18WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(18, WER_UTTERANCES_ROUND18, ROUND18));
}
