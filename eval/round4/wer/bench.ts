/** `npm run bench -- --only eval4-wer`: round 1's WER bench on round 4's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND4 } from '../set.ts';
import { WER_UTTERANCES_ROUND4 } from './utterances.ts';

export function runEval4WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(4, WER_UTTERANCES_ROUND4, ROUND4));
}
