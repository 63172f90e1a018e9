/** `npm run bench -- --only eval12-wer`: round 1's WER bench on round 12's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND12 } from '../set.ts';
import { WER_UTTERANCES_ROUND12 } from './utterances.ts';

export function runEval12WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(12, WER_UTTERANCES_ROUND12, ROUND12));
}
