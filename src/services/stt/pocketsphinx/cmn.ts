/**
 * The decoder's live cepstral mean (CMN), read and reset per session.
 *
 * Why: in streaming mode sphinxbase turns `-cmn batch` into live CMN, whose mean starts at
 * `-cmninit` and is updated at the end of every utterance, for the decoder's whole life. A decoder
 * reused from the idle list therefore starts a new session with the previous session's mean, and a
 * phone call (no energy above 3.6 kHz: its mean cepstrum is far from wideband speech's, c1 ≈ +30
 * vs −5) was decoded with a wideband mean until two or three utterances had pulled it over
 * (README, "Phone calls"). Reset per session, every session starts from its spec's own init.
 *
 * 5prealpha has no public accessor for the decoder's cmn_t: it is a field of feat_t (ps_get_feat).
 * The layout is checked against values the model fixes (13 cepstra, cmn type batch or live) before
 * anything is written; a library whose layout differs gets an error, not a silent write.
 */
import koffi from 'koffi';
import type { PocketsphinxLib, Ptr } from './ffi.ts';

/** feat_t (sphinxbase 0.8+5prealpha, x86-64/aarch64 LP64): offsets of the fields read here. */
const FEAT_CEPSIZE = 16;
const FEAT_CMN_TYPE = 68;
const FEAT_CMN_STRUCT = 88;
/** cmn_t: three pointers, then nframe and veclen. */
const CMN_VECLEN = 28;
/** cmn_type_t: CMN_BATCH, CMN_LIVE (batch becomes live once audio is streamed). */
const CMN_TYPES = new Set([1, 2]);

export class CmnLayoutError extends Error {
  override readonly name = 'CmnLayoutError';
}

/** The decoder's cmn_t, after checking the struct layout matches this library. */
export function decoderCmn(lib: PocketsphinxLib, ps: Ptr): { cmn: Ptr; size: number } {
  const feat = lib.psGetFeat(ps);
  if (!feat) throw new CmnLayoutError('ps_get_feat returned NULL');
  const cepsize = koffi.decode(feat, FEAT_CEPSIZE, 'int32') as number;
  const type = koffi.decode(feat, FEAT_CMN_TYPE, 'int32') as number;
  const cmn = koffi.decode(feat, FEAT_CMN_STRUCT, 'void *') as Ptr;
  const veclen = cmn ? (koffi.decode(cmn, CMN_VECLEN, 'int32') as number) : -1;
  if (cepsize !== 13 || !CMN_TYPES.has(type) || veclen !== cepsize)
    throw new CmnLayoutError(
      `unexpected sphinxbase feat_t layout (cepsize ${cepsize}, cmn type ${type}, cmn veclen ${veclen}): cannot reset the decoder's cepstral mean`,
    );
  return { cmn, size: cepsize };
}

/** The live cepstral mean the decoder will normalise the next utterance with. */
export function readCmn(lib: PocketsphinxLib, ps: Ptr): Float32Array {
  const { cmn, size } = decoderCmn(lib, ps);
  const vec = new Float32Array(size);
  lib.cmnLiveGet(cmn, vec);
  return vec;
}

/** Sets the live cepstral mean (between utterances only). */
export function writeCmn(lib: PocketsphinxLib, ps: Ptr, mean: Float32Array): void {
  const { cmn, size } = decoderCmn(lib, ps);
  if (mean.length !== size)
    throw new CmnLayoutError(`cepstral mean has ${mean.length} values, decoder ${size}`);
  lib.cmnLiveSet(cmn, mean);
}
