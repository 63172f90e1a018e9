/** STT configuration from environment variables (validated at startup). */
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../../config/section.ts';
import { providerListSchema } from '../failover-config.ts';
import { STT_PROVIDER_LIST } from './providers/index.ts';

const sttCommonSchema = z.object({
  STT_PROVIDER: providerListSchema(
    STT_PROVIDER_LIST.map((p) => p.name),
    'pocketsphinx',
  ).describe(
    'Which STT provider runs: pocketsphinx (offline), openai (any OpenAI-compatible server), deepgram (streaming), whisper-cpp (a whisper.cpp server), whisperlivekit (streaming WebSocket), none = typed input only. A comma-separated list (deepgram,pocketsphinx) fails over in that order.',
  ),
  STT_ONSET_LEAD_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(400)
    .describe(
      'The STT pre-roll reaches back to the onset the VAD reports plus this lead (ms), at least 400 ms, so a late VAD never clips the first word; a start that lands inside a word moves back to the quiet before it. 0 = a fixed 400 ms pre-roll.',
    ),
  STT_DEBUG_DUMP_DIR: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Debugging: write each utterance exactly as the recognizer got it (16 kHz WAV + JSON with the transcript) to this directory. Contains the shoppers' voices: never in production.",
    ),
});

type Providers = (typeof STT_PROVIDER_LIST)[number];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** STT_PROVIDER plus every provider's variables (a provider reads only its own). */
export const sttEnvSchema = STT_PROVIDER_LIST.reduce<z.ZodObject>(
  (schema, provider) => schema.extend(provider.configSchema.shape),
  sttCommonSchema,
) as z.ZodObject<typeof sttCommonSchema.shape & UnionToIntersection<Providers['configSchema']['shape']>>;

export type SttConfig = z.infer<typeof sttEnvSchema>;

export const sttSection = defineSection({ title: 'Speech-to-text', schema: sttEnvSchema });

/** Parses the STT section of `env`; throws a ConfigError naming each bad variable. */
export function loadSttConfig(env: Env): SttConfig {
  return parseSection(sttSection, env);
}
