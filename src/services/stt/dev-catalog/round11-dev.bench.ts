/**
 * `npm run bench -- --only stt-dev11-wer`: the eval WER bench (same scorer, voices, one session per
 * voice) on session 17's development utterances over spent round 11's catalogs. A development set:
 * tuned on, so its numbers rank changes, they do not predict an unseen shop.
 * `STT_DEV_VOICES=flite:kal16,espeak:en-us+f3` limits the voices, `STT_DEV_CATALOGS=tennis` the
 * catalogs (shorter runs on a busy machine; the transcript file is named after the catalogs).
 */
import { ROUND11 } from '../../../../eval/round11/set.ts';
import { EVAL_VOICES, runEvalWerBench } from '../../../../eval/wer/bench.ts';
import type { BenchOptions, BenchTable } from '../../../bench/table.ts';
import type { Voice } from '../synth.ts';
import { ROUND11_DEV_UTTERANCES } from './round11-dev-utterances.ts';

export function runRound11DevWerBench(opts: BenchOptions): Promise<BenchTable[]> {
  const voices = process.env.STT_DEV_VOICES?.split(',').filter(Boolean) as Voice[] | undefined;
  const only = process.env.STT_DEV_CATALOGS?.split(',').filter(Boolean);
  const utterances = Object.fromEntries(
    Object.entries(ROUND11_DEV_UTTERANCES).filter(([catalog]) => !only || only.includes(catalog)),
  );
  return runEvalWerBench(
    opts,
    {
      name: 'session 17 development utterances on round 11 catalogs',
      transcriptFile: `bench-results/stt-dev11-wer${only ? `-${only.join('-')}` : ''}-transcripts.json`,
      utterances,
      catalogs: ROUND11,
    },
    voices ?? EVAL_VOICES,
  );
}
