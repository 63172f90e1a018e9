/**
 * Env configuration of the safety guard: the default profile's safety settings and the optional
 * moderation provider. Profiles stored in the database carry their own settings; these apply to
 * the default profile built from configuration.
 */
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../../config/section.ts';
import { DEFAULT_REDIRECT, SAFETY_LEVELS, SafetySettings } from './settings.ts';

const list = z
  .string()
  .transform((s) =>
    s
      .split(/[,;\n]/)
      .map((t) => t.trim())
      .filter(Boolean),
  )
  .describe('Comma-separated list.');

export const safetyEnvSchema = z.object({
  SAFETY_LEVEL: z
    .enum(SAFETY_LEVELS)
    .default('strict')
    .describe(
      'Default safety level: strict (blocks profanity too), moderate (lets mild swearing through), relaxed (blocks only harm, hate, injection and blocked topics). Sensitive numbers are redacted at every level.',
    ),
  SAFETY_BLOCKED_TOPICS: list
    .default([])
    .describe(
      'Topics the default profile refuses, comma-separated (e.g. "politics, religion, medical advice, gambling"). Known topics match a built-in EN/ES vocabulary; others match their own words.',
    ),
  SAFETY_REDIRECT_EN: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .default(DEFAULT_REDIRECT.en)
    .describe('What the assistant says in English when the guard trips.'),
  SAFETY_REDIRECT_ES: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .default(DEFAULT_REDIRECT.es)
    .describe('What the assistant says in Spanish when the guard trips.'),
  SAFETY_MODERATION_PROVIDER: z
    .enum(['none', 'openai'])
    .default('none')
    .describe(
      'Optional moderation service consulted after the local checks (OpenAI-compatible /moderations). When it is down, the local checks still apply.',
    ),
  SAFETY_MODERATION_URL: z
    .url()
    .default('https://api.openai.com/v1/moderations')
    .describe('Moderation endpoint (OpenAI-compatible).'),
  SAFETY_MODERATION_API_KEY: z.string().min(1).optional().describe('API key for the moderation endpoint.'),
  SAFETY_MODERATION_MODEL: z
    .string()
    .min(1)
    .default('omni-moderation-latest')
    .describe('Moderation model name.'),
  SAFETY_MODERATION_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(30_000)
    .default(2000)
    .describe(
      'How long a turn waits for the moderation service before going on with the local checks only, ms.',
    ),
});
export type SafetyEnv = z.output<typeof safetyEnvSchema>;

export const safetySection = defineSection({
  title: 'Safety guard',
  schema: safetyEnvSchema,
  notes: 'What each level blocks or redacts: src/agents/safety/README.md.',
});

export function loadSafetyConfig(env: Env): SafetyEnv {
  return parseSection(safetySection, env);
}

/** The default profile's safety settings, from configuration. */
export function defaultSafetySettings(env: SafetyEnv): SafetySettings {
  return SafetySettings.parse({
    level: env.SAFETY_LEVEL,
    blockedTopics: env.SAFETY_BLOCKED_TOPICS,
    redirect: { en: env.SAFETY_REDIRECT_EN, es: env.SAFETY_REDIRECT_ES },
  });
}
