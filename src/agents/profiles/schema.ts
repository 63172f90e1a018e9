/**
 * What an agent profile is: the zod schema of everything an owner sets (validated at the API edge
 * and again when read back from the database, so a hand-edited row cannot reach a session) and
 * the stored shape (id, version, timestamps). The shop domain and voice code never appear here:
 * providers, voices and tools are plain names, checked against what the server has configured
 * by the service (service.ts).
 */
import { z } from 'zod';
import { DEFAULT_SAFETY_SETTINGS, SafetySettings } from '../safety/settings.ts';

export const AGENT_LANGUAGES = ['en', 'es'] as const;
export type AgentLanguage = (typeof AGENT_LANGUAGES)[number];

/** Ids of profiles (and knowledge bases): lowercase slugs, as in URLs and the device control. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const slugSchema = z
  .string()
  .regex(SLUG, 'must be a slug: 1–40 lowercase letters, digits and dashes, not starting with a dash');

export const DEFAULT_PROFILE_ID = 'default';

const text = (max: number) => z.string().trim().max(max);
const perLanguage = (max: number) => z.object({ en: text(max).default(''), es: text(max).default('') });

/** A profile's safety level, blocked topics and redirect: the guard's own settings schema. */
export const safetySettingsSchema = SafetySettings;
export type ProfileSafetySettings = SafetySettings;

const voiceName = text(100).min(1);
const providerName = text(40).min(1);

export const profileSpecSchema = z
  .object({
    name: text(80).min(1).describe('Shown to the owner and unique among profiles'),
    brand: text(100).default('').describe('The shop or brand the assistant speaks for (its `Shop:` line)'),
    languages: z
      .array(z.enum(AGENT_LANGUAGES))
      .min(1)
      .max(AGENT_LANGUAGES.length)
      .default(['en', 'es'])
      .refine((l) => new Set(l).size === l.length, 'languages must not repeat')
      .describe('Languages offered; the first is the default'),
    instructions: perLanguage(20_000).describe('Persona and rules for the language model, per language'),
    greeting: z
      .object({
        enabled: z.boolean().default(true),
        text: perLanguage(500),
        /** Transports the greeting is skipped on (e.g. ["twilio"]: phone callers speak first). */
        skipTransports: z.array(text(40).min(1)).max(10).default([]),
      })
      .describe('What the assistant says first when the shopper connects'),
    voice: z
      .object({
        provider: providerName.optional().describe('TTS provider; must be the configured one'),
        en: voiceName.optional(),
        es: voiceName.optional(),
      })
      .default({})
      .describe("TTS voice per language; unset: the server's voice"),
    llm: z
      .object({
        provider: providerName.optional().describe('LLM provider; must be the configured one'),
        model: text(200).min(1).optional(),
        temperature: z.number().min(0).max(2).optional(),
      })
      .default({})
      .describe("Language model settings; unset: the server's"),
    tools: z
      .array(text(60).min(1))
      .max(100)
      .optional()
      .describe('Shop tools the assistant may use; unset: all of them'),
    knowledgeBase: slugSchema.default(DEFAULT_PROFILE_ID).describe('Knowledge base slug'),
    safety: safetySettingsSchema.default(DEFAULT_SAFETY_SETTINGS),
    turn: z
      .object({
        vadConfidence: z.number().min(0).max(1).optional(),
        vadStartSecs: z.number().min(0).max(10).optional(),
        vadStopSecs: z.number().min(0).max(10).optional(),
        vadMinVolume: z.number().min(0).max(1).optional(),
        maxWaitMs: z.number().int().min(0).max(30_000).optional(),
      })
      .default({})
      .describe("Turn-taking and VAD settings; unset: the server's"),
    overridable: z
      .object({
        voice: z.boolean().default(false),
        language: z.boolean().default(true),
        system_prompt: z.boolean().default(false),
      })
      .default({ voice: false, language: true, system_prompt: false })
      .describe('What a session may override when it starts (POST /start)'),
  })
  .strict();

/** What an owner sends (defaults optional). */
export type ProfileSpecInput = z.input<typeof profileSpecSchema>;
/** A complete, validated profile body. */
export type ProfileSpec = z.output<typeof profileSpecSchema>;

/** One stored version of a profile. */
export interface AgentProfileVersion extends ProfileSpec {
  id: string;
  /** 1 for the first stored version; 0 for the default built from configuration, never stored. */
  version: number;
  createdAt: string;
}

export interface AgentProfileRecord extends AgentProfileVersion {
  /** 'config': the default from configuration (no stored version yet); 'store': the database. */
  source: 'config' | 'store';
  updatedAt: string;
}

/** The fields a session may override, by their /start names. */
export const OVERRIDABLE_FIELDS = ['voice', 'language', 'system_prompt'] as const;
export type OverridableField = (typeof OVERRIDABLE_FIELDS)[number];
