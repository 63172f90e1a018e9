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
import {
  type FrameObserver,
  type FrameProcessor,
  Pipeline,
  PipelineTask,
  type StartParams,
} from '../../pipeline/index.ts';
import { loopOptionsFromConfig } from '../../services/llm/config.ts';
import { LlmProcessor } from '../../services/llm/llm-processor.ts';
import { SttProcessor } from '../../services/stt/stt-processor.ts';
import { TtsProcessor } from '../../services/tts/tts-processor.ts';
import type { Language } from '../../shop/contract.ts';
import type { TransportConnection } from '../../transports/connection.ts';
import { TWILIO_PIPELINE_PARAMS } from '../../transports/twilio/session.ts';
import type { TwilioTransport } from '../../transports/twilio/transport.ts';
import { createWebSocketSession } from '../../transports/websocket/session.ts';
import type { DebugBus } from '../debug-bus.ts';
import type { ServerMetrics } from '../metrics.ts';
import type { Session, SessionRuntime } from '../sessions.ts';
import { SessionObserver } from './observers.ts';
import { RecordingProcessor } from './recording.ts';
import type { SharedSpeech } from './services.ts';

/**
 * What a transport contributes to a session: its two ends, RTVI when it speaks it (WebSocket,
 * WebRTC; not telephony), observers, pipeline parameters (Twilio runs at 8 kHz) and the glue
 * tying the connection's life to the task (client gone → cancel; task done → hang up).
 */
export interface SessionTransport {
  input: FrameProcessor;
  output: FrameProcessor;
  rtvi?: FrameProcessor;
  observer?: FrameObserver;
  observers?: FrameObserver[];
  params?: Partial<StartParams>;
  attach(task: PipelineTask): void;
}

/** Kept for the WebRTC transport, which builds its parts the same way. */
export type SessionTransportParts = SessionTransport;

export function webSocketTransport(
  connection: TransportConnection,
  shared: SharedSpeech,
  name: string,
): SessionTransport {
  const ws = createWebSocketSession({
    connection,
    clock: shared.clock,
    name,
    env: shared.config.transport,
  });
  return {
    input: ws.transport.input,
    output: ws.transport.output,
    rtvi: ws.rtvi,
    observer: ws.observer,
    attach: (task) => ws.transport.attach(task),
  };
}

export function twilioTransport(twilio: TwilioTransport): SessionTransport {
  return {
    input: twilio.input,
    output: twilio.output,
    params: TWILIO_PIPELINE_PARAMS,
    attach: (task) => twilio.attach(task),
  };
}

export interface BuildSessionArgs {
  shared: SharedSpeech;
  session: Session;
  /** A WebSocket (Pipecat protobuf) client; used when `transport` is not given. */
  connection?: TransportConnection;
  transport?: SessionTransport;
  metrics: ServerMetrics;
  debug: DebugBus;
  idleTimeoutMs: number;
}

export async function buildSessionPipeline(args: BuildSessionArgs): Promise<SessionRuntime> {
  const { shared, session } = args;
  const log = childLogger({ component: 'session', sessionId: session.id });
  const language: Language = session.language === 'es' ? 'es' : 'en';
  const short = session.id.slice(0, 8);

  const transport = args.transport ?? connectionTransport(args, short);
  const llm = new LlmProcessor({
    name: `llm:${short}`,
    llm: shared.llm.model,
    provider: shared.llm.provider,
    tools: shared.tools,
    user: { userId: session.userId, sessionId: session.id },
    language,
    loop: loopOptionsFromConfig(shared.llm.config),
    historyMaxMessages: shared.llm.config.historyMaxMessages,
  });
  const stt = shared.stt
    ? new SttProcessor({ name: `stt:${short}`, stt: shared.stt.service, userId: session.userId, language })
    : undefined;
  const processors: FrameProcessor[] = [
    transport.input,
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
      language,
    }),
    llm,
    new RecordingProcessor({
      name: `recorder:${short}`,
      recorder: shared.recorder,
      sessionId: session.id,
      onSpokenText: (text) => llm.commitAssistantSpoken(text),
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
  await task.start();
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

function connectionTransport(args: BuildSessionArgs, short: string): SessionTransport {
  if (!args.connection) throw new Error('buildSessionPipeline needs a transport or a WebSocket connection');
  return webSocketTransport(args.connection, args.shared, `ws:${short}`);
}
