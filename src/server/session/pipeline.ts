/**
 * One session's pipeline, assembled from configuration:
 *
 *   transport in → RTVI → VAD → STT → turn → LLM (tools) → recorder → TTS → transport out
 *
 * with the RTVI observer (server events to the client) and the session observer (debug stream,
 * Prometheus). Closing the runtime cancels the task, which releases every per-session resource
 * (STT stream, VAD stream, TTS jobs, timers); the connection closes when the task finishes.
 */
import { TurnProcessor } from '../../audio/turn/index.ts';
import { VadProcessor } from '../../audio/vad/index.ts';
import { HttpError } from '../../http/errors.ts';
import { childLogger } from '../../log/logger.ts';
import type { FrameProcessor } from '../../pipeline/index.ts';
import { loopOptionsFromConfig } from '../../services/llm/config.ts';
import { LlmProcessor } from '../../services/llm/llm-processor.ts';
import { realtimeChoice } from '../../services/realtime/config.ts';
import { SttProcessor } from '../../services/stt/stt-processor.ts';
import { DumpingSttService } from '../../services/stt/utterance-dump.ts';
import { TtsProcessor } from '../../services/tts/tts-processor.ts';
import type { Session } from '../sessions.ts';
import {
  type AgentSwitched,
  agentSettings,
  languageFor,
  llmServiceFor,
  SessionAgentControl,
  sessionAgentOf,
} from './agent.ts';
import { SessionFailover, SPEECH_LOST } from './failover.ts';
import { buildRealtimePipeline } from './realtime.ts';
import { RecordingProcessor } from './recording.ts';
import {
  EmergencyStopProcessor,
  recordEmergencyStop,
  SafetyInputProcessor,
  SafetyOutputProcessor,
} from './safety.ts';
import { type AgentSessionRuntime, type BuildSessionArgs, startSessionTask } from './task.ts';

export type { SessionTransport } from '../../transports/module.ts';
export type { AgentSessionRuntime, BuildSessionArgs } from './task.ts';

/**
 * Switches a live session's agent (for a device control): refused with a 409 when the session
 * is not running a pipeline, a 404 (ProfileError not_found) for an unknown agent.
 */
export function switchSessionAgent(session: Session | undefined, agentId: string): Promise<AgentSwitched> {
  const runtime = session?.runtime as Partial<AgentSessionRuntime> | undefined;
  if (!runtime?.switchAgent)
    throw new HttpError(409, 'the session is not running; start or reconnect it first');
  return runtime.switchAgent(agentId);
}

export async function buildSessionPipeline(args: BuildSessionArgs): Promise<AgentSessionRuntime> {
  const { shared, session } = args;
  const log = childLogger({ component: 'session', sessionId: session.id });
  const short = session.id.slice(0, 8);
  const agent = await sessionAgentOf(session.agent, shared);
  // /start chose a language the profile speaks; other ways in (calls, offers) may ask for any.
  const asked = session.language === 'es' || session.language === 'en' ? session.language : undefined;
  const language = languageFor(agent.profile, asked);
  const realtime = realtimeChoice(agent.profile.llm.model, shared.config.realtime);
  if (realtime) return buildRealtimePipeline({ ...args, provider: realtime, agent, language, log });
  const settings = agentSettings(agent, language, shared);
  const model = await llmServiceFor(agent.profile, shared);

  const { transport } = args;
  const failover = new SessionFailover({
    sessionId: session.id,
    recorder: shared.recorder,
    debug: args.debug,
    clock: shared.clock,
    log,
  });
  const loop = loopOptionsFromConfig(model.config);
  // A shopper's remembered sizes and brands are worth a session, not its start: without them it
  // just asks as it would for a new shopper.
  const shopperNote = await shared.shopperNote(session.userId).catch((err: unknown) => {
    log.warn({ err }, 'shopper memory unavailable; starting without it');
    return undefined;
  });
  const llm = new LlmProcessor({
    name: `llm:${short}`,
    llm: failover.llm(model.model),
    provider: model.provider,
    tools: settings.tools,
    user: { userId: session.userId, sessionId: session.id, knowledgeBase: agent.profile.knowledgeBase },
    profile: settings.llmProfile,
    ...(shopperNote ? { shopperNote } : {}),
    language,
    loop: settings.temperature === undefined ? loop : { ...loop, temperature: settings.temperature },
    historyMaxMessages: shared.llm.config.historyMaxMessages,
  });
  const tts = new TtsProcessor({
    name: `tts:${short}`,
    tts: failover.tts(shared.tts),
    language,
    ...(settings.voice ? { voice: settings.voice } : {}),
  });
  const stt = shared.stt
    ? new SttProcessor({
        name: `stt:${short}`,
        stt: shared.config.stt.STT_DEBUG_DUMP_DIR
          ? new DumpingSttService(
              failover.stt(shared.stt.service),
              shared.config.stt.STT_DEBUG_DUMP_DIR,
              short,
            )
          : failover.stt(shared.stt.service),
        userId: session.userId,
        language,
        lostUtteranceMessage: SPEECH_LOST[language],
        ...(shared.config.stt.STT_ONSET_LEAD_MS > 0
          ? { onsetLeadMs: shared.config.stt.STT_ONSET_LEAD_MS }
          : {}),
      })
    : undefined;
  // The guard follows the session's agent: its level, blocked topics and redirect, also after a switch.
  let control: SessionAgentControl | undefined;
  const safety = {
    ...shared.safety,
    get settings() {
      return (control?.agent ?? agent).profile.safety;
    },
  };
  const guarded = {
    safety,
    sessionId: session.id,
    userId: session.userId,
    language,
    recorder: shared.recorder,
  };
  const vad = new VadProcessor({
    name: `vad:${short}`,
    engine: shared.vad,
    params: settings.vadParams,
    emitUserStoppedSpeaking: false,
  });
  const turn = new TurnProcessor({
    name: `turn:${short}`,
    strategy: shared.turn.strategy,
    maxWaitMs: settings.maxWaitMs,
    settleWaitMs: shared.turn.settleWaitMs,
    language,
  });
  const processors: FrameProcessor[] = [
    transport.input,
    new EmergencyStopProcessor({
      name: `stop:${short}`,
      onStop: (reason) => recordEmergencyStop(safety, session, reason, 'client'),
    }),
    ...(transport.rtvi ? [transport.rtvi] : []),
    vad,
    ...(stt ? [stt] : []),
    turn,
    new SafetyInputProcessor({ name: `safety-in:${short}`, ...guarded }),
    llm,
    new SafetyOutputProcessor({ name: `safety-out:${short}`, ...guarded }),
    new RecordingProcessor({
      name: `recorder:${short}`,
      recorder: shared.recorder,
      sessionId: session.id,
    }),
    tts,
    transport.output,
  ];

  control = new SessionAgentControl({
    shared,
    sessionId: session.id,
    transport: session.transport,
    agent,
    language,
    llm,
    tts,
    vad,
    turn,
    log,
    sessionModel: (m) => failover.llm(m),
  });
  control.listen(transport.rtvi);
  const runtime = await startSessionTask({
    args,
    processors,
    log,
    agent,
    language,
    runsOn: { llm: `${model.provider}:${model.modelId}` },
  });
  if (!session.ended?.aborted) control.greetWhenReady(transport.rtvi);
  return { ...runtime, switchAgent: (agentId) => control.switchTo(agentId) };
}
