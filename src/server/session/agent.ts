/**
 * A session's agent: what its profile means for the pipeline (instructions, voice, language
 * model settings, tools, VAD and turn settings), its greeting, and switching to another profile
 * mid-session (an RTVI `client-message` `switch-agent`, or `switchAgent` on the runtime for a
 * device control). A switch applies from the next turn: the reply in flight finishes as it was.
 */
import {
  type AgentLanguage,
  type AgentProfileVersion,
  DEFAULT_PROFILE_ID,
  ProfileError,
  type ProfileService,
  type SessionAgent,
} from '../../agents/profiles/index.ts';
import type { TurnProcessor } from '../../audio/turn/turn-processor.ts';
import type { VadParams } from '../../audio/vad/index.ts';
import type { VadProcessor } from '../../audio/vad/vad-processor.ts';
import type { Logger } from '../../log/logger.ts';
import type { FrameProcessor } from '../../pipeline/index.ts';
import { RtviProcessor } from '../../rtvi/processor.ts';
import type { LlmProcessor } from '../../services/llm/llm-processor.ts';
import { type AgentProfile, llmProfileOf } from '../../services/llm/profiles.ts';
import type { LlmService } from '../../services/llm/service.ts';
import type { TtsProcessor } from '../../services/tts/tts-processor.ts';
import type { ShopTool } from '../../shop/contract.ts';
import type { ConversationRecorder } from '../../store/recorder.ts';

/** What the agent needs of the session services (services.ts SharedSpeech has it all). */
export interface AgentShared {
  agents: ProfileService;
  tools: readonly ShopTool[];
  vadParams: VadParams;
  turn: { maxWaitMs: number };
  llm: LlmService;
  llmFor(model: string): Promise<LlmService>;
  recorder: Pick<ConversationRecorder, 'append'>;
}

/** The pipeline's view of a profile in one language. */
export interface AgentSettings {
  llmProfile: AgentProfile;
  language: AgentLanguage;
  voice: string | undefined;
  tools: readonly ShopTool[];
  temperature: number | undefined;
  vadParams: VadParams;
  maxWaitMs: number;
}

/** The language a profile speaks in a session already speaking `current`. */
export function languageFor(profile: AgentProfileVersion, current: AgentLanguage | undefined): AgentLanguage {
  return current && profile.languages.includes(current) ? current : (profile.languages[0] ?? 'en');
}

export function agentSettings(
  agent: SessionAgent,
  language: AgentLanguage,
  shared: AgentShared,
): AgentSettings {
  const { profile, overrides } = agent;
  const turn = profile.turn;
  return {
    llmProfile: llmProfileOf({
      id: profile.id,
      brand: profile.brand,
      instructions: profile.instructions,
      systemPrompt: overrides.systemPrompt,
    }),
    language,
    voice: overrides.voice ?? profile.voice[language],
    tools: profile.tools ? shared.tools.filter((t) => profile.tools?.includes(t.name)) : shared.tools,
    temperature: profile.llm.temperature,
    vadParams: {
      ...shared.vadParams,
      ...(turn.vadConfidence === undefined ? {} : { confidence: turn.vadConfidence }),
      ...(turn.vadStartSecs === undefined ? {} : { startSecs: turn.vadStartSecs }),
      ...(turn.vadStopSecs === undefined ? {} : { stopSecs: turn.vadStopSecs }),
      ...(turn.vadMinVolume === undefined ? {} : { minVolume: turn.vadMinVolume }),
    },
    maxWaitMs: turn.maxWaitMs ?? shared.turn.maxWaitMs,
  };
}

/** The language model a profile asks for: the shared one unless it names another model of the configured provider. */
export async function llmServiceFor(profile: AgentProfileVersion, shared: AgentShared): Promise<LlmService> {
  const model = profile.llm.model;
  if (!model || model === shared.llm.modelId || shared.llm.provider === 'offline') return shared.llm;
  return shared.llmFor(model);
}

/** The session's agent, or the default profile for sessions that did not name one (calls, offers). */
export async function sessionAgentOf(
  agent: SessionAgent | undefined,
  shared: AgentShared,
): Promise<SessionAgent> {
  return agent ?? { profile: await shared.agents.get(DEFAULT_PROFILE_ID), overrides: {} };
}

export interface AgentControlOptions {
  shared: AgentShared;
  sessionId: string;
  transport: string;
  agent: SessionAgent;
  language: AgentLanguage;
  llm: LlmProcessor;
  tts: TtsProcessor;
  /** The session's VAD and turn stages (absent for text-only pipelines): a switch retunes them. */
  vad?: VadProcessor;
  turn?: TurnProcessor;
  log: Logger;
  /** The session's view of a model (its failover switches reach its recorder). */
  sessionModel?: (model: LlmService['model']) => LlmService['model'];
}

export interface AgentSwitched {
  agent: string;
  version: number;
  language: AgentLanguage;
}

export class SessionAgentControl {
  readonly #o: AgentControlOptions;
  #agent: SessionAgent;
  #language: AgentLanguage;

  constructor(opts: AgentControlOptions) {
    this.#o = opts;
    this.#agent = opts.agent;
    this.#language = opts.language;
  }

  get agent(): SessionAgent {
    return this.#agent;
  }

  /**
   * Says the profile's greeting, unless the profile turned it off (or off for this transport).
   * It enters the pipeline at the LLM stage as a `tts-speak`: recorded, spoken, captioned and cut
   * by a barge-in like any reply.
   */
  greet(): boolean {
    const { greeting } = this.#agent.profile;
    const text = greeting.text[this.#language];
    if (!greeting.enabled || !text || greeting.skipTransports.includes(this.#o.transport)) return false;
    this.#o.llm.greet(text);
    return true;
  }

  /** Greets once the client is ready to hear it (RTVI transports), at once otherwise (phone). */
  greetWhenReady(rtvi: FrameProcessor | undefined): void {
    if (rtvi instanceof RtviProcessor) rtvi.whenClientReady(() => this.greet());
    else this.greet();
  }

  /** Answers the RTVI `client-message` `switch-agent` {agent} of this session's client. */
  listen(rtvi: FrameProcessor | undefined): void {
    if (!(rtvi instanceof RtviProcessor)) return;
    rtvi.handleClientMessage('switch-agent', async ({ d }) => {
      const agent = (d as { agent?: unknown } | null)?.agent;
      if (typeof agent !== 'string' || agent === '')
        throw new ProfileError('invalid', 'switch-agent needs {"agent": "<profile id>"}', 'agent');
      return { d: await this.switchTo(agent) };
    });
  }

  /**
   * Switches to another profile's current version: instructions, tools and voice from the next
   * turn, the switch recorded, and the new agent's greeting said. An unknown agent is refused
   * (`not_found`) and changes nothing. Session overrides do not carry over to another agent.
   */
  async switchTo(agentId: string): Promise<AgentSwitched> {
    const { shared, llm, tts, sessionId, log } = this.#o;
    const profile = await shared.agents.find(agentId);
    if (!profile) throw new ProfileError('not_found', `no agent profile "${agentId}"`, 'agent');
    const from = this.#agent.profile;
    const next: SessionAgent = { profile, overrides: {} };
    const language = languageFor(profile, this.#language);
    const settings = agentSettings(next, language, shared);
    const service = await llmServiceFor(profile, shared);
    llm.switchProfile({
      profile: settings.llmProfile,
      language,
      tools: settings.tools,
      loop: settings.temperature === undefined ? {} : { temperature: settings.temperature },
      llm: this.#o.sessionModel?.(service.model) ?? service.model,
      knowledgeBase: profile.knowledgeBase,
    });
    tts.setVoice({ voice: settings.voice, language });
    this.#o.vad?.setParams(settings.vadParams);
    this.#o.turn?.setMaxWaitMs(settings.maxWaitMs);
    this.#agent = next;
    this.#language = language;
    await shared.recorder.append(sessionId, 'agent_switch', {
      from: { agent: from.id, version: from.version },
      to: { agent: profile.id, version: profile.version },
      language,
    });
    log.info({ from: from.id, to: profile.id, version: profile.version }, 'agent switched');
    this.greet();
    return { agent: profile.id, version: profile.version, language };
  }
}
