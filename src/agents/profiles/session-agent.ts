/**
 * Which profile a session runs and what it overrides: resolved once when the session is
 * reserved (POST /start), so an unknown agent or a forbidden override is refused before anything
 * starts, and carried by the session to its pipeline. The version is pinned: an owner editing
 * the profile mid-session changes the next sessions, not this one.
 */
import { z } from 'zod';
import { ProfileError } from './errors.ts';
import { type AgentLanguage, type AgentProfileVersion, DEFAULT_PROFILE_ID, slugSchema } from './schema.ts';
import type { ProfileService } from './service.ts';

/** The /start (and /connect) fields about the agent, as the client sends them. */
export const agentRequestSchema = z.object({
  agent: slugSchema.optional().describe('Agent profile id (default: "default")'),
  voice: z.string().trim().min(1).max(100).optional().describe('TTS voice, where the profile allows it'),
  language: z.enum(['en', 'es']).optional().describe('Conversation language, where the profile allows it'),
  system_prompt: z
    .string()
    .trim()
    .min(1)
    .max(20_000)
    .optional()
    .describe('Instructions replacing the persona, where the profile allows it'),
});
export type AgentRequest = z.output<typeof agentRequestSchema>;

export interface SessionOverrides {
  voice?: string;
  language?: AgentLanguage;
  systemPrompt?: string;
}

/** What a session runs: a pinned profile version and the overrides it was allowed. */
export interface SessionAgent {
  profile: AgentProfileVersion;
  overrides: SessionOverrides;
}

/**
 * Resolves a start request: `not_found` for an unknown agent, `forbidden_override` naming the
 * field a profile does not let sessions set, `invalid` for a language the profile does not offer
 * or a voice the TTS does not know.
 */
export async function resolveSessionAgent(
  profiles: ProfileService,
  request: AgentRequest,
): Promise<SessionAgent> {
  const profile = await profiles.find(request.agent ?? DEFAULT_PROFILE_ID);
  if (!profile) throw new ProfileError('not_found', `no agent profile "${request.agent}"`, 'agent');
  const overrides: SessionOverrides = {};
  const forbid = (field: 'voice' | 'language' | 'system_prompt') => {
    if (!profile.overridable[field])
      throw new ProfileError(
        'forbidden_override',
        `agent profile "${profile.id}" does not allow sessions to set ${field}`,
        field,
      );
  };
  if (request.voice !== undefined) {
    forbid('voice');
    profiles.checkVoice(request.voice);
    overrides.voice = request.voice;
  }
  // Asking for the profile's own language is no override (the web app always sends its UI's).
  if (request.language !== undefined && request.language !== profile.languages[0]) {
    forbid('language');
    if (!profile.languages.includes(request.language))
      throw new ProfileError(
        'invalid',
        `agent profile "${profile.id}" does not speak ${request.language} (offers ${profile.languages.join(', ')})`,
        'language',
      );
    overrides.language = request.language;
  }
  if (request.system_prompt !== undefined) {
    forbid('system_prompt');
    overrides.systemPrompt = request.system_prompt;
  }
  return { profile, overrides };
}

/** The language a session speaks: its override, else the profile's first. */
export function sessionLanguage(agent: SessionAgent): AgentLanguage {
  return agent.overrides.language ?? agent.profile.languages[0] ?? 'en';
}
