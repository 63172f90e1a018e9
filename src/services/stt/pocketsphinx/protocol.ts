/** Messages between the decoder pool (main thread) and decoder workers. */

/** What a decoder is built from. Streams with equal specs share one LM set inside a worker. */
export interface DecoderSpec {
  /** Acoustic model directory (…/en-us/en-us). */
  hmmDir: string;
  dictPath: string;
  /** One model = plain LM; several = linear interpolation via ngram_model_set_init. */
  lms: { name: string; path: string; weight: number }[];
  /** Extra decoder flags, e.g. ['-beam', '1e-48']. */
  extraArgs?: string[];
}

export type ToWorker =
  | { op: 'open'; streamId: number; spec: DecoderSpec; cancel: SharedArrayBuffer }
  | { op: 'audio'; streamId: number; utt: number; pcm: Int16Array }
  | { op: 'finalize'; streamId: number; utt: number }
  | { op: 'close'; streamId: number }
  /** Answered with `synced` once everything queued before it is decoded (benchmarks, tests). */
  | { op: 'sync'; streamId: number; seq: number }
  /** Test hook: makes the worker die as a native crash would. */
  | { op: 'crash' };

export type FromWorker =
  | { op: 'ready' }
  | { op: 'opened'; streamId: number; initMs: number; reused: boolean }
  | { op: 'synced'; streamId: number; seq: number }
  | { op: 'partial'; streamId: number; utt: number; text: string }
  | {
      op: 'final';
      streamId: number;
      utt: number;
      text: string;
      score: number;
      audioMs: number;
      decodeMs: number;
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
