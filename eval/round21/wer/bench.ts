/** `npm run bench -- --only eval21-wer`: round 1's WER bench on round 21's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND21 } from '../set.ts';
import { WER_UTTERANCES_ROUND21 } from './utterances.ts';

export function runEval21WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(21, WER_UTTERANCES_ROUND21, ROUND21));
}
