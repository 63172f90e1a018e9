/**
 * `npm run bench -- --only stt-dev19-wer`: the eval WER bench (same scorer, voices, one session per
 * voice) on session 19's development utterances over its own two dev catalogs (./session19/:
 * welding, fountain pens & calligraphy). A development set: tuned on, so its numbers rank changes,
 * they do not predict an unseen shop.
 * `STT_DEV_VOICES=flite:kal16,espeak:en-us+f3` limits the voices, `STT_DEV_CATALOGS=welding` the
 * catalogs (shorter runs on a busy machine; the transcript file is named after the catalogs).
 */
import { join } from 'node:path';
import { roundCatalogs } from '../../../../eval/dialogue/round.ts';
import { EVAL_VOICES, runEvalWerBench } from '../../../../eval/wer/bench.ts';
import type { BenchOptions, BenchTable } from '../../../bench/table.ts';
import type { Voice } from '../synth.ts';
import { SESSION19_DEV_UTTERANCES } from './session19-utterances.ts';

/** Promo files imported as the app does; these dev stores have no policy text. */
export const SESSION19_DEV_SET = { ...roundCatalogs(join(import.meta.dirname, 'session19')), policy: false };

export function runSession19DevWerBench(opts: BenchOptions): Promise<BenchTable[]> {
  const voices = process.env.STT_DEV_VOICES?.split(',').filter(Boolean) as Voice[] | undefined;
  const only = process.env.STT_DEV_CATALOGS?.split(',').filter(Boolean);
  const utterances = Object.fromEntries(
    Object.entries(SESSION19_DEV_UTTERANCES).filter(([catalog]) => !only || only.includes(catalog)),
  );
  return runEvalWerBench(
    opts,
    {
      name: 'session 19 development utterances (welding, fountain pens & calligraphy)',
      transcriptFile: `bench-results/stt-dev19-wer${only ? `-${only.join('-')}` : ''}-transcripts.json`,
      utterances,
      catalogs: SESSION19_DEV_SET,
    },
    voices ?? EVAL_VOICES,
  );
}
