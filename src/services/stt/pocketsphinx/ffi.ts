/**
 * koffi bindings to Debian's pocketsphinx 5prealpha (libpocketsphinx.so.3 + libsphinxbase.so.3).
 * Loaded lazily and only inside decoder worker threads. Uses the argv form of the config parser
 * (`cmd_ln_parse_r`) to avoid varargs.
 *
 * Logging is switched off once per thread with `err_set_logfp(NULL)` and never with `-logfn`:
 * sphinxbase keeps ONE process-wide log FILE*, and every `ps_init` with `-logfn` fopen()s a new one
 * and fclose()s the previous one without a lock. With decoders created in two worker threads (and
 * dual mode creating two per stream) one thread closed the FILE the other was writing an E_INFO
 * line to, or both closed the same one: glibc "free(): unaligned chunk" / "munmap_chunk(): invalid
 * pointer", SIGABRT (README, "Dual mode heap corruption"; decoder-lifecycle.test.ts).
 */
import { existsSync } from 'node:fs';
import koffi from 'koffi';
import { ServiceError } from '../../service-base.ts';

export const APT_PACKAGES = 'pocketsphinx pocketsphinx-en-us libpocketsphinx3 libsphinxbase3';
export const INSTALL_HINT = `sudo apt-get install -y ${APT_PACKAGES}`;

export type Ptr = unknown;

export interface PocketsphinxLib {
  psArgs(): Ptr;
  cmdLnParse(defn: Ptr, argv: string[]): Ptr;
  cmdLnFree(config: Ptr): void;
  psInit(config: Ptr): Ptr;
  psFree(ps: Ptr): void;
  psStartUtt(ps: Ptr): number;
  psProcessRaw(ps: Ptr, pcm: Int16Array, n: number, noSearch: number, fullUtt: number): number;
  psEndUtt(ps: Ptr): number;
  psGetHyp(ps: Ptr, score: number[]): string | null;
  psGetLogmath(ps: Ptr): Ptr;
  /** Log posterior of the best hypothesis; also fills the lattice's word posteriors for ps_seg_prob. */
  psGetProb(ps: Ptr): number;
  psSegIter(ps: Ptr): Ptr;
  /** N-best iterator over the lattice (empty until the first psNbestNext); NULL without a lattice. */
  psNbest(ps: Ptr): Ptr;
  /** Advances; returns NULL (and frees the iterator) after the last hypothesis. */
  psNbestNext(nbest: Ptr): Ptr;
  psNbestHyp(nbest: Ptr, score: number[]): string | null;
  psNbestFree(nbest: Ptr): void;
  psSegNext(seg: Ptr): Ptr;
  psSegWord(seg: Ptr): string | null;
  psSegProb(seg: Ptr, ascr: number[], lscr: number[], lback: number[]): number;
  logmathExp(lmath: Ptr, logp: number): number;
  psSetLm(ps: Ptr, name: string, lm: Ptr): number;
  psSetSearch(ps: Ptr, name: string): number;
  ngramRead(config: Ptr, path: string, type: number, lmath: Ptr): Ptr;
  ngramSetInit(config: Ptr, models: Ptr[], names: string[], weights: number[], n: number): Ptr;
  ngramFree(lm: Ptr): number;
  ngramProb(lm: Ptr, words: string[], n: number): number;
  logmathInit(base: number, shift: number, useTable: number): Ptr;
  logmathRetain(lmath: Ptr): Ptr;
  logmathFree(lmath: Ptr): number;
  /** The decoder's feature computation (feat_t *), owned by the decoder. */
  psGetFeat(ps: Ptr): Ptr;
  /** Copies the live cepstral mean (cepsize floats) of a cmn_t into `vec`. */
  cmnLiveGet(cmn: Ptr, vec: Float32Array): void;
  /** Replaces the live cepstral mean (and restarts its running sum from it). */
  cmnLiveSet(cmn: Ptr, vec: Float32Array): void;
}

function missing(what: string, cause?: unknown): ServiceError {
  return new ServiceError(
    `pocketsphinx is not available (${what}). Install the Debian packages with: ${INSTALL_HINT} — until then the server runs with typed input only.`,
    { kind: 'missing-dependency', provider: 'pocketsphinx', retryable: false, cause },
  );
}

function loadLib(names: string[]): ReturnType<typeof koffi.load> {
  let lastErr: unknown;
  for (const name of names) {
    try {
      return koffi.load(name);
    } catch (err) {
      lastErr = err;
    }
  }
  throw missing(`cannot load ${names[0]}`, lastErr);
}

/**
 * `-logfn` makes every ps_init swap sphinxbase's global log FILE* (fopen new, fclose old) with no
 * lock: heap corruption as soon as two threads create decoders (see the header comment).
 */
export function assertNoLogFile(argv: readonly string[]): void {
  if (argv.includes('-logfn')) {
    throw new ServiceError(
      'pocketsphinx decoders must not get -logfn: it swaps a process-wide log file on every decoder start and corrupts the heap when decoders start in several threads; logging is already off (err_set_logfp(NULL))',
      { kind: 'config', provider: 'pocketsphinx', retryable: false },
    );
  }
}

let cached: PocketsphinxLib | undefined;

export function loadPocketsphinx(): PocketsphinxLib {
  if (cached) return cached;
  const sb = loadLib(['libsphinxbase.so.3', '/usr/lib/x86_64-linux-gnu/libsphinxbase.so.3']);
  const ps = loadLib(['libpocketsphinx.so.3', '/usr/lib/x86_64-linux-gnu/libpocketsphinx.so.3']);
  // Disables sphinxbase logging for the whole process (a static flag; no FILE is opened or closed,
  // so several threads doing this at once is harmless).
  sb.func('void err_set_logfp(void *fp)')(null);
  cached = {
    psArgs: ps.func('void *ps_args()'),
    cmdLnParse: ((f) => (defn: Ptr, argv: string[]) => {
      assertNoLogFile(argv);
      return f(null, defn, argv.length, argv, 1);
    })(sb.func('void *cmd_ln_parse_r(void *inout, void *defn, int argc, const char **argv, int strict)')),
    cmdLnFree: sb.func('int cmd_ln_free_r(void *config)'),
    psInit: ps.func('void *ps_init(void *config)'),
    psFree: ps.func('int ps_free(void *ps)'),
    psStartUtt: ps.func('int ps_start_utt(void *ps)'),
    psProcessRaw: ps.func(
      'int ps_process_raw(void *ps, const int16_t *data, size_t n, int no_search, int full_utt)',
    ),
    psEndUtt: ps.func('int ps_end_utt(void *ps)'),
    psGetHyp: ps.func('const char *ps_get_hyp(void *ps, _Out_ int32_t *score)'),
    psGetLogmath: ps.func('void *ps_get_logmath(void *ps)'),
    psGetProb: ps.func('int ps_get_prob(void *ps)'),
    psSegIter: ps.func('void *ps_seg_iter(void *ps)'),
    psSegNext: ps.func('void *ps_seg_next(void *seg)'),
    // 5prealpha's signature: (ps, start frame, end frame (-1 = end), trigram context words).
    psNbest: (
      (f) => (p: Ptr) =>
        f(p, 0, -1, null, null)
    )(ps.func('void *ps_nbest(void *ps, int sf, int ef, const char *ctx1, const char *ctx2)')),
    psNbestNext: ps.func('void *ps_nbest_next(void *nbest)'),
    psNbestHyp: ps.func('const char *ps_nbest_hyp(void *nbest, _Out_ int32_t *score)'),
    psNbestFree: ps.func('void ps_nbest_free(void *nbest)'),
    psSegWord: ps.func('const char *ps_seg_word(void *seg)'),
    psSegProb: ps.func('int ps_seg_prob(void *seg, _Out_ int *ascr, _Out_ int *lscr, _Out_ int *lback)'),
    logmathExp: sb.func('double logmath_exp(void *lmath, int p)'),
    psSetLm: ps.func('int ps_set_lm(void *ps, const char *name, void *lm)'),
    psSetSearch: ps.func('int ps_set_search(void *ps, const char *name)'),
    ngramRead: sb.func('void *ngram_model_read(void *config, const char *path, int type, void *lmath)'),
    ngramSetInit: sb.func(
      'void *ngram_model_set_init(void *config, void **models, const char **names, const float *weights, int n)',
    ),
    ngramFree: sb.func('int ngram_model_free(void *lm)'),
    ngramProb: sb.func('int ngram_prob(void *lm, const char **words, int n)'),
    logmathInit: sb.func('void *logmath_init(double base, int shift, int use_table)'),
    logmathRetain: sb.func('void *logmath_retain(void *lmath)'),
    logmathFree: sb.func('int logmath_free(void *lmath)'),
    psGetFeat: ps.func('void *ps_get_feat(void *ps)'),
    // mfcc_t is float in Debian's (floating-point) build.
    cmnLiveGet: sb.func('void cmn_live_get(void *cmn, _Out_ float *vec)'),
    cmnLiveSet: sb.func('void cmn_live_set(void *cmn, const float *vec)'),
  } as PocketsphinxLib;
  return cached;
}

/** Checks the acoustic model directory has what the decoder needs. */
export function checkModelDir(modelDir: string): void {
  for (const f of ['en-us/mdef', 'en-us/means', 'cmudict-en-us.dict', 'en-us.lm.bin']) {
    if (!existsSync(`${modelDir}/${f}`)) throw missing(`model file ${modelDir}/${f} not found`);
  }
}
