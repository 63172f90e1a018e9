/** `npm run bench -- --only eval16-wer`: round 1's WER bench on round 16's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND16 } from '../set.ts';
import { WER_UTTERANCES_ROUND16 } from './utterances.ts';

export function runEval16WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(16, WER_UTTERANCES_ROUND16, ROUND16));
}
