/**
 * The `default` profile, built from configuration so a fresh install behaves as it always has:
 * the shop's name (SHOP_NAME), the built-in persona, the configured voices and language model.
 * Until the owner saves a version of it, this is the profile every session without `agent` runs.
 */
import type { SafetySettings } from '../safety/settings.ts';
import type { AgentsConfig } from './config.ts';
import { shopGreeting, shopInstructions } from './persona.ts';
import { DEFAULT_PROFILE_ID, type ProfileSpec, profileSpecSchema } from './schema.ts';

/** What the default profile is made of, as plain values the composition root reads from its config. */
export interface DefaultProfileInput {
  shopName: string;
  agents: AgentsConfig;
  tts: { provider: string; voiceEn: string; voiceEs: string };
  llm: { provider: string; model: string; temperature: number };
  /** The guard's settings from configuration (SAFETY_*). */
  safety?: SafetySettings;
}

export function defaultProfileSpec(input: DefaultProfileInput): ProfileSpec {
  const greeting = shopGreeting(input.shopName);
  return profileSpecSchema.parse({
    name: input.shopName,
    brand: input.shopName,
    languages: ['en', 'es'],
    instructions: shopInstructions(input.shopName),
    greeting: {
      enabled: input.agents.AGENT_GREETING,
      text: {
        en: input.agents.AGENT_GREETING_EN ?? greeting.en,
        es: input.agents.AGENT_GREETING_ES ?? greeting.es,
      },
      skipTransports: input.agents.AGENT_GREETING_SKIP_TRANSPORTS,
    },
    voice: { provider: input.tts.provider, en: input.tts.voiceEn, es: input.tts.voiceEs },
    llm: {
      provider: input.llm.provider,
      ...(input.llm.model ? { model: input.llm.model } : {}),
      temperature: input.llm.temperature,
    },
    knowledgeBase: DEFAULT_PROFILE_ID,
    ...(input.safety ? { safety: input.safety } : {}),
    overridable: { voice: false, language: true, system_prompt: false },
  });
}
