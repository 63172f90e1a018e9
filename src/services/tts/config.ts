/**
 * TTS configuration from the environment.
 *
 * Defaults: flite slt for English (natural-sounding, near word-perfect through ASR, BSD
 * licence) and espeak-ng for Spanish (flite has no Spanish voice). Two workers: a sentence
 * takes 10–70 ms of one core, so two serve many sessions, and each costs ~100 MB.
 */
import { z } from 'zod';
import { parseVoice } from './voices.ts';

const voice = z
  .string()
  .trim()
  .min(1)
  .superRefine((value, ctx) => {
    try {
      parseVoice(value);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
    }
  });

export const ttsEnvSchema = z.object({
  TTS_PROVIDER: z
    .string()
    .trim()
    .toLowerCase()
    .default('offline')
    .describe(
      'TTS provider: offline (flite + espeak-ng WASM in workers), cli (Debian flite/espeak-ng binaries), openai, elevenlabs or cartesia (streaming WebSocket)',
    ),
  TTS_VOICE_EN: voice.default('flite:slt').describe('English voice: flite:slt|rms|awb|kal16 or espeak:en-us'),
  TTS_VOICE_ES: voice
    .default('espeak:es')
    .describe('Spanish voice: espeak:es (Spain) or espeak:es-419 (Latin America)'),
  TTS_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(16)
    .default(2)
    .describe('TTS worker threads (~100 MB each)'),
  TTS_SPEED: z.coerce.number().min(0.5).max(2).default(1).describe('Speaking-rate factor (1 = normal)'),
  TTS_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .max(120_000)
    .default(10_000)
    .describe('Longest one sentence may take before its worker is restarted'),
});

export type TtsEnv = z.infer<typeof ttsEnvSchema>;

export interface TtsConfig {
  provider: string;
  voiceEn: string;
  voiceEs: string;
  workers: number;
  speed: number;
  timeoutMs: number;
}

export class TtsConfigError extends Error {
  override readonly name = 'TtsConfigError';
}

/** Parses the TTS_* variables; throws a TtsConfigError naming every bad variable. */
export function loadTtsConfig(env: Record<string, string | undefined> = process.env): TtsConfig {
  const parsed = ttsEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new TtsConfigError(`Invalid TTS configuration: ${issues}`);
  }
  const e = parsed.data;
  return {
    provider: e.TTS_PROVIDER,
    voiceEn: e.TTS_VOICE_EN,
    voiceEs: e.TTS_VOICE_ES,
    workers: e.TTS_WORKERS,
    speed: e.TTS_SPEED,
    timeoutMs: e.TTS_TIMEOUT_MS,
  };
}
