/**
 * TTS configuration from the environment.
 *
 * Defaults: flite slt for English (natural-sounding, near word-perfect through ASR, BSD
 * licence) and espeak-ng for Spanish (flite has no Spanish voice). Two workers: a sentence
 * takes 10–70 ms of one core, so two serve many sessions, and each costs ~100 MB.
 */
import { z } from 'zod';
import { ConfigError, defineSection, type Env, parseSection } from '../../config/section.ts';
import { providerListSchema, splitProviders } from '../failover-config.ts';
import type { TtsConfig } from './provider.ts';
import { TTS_PROVIDER_LIST } from './providers/index.ts';
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
  TTS_PROVIDER: providerListSchema(
    TTS_PROVIDER_LIST.map((p) => p.name),
    'offline',
  ).describe(
    "TTS provider: offline (flite + espeak-ng WASM in workers), cli (Debian flite/espeak-ng binaries), openai (any OpenAI-compatible server), elevenlabs or cartesia (streaming WebSocket), piper (Piper HTTP server), chatterbox (Chatterbox TTS Server /tts), polly (Amazon Polly). A comma-separated list (elevenlabs,offline) fails over in that order; the voices are the first one's.",
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

export type { TtsConfig } from './provider.ts';

export class TtsConfigError extends Error {
  override readonly name = 'TtsConfigError';
}

export const ttsSection = defineSection({
  title: 'Text-to-speech',
  // Loose: the chosen provider's own variables are parsed from the same environment.
  schema: ttsEnvSchema.loose().transform((e, ctx): TtsConfig => {
    const chosen = splitProviders(e.TTS_PROVIDER).map((name) => {
      const provider = TTS_PROVIDER_LIST.find((p) => p.name === name)!;
      const options = provider.configSchema.safeParse(e);
      if (!options.success)
        for (const issue of options.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
      return { provider: provider.name, options: options.success ? options.data : {} };
    });
    const [first, ...fallbacks] = chosen;
    return {
      provider: first?.provider ?? 'offline',
      voiceEn: e.TTS_VOICE_EN,
      voiceEs: e.TTS_VOICE_ES,
      workers: e.TTS_WORKERS,
      speed: e.TTS_SPEED,
      timeoutMs: e.TTS_TIMEOUT_MS,
      options: first?.options ?? {},
      ...(fallbacks.length > 0 ? { fallbacks } : {}),
    };
  }),
  variants: TTS_PROVIDER_LIST.map((p) => ({ title: `TTS_PROVIDER=${p.name}`, schema: p.configSchema })),
});

/** Parses the TTS_* variables; throws a TtsConfigError naming every bad variable. */
export function loadTtsConfig(env: Env): TtsConfig {
  try {
    return parseSection(ttsSection, env);
  } catch (err) {
    if (err instanceof ConfigError)
      throw new TtsConfigError(`Invalid TTS configuration: ${err.problems.join('; ')}`);
    throw err;
  }
}
