/**
 * `npm run bench -- --only stt-dev24-wer`: the eval WER bench (same scorer, voices, one session per
 * voice) on session 24's development utterances over its own two dev catalogs (./session24/:
 * rowing, bookbinding & paper crafts). A development set: tuned on, so its numbers rank changes,
 * they do not predict an unseen shop.
 * `STT_DEV_VOICES=flite:kal16,espeak:en-us+f3` limits the voices, `STT_DEV_CATALOGS=rowing` the
 * catalogs (shorter runs on a busy machine; the transcript file is named after the catalogs).
 */
import { join } from 'node:path';
import { roundCatalogs } from '../../../../eval/dialogue/round.ts';
import { EVAL_VOICES, runEvalWerBench } from '../../../../eval/wer/bench.ts';
import type { BenchOptions, BenchTable } from '../../../bench/table.ts';
import type { Voice } from '../synth.ts';
import { SESSION24_DEV_UTTERANCES } from './session24-utterances.ts';

/** Promo files imported as the app does; these dev stores have no policy text. */
export const SESSION24_DEV_SET = { ...roundCatalogs(join(import.meta.dirname, 'session24')), policy: false };

export function runSession24DevWerBench(opts: BenchOptions): Promise<BenchTable[]> {
  const voices = process.env.STT_DEV_VOICES?.split(',').filter(Boolean) as Voice[] | undefined;
  const only = process.env.STT_DEV_CATALOGS?.split(',').filter(Boolean);
  const utterances = Object.fromEntries(
    Object.entries(SESSION24_DEV_UTTERANCES).filter(([catalog]) => !only || only.includes(catalog)),
  );
  return runEvalWerBench(
    opts,
    {
      name: 'session 24 development utterances (rowing, bookbinding & paper crafts)',
      transcriptFile: `bench-results/stt-dev24-wer${only ? `-${only.join('-')}` : ''}-transcripts.json`,
      utterances,
      catalogs: SESSION24_DEV_SET,
    },
    voices ?? EVAL_VOICES,
  );
}
