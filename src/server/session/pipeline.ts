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
import { type FrameProcessor, Pipeline, PipelineTask } from '../../pipeline/index.ts';
import { loopOptionsFromConfig } from '../../services/llm/config.ts';
import { LlmProcessor } from '../../services/llm/llm-processor.ts';
import { SttProcessor } from '../../services/stt/stt-processor.ts';
import { DumpingSttService } from '../../services/stt/utterance-dump.ts';
import { TtsProcessor } from '../../services/tts/tts-processor.ts';
import type { SessionTransport } from '../../transports/module.ts';
import type { DebugBus } from '../debug-bus.ts';
import type { ServerMetrics } from '../metrics.ts';
import type { Session, SessionRuntime } from '../sessions.ts';
import {
  type AgentSwitched,
  agentSettings,
  languageFor,
  llmServiceFor,
  SessionAgentControl,
  sessionAgentOf,
} from './agent.ts';
import { SessionObserver } from './observers.ts';
import { RecordingProcessor } from './recording.ts';
import { pushFinishedResearch } from './research-push.ts';
import {
  EmergencyStopProcessor,
  recordEmergencyStop,
  SafetyInputProcessor,
  SafetyOutputProcessor,
} from './safety.ts';
import type { SharedSpeech } from './services.ts';

export type { SessionTransport } from '../../transports/module.ts';

export interface BuildSessionArgs {
  shared: SharedSpeech;
  session: Session;
  transport: SessionTransport;
  metrics: ServerMetrics;
  debug: DebugBus;
  idleTimeoutMs: number;
}

/** A running session that can change its agent (the device control calls this). */
export interface AgentSessionRuntime extends SessionRuntime {
  switchAgent(agentId: string): Promise<AgentSwitched>;
}

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
  const settings = agentSettings(agent, language, shared);
  const model = await llmServiceFor(agent.profile, shared);

  const { transport } = args;
  const loop = loopOptionsFromConfig(model.config);
  // A shopper's remembered sizes and brands are worth a session, not its start: without them it
  // just asks as it would for a new shopper.
  const shopperNote = await shared.shopperNote(session.userId).catch((err: unknown) => {
    log.warn({ err }, 'shopper memory unavailable; starting without it');
    return undefined;
  });
  const llm = new LlmProcessor({
    name: `llm:${short}`,
    llm: model.model,
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
    tts: shared.tts,
    language,
    ...(settings.voice ? { voice: settings.voice } : {}),
  });
  const stt = shared.stt
    ? new SttProcessor({
        name: `stt:${short}`,
        stt: shared.config.stt.STT_DEBUG_DUMP_DIR
          ? new DumpingSttService(shared.stt.service, shared.config.stt.STT_DEBUG_DUMP_DIR, short)
          : shared.stt.service,
        userId: session.userId,
        language,
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

  const task = new PipelineTask(new Pipeline(processors, { name: `session:${short}` }), {
    clock: shared.clock,
    idleTimeoutMs: args.idleTimeoutMs,
    ...(transport.params ? { params: transport.params } : {}),
    observers: [
      ...(transport.observer ? [transport.observer] : []),
      ...(transport.observers ?? []),
      new SessionObserver({
        sessionId: session.id,
        debug: args.debug,
        metrics: args.metrics,
        vadStopSecs: settings.vadParams.stopSecs,
      }),
    ],
  });
  task.on('pipeline-error', (frame) =>
    log.warn({ err: frame.error, processor: frame.processor, fatal: frame.fatal }, 'pipeline error'),
  );
  transport.attach(task);
  const sessionOver = new AbortController();
  const stopResearchPush = pushFinishedResearch({
    session,
    onFinished: shared.onResearchFinished,
    getResearch: shared.tools.find((t) => t.name === 'get_research'),
    clock: shared.clock,
    queue: (frame) => task.queueFrames(frame),
    signal: sessionOver.signal,
    onError: (err) => log.warn({ err }, 'pushing finished research failed'),
  });

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
  });
  control.listen(transport.rtvi);
  const ran = { agent: agent.profile.id, agentVersion: agent.profile.version };
  await shared.sessionsTable.started(session, ran);
  await shared.recorder.append(session.id, 'session_start', {
    userId: session.userId,
    transport: session.transport,
    language,
    llm: `${model.provider}:${model.modelId}`,
    ...ran,
    ...(Object.keys(agent.overrides).length > 0 ? { overrides: Object.keys(agent.overrides) } : {}),
  });
  // Ended while starting (a shutdown while the STT worker is slow to open the stream): the
  // start is cancelled rather than awaited; SessionManager.end closes the runtime returned.
  const cancelStart = () => void task.cancel(session.endReason ?? 'ended while starting');
  if (session.ended?.aborted) cancelStart();
  else {
    session.ended?.addEventListener('abort', cancelStart, { once: true });
    await task.start();
    session.ended?.removeEventListener('abort', cancelStart);
  }
  log.info({ transport: session.transport, language, ...ran }, 'session started');
  if (!session.ended?.aborted) control.greetWhenReady(transport.rtvi);

  let closed: Promise<void> | undefined;
  return {
    task,
    switchAgent: (agentId) => control.switchTo(agentId),
    close(reason) {
      closed ??= (async () => {
        stopResearchPush();
        sessionOver.abort();
        await task.cancel(reason);
        await shared
          .endShopSession(session.id)
          .catch((err: unknown) => log.warn({ err }, 'ending shop session state failed'));
        await shared.recorder.append(session.id, 'session_end', { reason }).catch(() => undefined);
        await shared.sessionsTable
          .ended(session.id, reason)
          .catch((err: unknown) => log.warn({ err }, 'recording the session end failed'));
        log.info({ reason }, 'session ended');
      })();
      return closed;
    },
  };
}
