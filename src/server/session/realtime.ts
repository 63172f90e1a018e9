/**
 * A session on a speech-to-speech model: the same transport, RTVI, safety stop, recorder and
 * observers as the cascade, with one RealtimeProcessor in place of VAD-STT-turn-LLM-TTS:
 *
 *   transport in → stop → RTVI → [VAD, when our turn detection] → realtime → recorder → transport out
 *
 * The agent profile gives the instructions (with the shopper's memory), tools and temperature;
 * the provider's voice comes from REALTIME_VOICE (profile voices name TTS engines' voices).
 * The greeting is said by the model when the client is ready; `switch-agent` updates the live
 * session's instructions and tools.
 */
import type { AgentLanguage, SessionAgent } from '../../agents/profiles/index.ts';
import { ProfileError } from '../../agents/profiles/index.ts';
import { VadProcessor } from '../../audio/vad/index.ts';
import type { Logger } from '../../log/logger.ts';
import type { FrameProcessor } from '../../pipeline/index.ts';
import { RtviProcessor } from '../../rtvi/processor.ts';
import { ConversationContext } from '../../services/llm/context.ts';
import {
  createRealtimeService,
  defaultVoice,
  type RealtimeProviderName,
} from '../../services/realtime/config.ts';
import { RealtimeProcessor } from '../../services/realtime/realtime-processor.ts';
import type { RealtimeSettings } from '../../services/realtime/types.ts';
import { agentSettings, languageFor } from './agent.ts';
import { RecordingProcessor } from './recording.ts';
import { EmergencyStopProcessor, recordEmergencyStop } from './safety.ts';
import { type AgentSessionRuntime, type BuildSessionArgs, startSessionTask } from './task.ts';

interface RealtimeArgs extends BuildSessionArgs {
  provider: RealtimeProviderName;
  agent: SessionAgent;
  language: AgentLanguage;
  log: Logger;
}

/** What the model is configured with for one agent in one language. */
async function settingsFor(args: RealtimeArgs, agent: SessionAgent, language: AgentLanguage) {
  const { shared, session } = args;
  const rt = shared.config.realtime;
  const s = agentSettings(agent, language, shared);
  const note = await shared.shopperNote(session.userId).catch((err: unknown) => {
    args.log.warn({ err }, 'shopper memory unavailable; starting without it');
    return undefined;
  });
  const context = new ConversationContext({
    profile: s.llmProfile,
    language,
    maxMessages: 4,
    ...(note ? { shopperNote: note } : {}),
  });
  const settings: RealtimeSettings = {
    instructions: context.instructions(),
    voice: rt.voice ?? defaultVoice(args.provider),
    tools: s.tools,
    turnDetection: rt.turnDetection,
    language,
    temperature: rt.temperature ?? s.temperature,
    maxOutputTokens: rt.maxOutputTokens,
    noiseReduction: rt.noiseReduction,
    transcriptionModel: undefined,
  };
  return { settings, tools: s.tools, vadParams: s.vadParams, greeting: agent.profile.greeting };
}

export async function buildRealtimePipeline(args: RealtimeArgs): Promise<AgentSessionRuntime> {
  const { shared, session, transport, log, provider } = args;
  const short = session.id.slice(0, 8);
  let agent = args.agent;
  let language = args.language;
  const service = createRealtimeService(provider, shared.config.realtime);
  const first = await settingsFor(args, agent, language);
  const realtime = new RealtimeProcessor({
    name: `realtime:${short}`,
    service,
    settings: first.settings,
    tools: first.tools,
    user: { userId: session.userId, sessionId: session.id, knowledgeBase: agent.profile.knowledgeBase },
    maxToolSteps: shared.llm.config.maxToolSteps,
    reconnects: shared.config.realtime.reconnects,
    historyMaxItems: shared.llm.config.historyMaxMessages,
    log,
  });
  // Our VAD only when it decides the turns; the provider's otherwise (no Silero work at all).
  const vad =
    first.settings.turnDetection === 'local'
      ? new VadProcessor({
          name: `vad:${short}`,
          engine: shared.vad,
          params: first.vadParams,
          emitUserStoppedSpeaking: false,
        })
      : undefined;
  const safety = {
    ...shared.safety,
    get settings() {
      return agent.profile.safety;
    },
  };
  const processors: FrameProcessor[] = [
    transport.input,
    new EmergencyStopProcessor({
      name: `stop:${short}`,
      onStop: (reason) => recordEmergencyStop(safety, session, reason, 'client'),
    }),
    ...(transport.rtvi ? [transport.rtvi] : []),
    ...(vad ? [vad] : []),
    realtime,
    new RecordingProcessor({ name: `recorder:${short}`, recorder: shared.recorder, sessionId: session.id }),
    transport.output,
  ];
  const greet = () => {
    const { greeting } = agent.profile;
    const text = greeting.text[language];
    if (!greeting.enabled || !text || greeting.skipTransports.includes(session.transport)) return;
    realtime.greet(text);
  };
  const switchTo = async (agentId: string) => {
    const profile = await shared.agents.find(agentId);
    if (!profile) throw new ProfileError('not_found', `no agent profile "${agentId}"`, 'agent');
    const from = agent.profile;
    const next: SessionAgent = { profile, overrides: {} };
    const nextLanguage = languageFor(profile, language);
    const s = await settingsFor(args, next, nextLanguage);
    realtime.switchSettings(s.settings, s.tools);
    agent = next;
    language = nextLanguage;
    await shared.recorder.append(session.id, 'agent_switch', {
      from: { agent: from.id, version: from.version },
      to: { agent: profile.id, version: profile.version },
      language,
    });
    greet();
    return { agent: profile.id, version: profile.version, language };
  };
  const rtvi = transport.rtvi instanceof RtviProcessor ? transport.rtvi : undefined;
  rtvi?.handleClientMessage('switch-agent', async ({ d }) => {
    const id = (d as { agent?: unknown } | null)?.agent;
    if (typeof id !== 'string' || id === '')
      throw new ProfileError('invalid', 'switch-agent needs {"agent": "<profile id>"}', 'agent');
    return { d: await switchTo(id) };
  });

  const runtime = await startSessionTask({
    args,
    processors,
    log,
    agent,
    language,
    runsOn: { llm: `${service.provider}:${service.model}`, realtime: provider },
  });
  if (!session.ended?.aborted) {
    if (rtvi) rtvi.whenClientReady(greet);
    else greet();
  }
  return { ...runtime, switchAgent: switchTo };
}
