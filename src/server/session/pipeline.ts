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
import { type FrameObserver, type FrameProcessor, Pipeline, PipelineTask } from '../../pipeline/index.ts';
import { loopOptionsFromConfig } from '../../services/llm/config.ts';
import { LlmProcessor } from '../../services/llm/llm-processor.ts';
import { SttProcessor } from '../../services/stt/stt-processor.ts';
import { TtsProcessor } from '../../services/tts/tts-processor.ts';
import type { Language } from '../../shop/contract.ts';
import type { TransportConnection } from '../../transports/connection.ts';
import { createWebSocketSession } from '../../transports/websocket/session.ts';
import type { DebugBus } from '../debug-bus.ts';
import type { ServerMetrics } from '../metrics.ts';
import type { Session, SessionRuntime } from '../sessions.ts';
import { SessionObserver } from './observers.ts';
import { RecordingProcessor } from './recording.ts';
import type { SharedSpeech } from './services.ts';

/** What a transport contributes to the shared pipeline (WebSocket and WebRTC build the same one). */
export interface SessionTransportParts {
  input: FrameProcessor;
  rtvi: FrameProcessor;
  output: FrameProcessor;
  observer: FrameObserver;
  /** Ties the client connection's life to the task (client gone → cancel; task done → hang up). */
  attach(task: PipelineTask): void;
}

export interface BuildSessionArgs {
  shared: SharedSpeech;
  session: Session;
  /** A WebSocket (Pipecat protobuf) client; ignored when `transport` is given. */
  connection?: TransportConnection;
  /** Another transport's parts (SmallWebRTC). */
  transport?: SessionTransportParts;
  metrics: ServerMetrics;
  debug: DebugBus;
  idleTimeoutMs: number;
}

export async function buildSessionPipeline(args: BuildSessionArgs): Promise<SessionRuntime> {
  const { shared, session } = args;
  const log = childLogger({ component: 'session', sessionId: session.id });
  const language: Language = session.language === 'es' ? 'es' : 'en';
  const short = session.id.slice(0, 8);

  const ws = args.transport ?? webSocketParts(args, short);
  const llm = new LlmProcessor({
    name: `llm:${short}`,
    llm: shared.llm.model,
    provider: shared.llm.provider,
    tools: shared.tools,
    user: { userId: session.userId, sessionId: session.id },
    language,
    loop: loopOptionsFromConfig(shared.llm.config),
  });
  const stt = shared.stt
    ? new SttProcessor({ name: `stt:${short}`, stt: shared.stt.service, userId: session.userId, language })
    : undefined;
  const processors: FrameProcessor[] = [
    ws.input,
    ws.rtvi,
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
    ws.output,
  ];

  const task = new PipelineTask(new Pipeline(processors, { name: `session:${short}` }), {
    clock: shared.clock,
    idleTimeoutMs: args.idleTimeoutMs,
    observers: [
      ws.observer,
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
  ws.attach(task);

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
        await shared.recorder.append(session.id, 'session_end', { reason }).catch(() => undefined);
        log.info({ reason }, 'session ended');
      })();
      return closed;
    },
  };
}

function webSocketParts(args: BuildSessionArgs, short: string): SessionTransportParts {
  if (!args.connection) throw new Error('buildSessionPipeline needs a connection or transport parts');
  const ws = createWebSocketSession({
    connection: args.connection,
    clock: args.shared.clock,
    name: `ws:${short}`,
  });
  return {
    input: ws.transport.input,
    rtvi: ws.rtvi,
    output: ws.transport.output,
    observer: ws.observer,
    attach: (task) => ws.transport.attach(task),
  };
}
