/**
 * Speech-to-speech configuration. REALTIME_PROVIDER unset keeps the cascade (STT → LLM → TTS);
 * set, every session talks to that provider's speech-to-speech model instead, behind the same
 * transports, RTVI events, shop tools and recording. An agent profile can choose it too, with
 * the model `realtime:openai` or `realtime:gemini` (see `realtimeChoice`).
 */
import { z } from 'zod';
import { defineSection } from '../../config/section.ts';
import { optionalText } from '../llm/provider.ts';
import { REALTIME_PROVIDER_LIST } from './providers/index.ts';
import { OPENAI_DEFAULT_URL } from './providers/openai.ts';
import type { NoiseReduction, RealtimeService, TurnDetectionMode } from './types.ts';

export type RealtimeProviderName = (typeof REALTIME_PROVIDER_LIST)[number]['name'];
export const REALTIME_PROVIDERS = REALTIME_PROVIDER_LIST.map((p) => p.name) as [
  RealtimeProviderName,
  ...RealtimeProviderName[],
];

const commonSchema = z.object({
  REALTIME_PROVIDER: z
    .enum(REALTIME_PROVIDERS)
    .optional()
    .describe(
      'Speech-to-speech model for every session (openai, gemini); unset: the STT → LLM → TTS cascade',
    ),
  REALTIME_API_KEY: optionalText.describe('Key of the speech-to-speech provider'),
  REALTIME_VOICE: optionalText.describe(
    "The provider's voice (alloy, marin… / Puck, Kore…); default: the provider's",
  ),
  REALTIME_TURN_DETECTION: z
    .enum(['server', 'local'])
    .default('server')
    .describe("server: the provider's VAD ends turns and cuts replies; local: ours (Silero) does"),
  REALTIME_NOISE_REDUCTION: z
    .enum(['near_field', 'far_field', 'off'])
    .default('near_field')
    .describe('Input noise reduction (OpenAI): near_field for headsets and phones, far_field for laptops'),
  REALTIME_TEMPERATURE: z.coerce
    .number()
    .min(0)
    .max(2)
    .optional()
    .describe(
      "Sampling temperature; default: the agent profile's, else the provider's (OpenAI: beta interface only)",
    ),
  REALTIME_MAX_OUTPUT_TOKENS: z.coerce
    .number()
    .int()
    .min(16)
    .max(32_000)
    .optional()
    .describe('Output token cap per reply; default: unlimited'),
  REALTIME_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(10_000)
    .describe('Longest wait for a session to be set up'),
  REALTIME_RECONNECTS: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .default(2)
    .describe('Reconnect attempts after a connection is cut mid-session (the conversation is replayed)'),
});

const envSchema = REALTIME_PROVIDER_LIST.reduce<z.ZodObject>(
  (schema, provider) => schema.extend(provider.configSchema.shape),
  commonSchema,
) as typeof commonSchema;

export interface RealtimeConfig {
  provider: RealtimeProviderName | undefined;
  voice: string | undefined;
  turnDetection: TurnDetectionMode;
  noiseReduction: NoiseReduction;
  temperature: number | undefined;
  maxOutputTokens: number | undefined;
  reconnects: number;
  /** Every provider's parsed variables, for `createRealtimeService`. */
  env: Readonly<Record<string, unknown>>;
}

export const realtimeSection = defineSection({
  title: 'Speech-to-speech',
  schema: envSchema.transform((e, ctx): RealtimeConfig => {
    if (e.REALTIME_PROVIDER && !e.REALTIME_API_KEY && usesDefaultEndpoint(e))
      ctx.addIssue({
        code: 'custom',
        path: ['REALTIME_API_KEY'],
        message: `REALTIME_PROVIDER=${e.REALTIME_PROVIDER} needs REALTIME_API_KEY`,
      });
    return {
      provider: e.REALTIME_PROVIDER,
      voice: e.REALTIME_VOICE,
      turnDetection: e.REALTIME_TURN_DETECTION,
      noiseReduction: e.REALTIME_NOISE_REDUCTION,
      temperature: e.REALTIME_TEMPERATURE,
      maxOutputTokens: e.REALTIME_MAX_OUTPUT_TOKENS,
      reconnects: e.REALTIME_RECONNECTS,
      env: e,
    };
  }),
});

/** A stand-in or proxy may not need a key; the provider's own endpoint does. */
function usesDefaultEndpoint(e: Record<string, unknown>): boolean {
  return e.REALTIME_PROVIDER === 'openai'
    ? e.OPENAI_REALTIME_URL === OPENAI_DEFAULT_URL
    : e.GEMINI_LIVE_BASE_URL === undefined;
}

/**
 * Which speech-to-speech provider a session uses: the profile's model `realtime:<provider>`
 * wins, else REALTIME_PROVIDER; undefined means the cascade.
 */
export function realtimeChoice(
  profileModel: string | undefined,
  config: RealtimeConfig,
): RealtimeProviderName | undefined {
  const m = /^realtime:(\w+)$/.exec(profileModel ?? '');
  const named = m ? REALTIME_PROVIDERS.find((p) => p === m[1]) : undefined;
  return named ?? config.provider;
}

/** Builds the service of one provider from the parsed variables. */
export function createRealtimeService(name: RealtimeProviderName, config: RealtimeConfig): RealtimeService {
  const provider = REALTIME_PROVIDER_LIST.find((p) => p.name === name)!;
  return (provider.create as (c: unknown) => RealtimeService)(config.env);
}

export function defaultVoice(name: RealtimeProviderName): string {
  return REALTIME_PROVIDER_LIST.find((p) => p.name === name)!.defaultVoice;
}
