/** Messages between the decoder pool (main thread) and decoder workers. */
import type { SttAlternative } from '../types.ts';
import type { DualRule } from './combine.ts';

/** What a decoder is built from. Streams with equal specs share one LM set inside a worker. */
export interface DecoderSpec {
  /** Acoustic model directory (…/en-us/en-us). */
  hmmDir: string;
  dictPath: string;
  /** One model = plain LM; several = linear interpolation via ngram_model_set_init. */
  lms: { name: string; path: string; weight: number }[];
  /** Extra decoder flags, e.g. ['-beam', '1e-48']. */
  extraArgs?: string[];
  /**
   * Dictionary of the catalog LM's words. A final transcript that uses any other word (one only
   * the generic LM knows) is marked `inDomain: false`: the speech was probably not shopping.
   */
  domainDictPath?: string;
  /**
   * Dual mode: a catalog-only decoder fed the same audio. Its transcript is reported unless this
   * (mixed) decoder clearly heard other speech, as `dualRule` defines it (see combine.ts).
   */
  shadow?: DecoderSpec;
  dualRule?: DualRule;
  /** N-best readings reported with each final transcript (0 = none). */
  nbest?: number;
  /**
   * Front-end frequency warps (`-warp_params`, inverse linear) also decoded on every utterance, by
   * extra decoders sharing this one's LM: the reading with the best path score is reported. A
   * speaker whose formants sit higher than the acoustic model's is read better at a warp > 1.
   */
  warpCandidates?: number[];
  /**
   * With warp candidates: decode them only on a session's first `trialUtterances` utterances (each
   * still reports its best-scoring warp), then keep the warp with the best summed path score over
   * those for the rest of the session and feed only that decoder. A speaker's vocal tract does not
   * change between turns; trying every warp on every turn cost +40 % decoding CPU per candidate.
   * Absent: every warp on every utterance.
   */
  sessionWarp?: { trialUtterances: number };
  /**
   * Acoustic adaptation chosen per session: a twin decoder whose model means carry this MLLR
   * transform (`-mllr`) is fed the session's first `trialUtterances` utterances with this one; the
   * session then keeps the model whose readings had the better summed path score
   * (session-adaptation.ts). Exclusive with warpCandidates.
   */
  adaptation?: { mllrPath: string; trialUtterances: number };
  /**
   * The cepstral mean live CMN starts from (13 values), instead of the model's `-cmninit`: phone
   * sessions (specs.ts `phoneSpec`). Set on the decoder after ps_init, because the model's
   * feat.params overrides a `-cmninit` flag (measured: the flag was ignored).
   */
  cmnInit?: number[];
}

export type ToWorker =
  | { op: 'open'; streamId: number; spec: DecoderSpec; cancel: SharedArrayBuffer }
  | { op: 'audio'; streamId: number; utt: number; pcm: Int16Array }
  | { op: 'finalize'; streamId: number; utt: number }
  /** Answered with a `settled` partial of everything decoded so far (the user stopped speaking). */
  | { op: 'hyp'; streamId: number; utt: number }
  | { op: 'close'; streamId: number }
  /** Answered with `synced` once everything queued before it is decoded (benchmarks, tests). */
  | { op: 'sync'; streamId: number; seq: number }
  /** Test hook: makes the worker die as a native crash would. */
  | { op: 'crash' };

export type FromWorker =
  | { op: 'ready' }
  | { op: 'opened'; streamId: number; initMs: number; reused: boolean }
  | { op: 'synced'; streamId: number; seq: number }
  /** settled: asked for with `hyp`, it covers all audio posted before the request. */
  | { op: 'partial'; streamId: number; utt: number; text: string; settled?: boolean }
  /**
   * The worker is still decoding this utterance (sent about once per second of decoded audio
   * when no partial was sent): a finalize waiting behind a backlog is late, not lost.
   */
  | { op: 'progress'; streamId: number; utt: number }
  | {
      op: 'final';
      streamId: number;
      utt: number;
      text: string;
      score: number;
      /** Lowest word posterior of the hypothesis (0..1); undefined for an empty one. */
      confidence?: number;
      inDomain?: boolean;
      alternatives?: SttAlternative[];
      audioMs: number;
      decodeMs: number;
      /** CPU time the worker thread spent on the finalize itself (load-independent latency). */
      finalCpuMs: number;
      /** CPU time of the utterance's last audio chunk. */
      lastChunkCpuMs: number;
      /** Front-end warp of the reported reading (1 = unwarped; tests, benchmarks). */
      warp: number;
      /** Whether the reported reading came from the adapted acoustic model (tests, benchmarks). */
      adapted: boolean;
      /** Decoders that decoded the utterance (the main one, its shadow, warped twins). */
      decoders: number;
    }
  | {
      op: 'error';
      streamId: number;
      utt?: number;
      message: string;
      kind: 'engine' | 'missing-dependency' | 'config';
    };

/** Slot 0 of the stream's shared Int32Array: utterances with a number ≤ this are cancelled. */
export const CANCEL_SLOT = 0;
