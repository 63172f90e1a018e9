/** `npm run bench -- --only eval5-wer`: round 1's WER bench on round 5's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND5 } from '../set.ts';
import { WER_UTTERANCES_ROUND5 } from './utterances.ts';

export function runEval5WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(5, WER_UTTERANCES_ROUND5, ROUND5));
}
