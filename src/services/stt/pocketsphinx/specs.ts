/** Decoder specs for the LM modes. */
import { join } from 'node:path';
import type { CatalogLmFiles } from '../lm/builder.ts';
import { DEFAULT_DUAL_RULE } from './combine.ts';
import type { DecoderSpec } from './protocol.ts';

/**
 * catalog: the shop's LM only (accurate, fast, but forces any speech onto shopping words);
 * mixed: catalog + generic English interpolated (off-domain speech stays readable);
 * dual: a catalog decoder for the words and a mixed one on the same audio to tell shopping from
 * other speech (see combine.ts); generic: the stock English LM.
 */
export type LmMode = 'catalog' | 'mixed' | 'dual' | 'generic';

/**
 * Frequency warp of the front end (pocketsphinx `-warp_type inverse_linear`, f' = f / warp):
 * > 1 moves a voice's formants down towards the acoustic model's. 1 = off. See README
 * ("Front end: frequency warp") for the measurement behind the default.
 */
export const DEFAULT_FREQ_WARP = 1;

/** Decoder flags beyond pocketsphinx's defaults. */
export function decoderArgs(opts: { fwdflat: boolean; warp?: number }): string[] {
  const warp = opts.warp ?? DEFAULT_FREQ_WARP;
  return [
    // The flat-lexicon second pass re-searches the whole utterance at finalize: it doubled the
    // end-of-turn latency for no measurable WER gain (README, bench).
    ...(opts.fwdflat ? [] : ['-fwdflat', 'no']),
    ...(warp === 1 ? [] : ['-warp_type', 'inverse_linear', '-warp_params', String(warp)]),
  ];
}

export const DEFAULT_DECODER_ARGS: readonly string[] = decoderArgs({ fwdflat: false });

/**
 * Warps also decoded on a session's first utterance (STT_WARP_CANDIDATES); the session then keeps
 * the one its speaker's pitch calls for (session-warp.ts). None by default: with the dual LM,
 * 1.2 did not lower espeak-ng f3's WER measurably on the session development set (README,
 * "Front end: frequency warp").
 */
export const DEFAULT_WARP_CANDIDATES: readonly number[] = [];

/**
 * Utterances at the start of a session on which the warp candidates are all decoded (each reports
 * its best-scoring warp); then the session keeps the warp its speaker's pitch calls for
 * (session-warp.ts; STT_WARP_TRIAL_UTTERANCES; 0 = every warp on every utterance).
 */
export const DEFAULT_WARP_TRIAL_UTTERANCES = 1;

/** N-best alternatives reported with each final transcript (STT_NBEST). */
export const DEFAULT_NBEST = 4;

export function decoderSpecFor(
  mode: LmMode,
  modelDir: string,
  lm: CatalogLmFiles | undefined,
  catalogWeight = 0.95,
  extraArgs: readonly string[] = DEFAULT_DECODER_ARGS,
  nbest = DEFAULT_NBEST,
  warpCandidates: readonly number[] = DEFAULT_WARP_CANDIDATES,
  warpTrialUtterances = DEFAULT_WARP_TRIAL_UTTERANCES,
): { spec: DecoderSpec; model: string } {
  const { spec, model } = decoderSpecInner(mode, modelDir, lm, catalogWeight);
  const withArgs = (s: DecoderSpec): DecoderSpec => ({
    ...s,
    ...(extraArgs.length > 0 ? { extraArgs: [...extraArgs] } : {}),
    ...(nbest > 0 ? { nbest } : {}),
  });
  // Tried on every utterance, the warps go to the decoder whose words are reported only: the
  // catalog one (the shadow in dual mode). Chosen once per session, they go to both decoders of
  // dual mode: an unwarped mixed decoder hears a high voice as other speech and its garbled
  // generic words win the dual rule (round 4: "put the meridian…" → "look i'm immediately delete…").
  const warped = (s: DecoderSpec): DecoderSpec =>
    warpCandidates.length > 0 && mode !== 'generic' && lm
      ? {
          ...s,
          warpCandidates: [...warpCandidates],
          ...(warpTrialUtterances > 0 ? { sessionWarp: { trialUtterances: warpTrialUtterances } } : {}),
        }
      : s;
  return {
    spec: spec.shadow
      ? {
          ...(warpTrialUtterances > 0 ? warped(withArgs(spec)) : withArgs(spec)),
          shadow: warped(withArgs(spec.shadow)),
        }
      : mode === 'catalog'
        ? warped(withArgs(spec))
        : withArgs(spec),
    model,
  };
}

function decoderSpecInner(
  mode: LmMode,
  modelDir: string,
  lm: CatalogLmFiles | undefined,
  catalogWeight: number,
): { spec: DecoderSpec; model: string } {
  const hmmDir = join(modelDir, 'en-us');
  const generic = { name: 'generic', path: join(modelDir, 'en-us.lm.bin') };
  if (mode === 'generic' || !lm) {
    return {
      spec: { hmmDir, dictPath: join(modelDir, 'cmudict-en-us.dict'), lms: [{ ...generic, weight: 1 }] },
      model: 'en-us-generic',
    };
  }
  const catalog = { name: 'catalog', path: lm.arpaPath };
  const catalogSpec: DecoderSpec = {
    hmmDir,
    dictPath: lm.dictPath,
    lms: [{ ...catalog, weight: 1 }],
    domainDictPath: lm.dictPath,
  };
  if (mode === 'catalog') return { spec: catalogSpec, model: `catalog-${lm.hash}` };
  const mixed: DecoderSpec = {
    hmmDir,
    dictPath: lm.mixedDictPath,
    domainDictPath: lm.dictPath,
    lms: [
      { ...catalog, weight: catalogWeight },
      { ...generic, weight: 1 - catalogWeight },
    ],
  };
  if (mode === 'mixed') return { spec: mixed, model: `mixed-${catalogWeight}-${lm.hash}` };
  return {
    spec: { ...mixed, shadow: catalogSpec, dualRule: DEFAULT_DUAL_RULE },
    model: `dual-${catalogWeight}-${lm.hash}`,
  };
}
