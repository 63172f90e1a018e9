/**
 * The shapes Silero v5 works in (window and context per sample rate, the RNN state's size),
 * what one sequence of windows returns, and the error an inference fails with: shared by the
 * engine, its batches and the per-stream view.
 */

export class VadInferenceError extends Error {
  override readonly name = 'VadInferenceError';
}

export type SileroSampleRate = 8000 | 16000;

/** Window and context sizes Silero v5 was trained with. */
export const SILERO_WINDOW: Record<SileroSampleRate, { window: number; context: number }> = {
  16000: { window: 512, context: 64 },
  8000: { window: 256, context: 32 },
};

/** One stream's RNN state, [2, 1, 128]: h then c. */
export const STATE_SIZE = 2 * 128;

/** Speech probability of each window of a sequence, and the stream's state after the last. */
export interface SequenceResult {
  probs: Float32Array;
  state: Float32Array;
}
