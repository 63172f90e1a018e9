/** STT configuration from environment variables (validated at startup). */
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../../config/section.ts';
import { STT_PROVIDER_LIST } from './providers/index.ts';

const sttCommonSchema = z.object({
  STT_PROVIDER: z
    .enum(STT_PROVIDER_LIST.map((p) => p.name))
    .default('pocketsphinx')
    .describe(
      'Which STT provider runs: pocketsphinx (offline), openai (any OpenAI-compatible server), deepgram (streaming), none = typed input only.',
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
