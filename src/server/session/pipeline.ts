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
import { childLogger } from '../../log/logger.ts';
import { type FrameProcessor, Pipeline, PipelineTask } from '../../pipeline/index.ts';
import { loopOptionsFromConfig } from '../../services/llm/config.ts';
import { LlmProcessor } from '../../services/llm/llm-processor.ts';
import { shopAssistantProfile } from '../../services/llm/profiles.ts';
import { SttProcessor } from '../../services/stt/stt-processor.ts';
import { DumpingSttService } from '../../services/stt/utterance-dump.ts';
import { TtsProcessor } from '../../services/tts/tts-processor.ts';
import type { Language } from '../../shop/contract.ts';
import type { SessionTransport } from '../../transports/module.ts';
import type { DebugBus } from '../debug-bus.ts';
import type { ServerMetrics } from '../metrics.ts';
import type { Session, SessionRuntime } from '../sessions.ts';
import { SessionObserver } from './observers.ts';
import { RecordingProcessor } from './recording.ts';
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

export async function buildSessionPipeline(args: BuildSessionArgs): Promise<SessionRuntime> {
  const { shared, session } = args;
  const log = childLogger({ component: 'session', sessionId: session.id });
  const language: Language = session.language === 'es' ? 'es' : 'en';
  const short = session.id.slice(0, 8);

  const { transport } = args;
  const llm = new LlmProcessor({
    name: `llm:${short}`,
    llm: shared.llm.model,
    provider: shared.llm.provider,
    tools: shared.tools,
    user: { userId: session.userId, sessionId: session.id },
    profile: shopAssistantProfile(shared.config.shop.SHOP_NAME),
    language,
    loop: loopOptionsFromConfig(shared.llm.config),
    historyMaxMessages: shared.llm.config.historyMaxMessages,
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
  const guarded = {
    safety: shared.safety,
    sessionId: session.id,
    userId: session.userId,
    language,
    recorder: shared.recorder,
  };
  const processors: FrameProcessor[] = [
    transport.input,
    new EmergencyStopProcessor({
      name: `stop:${short}`,
      onStop: (reason) => recordEmergencyStop(shared.safety, session, reason, 'client'),
    }),
    ...(transport.rtvi ? [transport.rtvi] : []),
    new VadProcessor({
      name: `vad:${short}`,
      engine: shared.vad,
      params: shared.vadParams,
      emitUserStoppedSpeaking: false,
    }),
    ...(stt ? [stt] : []),
    new TurnProcessor({
      name: `turn:${short}`,
      strategy: shared.turn.strategy,
      maxWaitMs: shared.turn.maxWaitMs,
      settleWaitMs: shared.turn.settleWaitMs,
      language,
    }),
    new SafetyInputProcessor({ name: `safety-in:${short}`, ...guarded }),
    llm,
    new SafetyOutputProcessor({ name: `safety-out:${short}`, ...guarded }),
    new RecordingProcessor({
      name: `recorder:${short}`,
      recorder: shared.recorder,
      sessionId: session.id,
    }),
    new TtsProcessor({ name: `tts:${short}`, tts: shared.tts, language }),
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
        vadStopSecs: shared.vadParams.stopSecs,
      }),
    ],
  });
  task.on('pipeline-error', (frame) =>
    log.warn({ err: frame.error, processor: frame.processor, fatal: frame.fatal }, 'pipeline error'),
  );
  transport.attach(task);

  await shared.sessionsTable.started(session);
  await shared.recorder.append(session.id, 'session_start', {
    userId: session.userId,
    transport: session.transport,
    language,
    llm: `${shared.llm.provider}:${shared.llm.modelId}`,
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
  log.info({ transport: session.transport, language }, 'session started');

  let closed: Promise<void> | undefined;
  return {
    task,
    close(reason) {
      closed ??= (async () => {
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
