/** `npm run bench -- --only eval20-wer`: round 1's WER bench on round 20's catalogs and utterances. */
import type { BenchOptions, BenchTable } from '../../../src/bench/table.ts';
import { roundWerSet, runEvalWerBench } from '../../wer/bench.ts';
import { ROUND20 } from '../set.ts';
import { WER_UTTERANCES_ROUND20 } from './utterances.ts';

export function runEval20WerBench(opts: BenchOptions): Promise<BenchTable[]> {
  return runEvalWerBench(opts, roundWerSet(20, WER_UTTERANCES_ROUND20, ROUND20));
}
