/**
 * Agent profiles as the LLM layer sees them: what the assistant is told and the few phrases it
 * says on its own (fillers while a slow tool runs, the apology when the LLM fails mid-call), per
 * language. The persona texts and the stored, owner-edited profiles live in src/agents/profiles.
 */
import { SHOP_EN, SHOP_ES, shopInstructions, withShopLine } from '../../agents/profiles/persona.ts';
import type { Language } from './types.ts';

export interface AgentProfile {
  id: string;
  instructions: Record<Language, string>;
  fillers: Record<Language, readonly string[]>;
  apology: Record<Language, string>;
}

export const SHOP_ASSISTANT: AgentProfile = {
  id: 'shop-assistant',
  instructions: { en: SHOP_EN, es: SHOP_ES },
  fillers: {
    en: ['Let me check that.', 'One moment.', 'Let me look that up.', 'Just a second.'],
    es: ['Déjame comprobarlo.', 'Un momento.', 'Déjame buscarlo.', 'Un segundo.'],
  },
  apology: {
    en: "Sorry, I'm having trouble answering right now. Could you say that again in a moment?",
    es: 'Lo siento, ahora mismo tengo problemas para responder. ¿Puedes repetirlo en un momento?',
  },
};

/**
 * The shop assistant for a named shop: the name opens the instructions and closes them on a
 * `Shop:` line, which the offline dialogue engine reads for its greeting as any LLM would.
 */
export function shopAssistantProfile(shopName: string): AgentProfile {
  if (!shopName.replace(/\s+/g, ' ').trim()) return SHOP_ASSISTANT;
  return { ...SHOP_ASSISTANT, instructions: shopInstructions(shopName) };
}

/**
 * The LLM profile of a stored agent profile: its instructions per language (or the session's
 * own system prompt, where the profile allows one), with the brand's `Shop:` line.
 */
export function llmProfileOf(agent: {
  id: string;
  brand: string;
  instructions: Record<Language, string>;
  systemPrompt?: string | undefined;
}): AgentProfile {
  const of = (language: Language) =>
    withShopLine(agent.systemPrompt ?? agent.instructions[language], agent.brand, language);
  return { ...SHOP_ASSISTANT, id: agent.id, instructions: { en: of('en'), es: of('es') } };
}

export const AGENT_PROFILES: Readonly<Record<string, AgentProfile>> = {
  [SHOP_ASSISTANT.id]: SHOP_ASSISTANT,
};
