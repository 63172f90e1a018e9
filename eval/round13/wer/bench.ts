/** `npm run bench -- --only eval13-wer`: round 1's WER bench on round 13's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND13 } from '../set.ts';
import { WER_UTTERANCES_ROUND13 } from './utterances.ts';

export function runEval13WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(13, WER_UTTERANCES_ROUND13, ROUND13));
}
