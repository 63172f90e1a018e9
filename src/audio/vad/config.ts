/**
 * VAD configuration from the environment.
 *
 * Defaults, and why (measurements in shared/notes/offline-speech.md §3, re-measured by
 * vad.bench.ts / silero.test.ts on flite and espeak-ng voices):
 * - confidence 0.6: Silero v5 with context peaks at 0.04–0.07 on white/brown noise (−40 to
 *   −20 dBFS) and 0.35 in the notes' noise/beep file; speech windows sit at 0.9–1.0. On 40
 *   synthetic utterances (5 voices, 25 dB SNR) start/end errors were: 0.5 → max 176/82 ms,
 *   0.6 → 176/80 ms, 0.7 → 208/112 ms (mean 36–43 ms). 0.6 keeps the accuracy of 0.5 with
 *   more margin against real-world noise; Pipecat uses 0.7. Steady 150–250 Hz tones reach
 *   0.78, which is why the tone gate exists (tonality.ts) rather than a higher threshold.
 * - stopConfidence = confidence − 0.15 (Silero's own neg_threshold rule): hysteresis so
 *   short dips inside words (seen down to 0.6) do not start the stop timer.
 * - startSecs 0.2 and stopSecs 0.2: Pipecat's current defaults (stop was 0.8 s before 2026-02
 *   and caused 2–5 s turn gaps). End of turn is decided by the turn strategy on top, so the
 *   VAD hangover only has to bridge gaps between words.
 * - minVolume 0.6 on Pipecat's scale ≈ −50 dBFS RMS: ignores faint background speech.
 */
import { z } from 'zod';

export interface VadParams {
  /** Speech probability needed to count a window as speech (QUIET/STARTING). */
  confidence: number;
  /** Probability below which a window counts as silence while speaking. */
  stopConfidence: number;
  /** Continuous speech needed before "started speaking". */
  startSecs: number;
  /** Continuous silence needed before "stopped speaking". */
  stopSecs: number;
  /** Smoothed volume gate, 0–1 (≈ (dBFS + 110) / 100). */
  minVolume: number;
  /** Pure-tone windows cannot start speech (beeps, hums, dial tones). */
  rejectTones: boolean;
}

const unit = z.coerce.number().min(0).max(1);
const secs = z.coerce.number().min(0).max(10);

export const vadEnvSchema = z.object({
  VAD_CONFIDENCE: unit.default(0.6).describe('Silero speech probability that counts as speech (0–1)'),
  VAD_STOP_CONFIDENCE: unit
    .optional()
    .describe('Probability below which speech counts as ended (default VAD_CONFIDENCE − 0.15)'),
  VAD_START_SECS: secs.default(0.2).describe('Seconds of speech before user-started-speaking'),
  VAD_STOP_SECS: secs.default(0.2).describe('Seconds of silence before user-stopped-speaking'),
  VAD_MIN_VOLUME: unit.default(0.6).describe('Smoothed volume gate on Pipecat’s 0–1 scale (0.6 ≈ −50 dBFS)'),
  VAD_REJECT_TONES: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1')
    .describe('Ignore pure tones (150–250 Hz tones fool Silero for ~200 ms)'),
  VAD_MODEL_PATH: z
    .string()
    .min(1)
    .optional()
    .describe('Alternative Silero v5 ONNX file (needs VAD_MODEL_SHA256)'),
  VAD_MODEL_SHA256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .optional()
    .describe('sha256 of VAD_MODEL_PATH'),
});

export type VadEnv = z.infer<typeof vadEnvSchema>;

export const DEFAULT_VAD_PARAMS: Readonly<VadParams> = paramsFromEnv({});

export function paramsFromEnv(env: Record<string, string | undefined>): VadParams {
  return paramsFromConfig(vadEnvSchema.parse(env));
}

export function paramsFromConfig(e: VadEnv): VadParams {
  return {
    confidence: e.VAD_CONFIDENCE,
    stopConfidence:
      e.VAD_STOP_CONFIDENCE ?? Math.max(0.01, Math.round((e.VAD_CONFIDENCE - 0.15) * 1000) / 1000),
    startSecs: e.VAD_START_SECS,
    stopSecs: e.VAD_STOP_SECS,
    minVolume: e.VAD_MIN_VOLUME,
    rejectTones: e.VAD_REJECT_TONES,
  };
}

/** Model file override, validated as a pair so an unpinned model can never load. */
export function modelFromEnv(env: Record<string, string | undefined>): {
  modelPath?: string;
  sha256?: string;
} {
  return modelFromConfig(vadEnvSchema.parse(env));
}

export function modelFromConfig(e: VadEnv): { modelPath?: string; sha256?: string } {
  if (e.VAD_MODEL_PATH && !e.VAD_MODEL_SHA256) {
    throw new Error('VAD_MODEL_PATH is set without VAD_MODEL_SHA256: pin the model hash too');
  }
  return e.VAD_MODEL_PATH ? { modelPath: e.VAD_MODEL_PATH, sha256: e.VAD_MODEL_SHA256! } : {};
}
