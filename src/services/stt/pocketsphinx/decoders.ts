/**
 * Decoder lifecycle inside a decoder worker: creating pocketsphinx decoders (with their warped
 * twins and catalog shadow), sharing one loaded LM set between decoders of the same spec (the
 * mixed LM is the expensive part), and keeping a few idle decoders so the next stream starts warm.
 */
import { threadId } from 'node:worker_threads';
import { readCmn, writeCmn } from './cmn.ts';
import type { PocketsphinxLib, Ptr } from './ffi.ts';
import type { DecoderSpec } from './protocol.ts';

interface SharedLm {
  set: Ptr;
  /**
   * The log-math table the set scores with. sphinxbase's ngram models keep the pointer they were
   * read with without retaining it, and each decoder frees its own table in ps_free: reading the
   * set with the first decoder's table and freeing that decoder while another decodes was a
   * use-after-free (SIGSEGV in logmath_add under ngram_tg_score, seen when many sessions ended at
   * once). The set holds its own reference until it is freed.
   */
  lmath: Ptr;
  refs: number;
}

export interface Decoder {
  key: string;
  spec: DecoderSpec;
  ps: Ptr;
  config: Ptr;
  /** Front-end warp this decoder was created with (1 = none). */
  warp: number;
  /** Whether its acoustic model's means carry the MLLR transform (`-mllr`, acoustic adaptation). */
  adapted: boolean;
  /**
   * The cepstral mean it started with (`-cmninit`): what a reused decoder is reset to when a new
   * session takes it, so no session starts from the previous one's mean (cmn.ts).
   */
  cmnInit: Float32Array;
  /** The catalog-only decoder fed the same audio (dual mode). */
  shadow?: Decoder;
  /**
   * The same decoder at other front-end warps (spec.warpCandidates) or with the adapted acoustic
   * model (spec.adaptation); the best-scoring one reports until the session has chosen.
   */
  twins?: Decoder[];
}

/** Decoders are shared (LM sets) and reused (idle list) only between equal specs. */
export function specKey(spec: DecoderSpec): string {
  return JSON.stringify(spec);
}

/**
 * What an LM set depends on: the dictionary and the models. Phone and wideband decoders of the same
 * catalog differ only acoustically (CMN init, MLLR transform), so they share one set.
 */
export function lmKey(spec: DecoderSpec): string {
  return JSON.stringify({ dict: spec.dictPath, lms: spec.lms });
}

/** The LM keys of a decoder group (main search and shadow). */
const lmKeysOf = (spec: DecoderSpec): string[] => [lmKey(spec), ...(spec.shadow ? [lmKey(spec.shadow)] : [])];

/** The decoder and its twins, in the order they are fed. */
export const allOf = (d: Decoder | undefined): Decoder[] => (d ? [d, ...(d.twins ?? [])] : []);

/** Warp flags that replace any the spec's extra arguments carry. */
function warpArgs(extra: readonly string[], warp: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < extra.length; i++) {
    if (extra[i] === '-warp_type' || extra[i] === '-warp_params') i++;
    else out.push(extra[i] as string);
  }
  return warp === 1 ? out : [...out, '-warp_type', 'inverse_linear', '-warp_params', String(warp)];
}

let warpSerial = 0;

/**
 * The `-warp_params` value spelt differently on every decoder creation ("1.2", "1.20", "1.200"…).
 * sphinxbase keeps the inverse-linear warp in process-wide statics and, when it is given the same
 * parameter string as the previous call, returns early after marking the warp neutral: the second
 * decoder created with "1.2" (another stream, a warped twin, the other worker thread) got no warp
 * at all (seen: twin readings identical to the unwarped decoder's). The filter bank is built from
 * the statics at ps_init, so a distinct string per creation gives every decoder its own warp.
 */
function distinctWarpArgs(args: readonly string[]): string[] {
  const i = args.indexOf('-warp_params');
  const value = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  if (!Number.isFinite(value)) return [...args];
  const zeros = (threadId % 8) * 24 + (warpSerial++ % 24);
  const out = [...args];
  out[i + 1] = `${value.toFixed(2)}${'0'.repeat(zeros)}`;
  return out;
}

/**
 * Creates and frees decoders of one worker thread and keeps the idle ones. Every call is a
 * synchronous C call; the worker thread exists so that this blocks only itself.
 */
export class DecoderStore {
  readonly #lib: PocketsphinxLib;
  readonly #maxIdle: number;
  readonly #lmSets = new Map<string, SharedLm>();
  readonly #idle: Decoder[] = [];

  constructor(lib: PocketsphinxLib, maxIdleDecoders: number) {
    this.#lib = lib;
    this.#maxIdle = maxIdleDecoders;
  }

  /** A warm idle decoder for the spec when there is one, else a new one. */
  acquire(spec: DecoderSpec): { decoder: Decoder; reused: boolean } {
    const key = specKey(spec);
    const idx = this.#idle.findIndex((d) => d.key === key);
    const reused = idx >= 0;
    if (!reused) {
      // A new LM means the catalog was rebuilt: warm decoders for older LMs are dead weight. Other
      // specs on the same LM (phone sessions next to wideband ones) stay warm.
      const current = lmKeysOf(spec).join('\n');
      for (const d of this.#idle.splice(0)) {
        if (lmKeysOf(d.spec).join('\n') === current) this.#idle.push(d);
        else this.#free(d);
      }
    }
    const decoder = reused ? this.#idle.splice(idx, 1)[0] : this.#create(spec, key);
    if (!decoder) throw new Error('unreachable');
    if (reused) this.#resetCmn(decoder);
    return { decoder, reused };
  }

  /** Back to the idle list (its utterance already ended); the oldest idle ones beyond the cap are freed. */
  release(decoder: Decoder): void {
    this.#idle.push(decoder);
    while (this.#idle.length > this.#maxIdle) {
      const old = this.#idle.shift();
      if (old) this.#free(old);
    }
  }

  #create(spec: DecoderSpec, key: string): Decoder {
    const decoder = this.#createWithWarps(spec, key);
    if (!spec.shadow) return decoder;
    try {
      decoder.shadow = this.#createWithWarps(spec.shadow, specKey(spec.shadow));
    } catch (err) {
      this.#freeWithWarps(decoder);
      throw err;
    }
    return decoder;
  }

  /** A new session (speaker, line) starts from the init mean, as a new decoder would. */
  #resetCmn(d: Decoder): void {
    for (const x of [...allOf(d), ...allOf(d.shadow)]) writeCmn(this.#lib, x.ps, x.cmnInit);
  }

  #free(d: Decoder): void {
    if (d.shadow) this.#freeWithWarps(d.shadow);
    this.#freeWithWarps(d);
  }

  #createWithWarps(spec: DecoderSpec, key: string): Decoder {
    const decoder = this.#createSingle(spec, key);
    const twins: Decoder[] = [];
    try {
      for (const w of spec.warpCandidates ?? [])
        twins.push(this.#createSingle(spec, key, warpArgs(spec.extraArgs ?? [], w)));
      if (spec.adaptation)
        twins.push(
          this.#createSingle(spec, key, [...(spec.extraArgs ?? []), '-mllr', spec.adaptation.mllrPath]),
        );
    } catch (err) {
      for (const x of twins) this.#freeSingle(x);
      this.#freeSingle(decoder);
      throw err;
    }
    if (twins.length > 0) decoder.twins = twins;
    return decoder;
  }

  #freeWithWarps(d: Decoder): void {
    for (const x of d.twins ?? []) this.#freeSingle(x);
    this.#freeSingle(d);
  }

  #createSingle(spec: DecoderSpec, key: string, args: readonly string[] = spec.extraArgs ?? []): Decoder {
    const lib = this.#lib;
    const argv = ['-hmm', spec.hmmDir, '-dict', spec.dictPath, ...distinctWarpArgs(args)];
    const config = lib.cmdLnParse(lib.psArgs(), argv);
    if (!config) throw new Error(`invalid decoder arguments: ${argv.join(' ')}`);
    const ps = lib.psInit(config);
    if (!ps) {
      lib.cmdLnFree(config);
      const mllr = args.indexOf('-mllr');
      throw new Error(
        `pocketsphinx failed to initialise with ${spec.hmmDir} and ${spec.dictPath}${mllr >= 0 ? ` and the MLLR transform ${args[mllr + 1]} (regenerate it with node scripts/stt-adapt.ts)` : ''}`,
      );
    }
    const lms = lmKey(spec);
    let shared = this.#lmSets.get(lms);
    if (!shared) {
      const models: Ptr[] = [];
      const lmath = lib.logmathRetain(lib.psGetLogmath(ps));
      for (const lm of spec.lms) {
        const m = lib.ngramRead(config, lm.path, 0, lmath);
        if (!m) {
          for (const loaded of models) lib.ngramFree(loaded);
          lib.logmathFree(lmath);
          lib.psFree(ps);
          lib.cmdLnFree(config);
          throw new Error(`cannot read language model ${lm.path}`);
        }
        models.push(m);
      }
      const set = lib.ngramSetInit(
        config,
        models,
        spec.lms.map((l) => l.name),
        spec.lms.map((l) => l.weight),
        models.length,
      );
      // The set retains the models; drop our references so freeing the set frees everything.
      for (const m of models) lib.ngramFree(m);
      shared = { set, lmath, refs: 0 };
      this.#lmSets.set(lms, shared);
    }
    // ps_set_lm retains the set; every decoder maps the same dictionary, so sharing is safe
    // (the set's word map is rewritten identically and calls never overlap in this thread).
    if (lib.psSetLm(ps, 'lm', shared.set) < 0 || lib.psSetSearch(ps, 'lm') < 0) {
      lib.psFree(ps);
      lib.cmdLnFree(config);
      throw new Error('pocketsphinx rejected the language model');
    }
    shared.refs++;
    if (spec.cmnInit) writeCmn(lib, ps, Float32Array.from(spec.cmnInit));
    const w = args.indexOf('-warp_params');
    return {
      key,
      spec,
      ps,
      config,
      warp: w >= 0 ? Number(args[w + 1]) : 1,
      adapted: args.includes('-mllr'),
      cmnInit: readCmn(lib, ps),
    };
  }

  #freeSingle(d: Decoder): void {
    const lib = this.#lib;
    lib.psFree(d.ps);
    lib.cmdLnFree(d.config);
    const lms = lmKey(d.spec);
    const shared = this.#lmSets.get(lms);
    if (shared && --shared.refs === 0) {
      lib.ngramFree(shared.set);
      lib.logmathFree(shared.lmath);
      this.#lmSets.delete(lms);
    }
  }
}
