/**
 * A profile's safety settings (issue 15, shared contract): the level, the topics the profile
 * blocks and the calm redirect spoken when the guard trips, per language. The profiles helper
 * embeds the same shape in its profile schema; the default comes from configuration.
 */
import { z } from 'zod';

export const SAFETY_LEVELS = ['strict', 'moderate', 'relaxed'] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

export const DEFAULT_REDIRECT = {
  en: "I'm sorry, I can't help with that. I'm here to help you shop: what can I find for you?",
  es: 'Lo siento, con eso no puedo ayudarte. Estoy aquí para ayudarte con tus compras: ¿qué te busco?',
} as const;

const topic = z
  .string()
  .trim()
  .min(2, 'a blocked topic needs at least 2 characters')
  .max(80, 'a blocked topic is at most 80 characters');

const sentence = z.string().trim().min(1).max(500);

export const SafetySettings = z.object({
  level: z.enum(SAFETY_LEVELS).default('strict'),
  blockedTopics: z.array(topic).max(100).default([]),
  /**
   * What the store sells ("bows", "pool chemicals"): their ordinary use is legitimate (target-framing.ts).
   * Optional: without it the goods the redirect names are read.
   */
  storeGoods: z.array(z.string().trim().min(2).max(80)).max(200).optional(),
  redirect: z
    .object({ en: sentence.default(DEFAULT_REDIRECT.en), es: sentence.default(DEFAULT_REDIRECT.es) })
    .default({ ...DEFAULT_REDIRECT }),
});
export type SafetySettings = z.output<typeof SafetySettings>;
export type SafetySettingsInput = z.input<typeof SafetySettings>;

export const DEFAULT_SAFETY_SETTINGS: SafetySettings = SafetySettings.parse({});
