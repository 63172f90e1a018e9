/**
 * What every shape of session pipeline shares (the STT → LLM → TTS cascade and speech-to-speech):
 * the task with the transport's and the session's observers, finished research pushed into the
 * conversation, the session's start and end recorded, a start cancelled by an end that comes
 * first, and one idempotent close that releases it all.
 */
import type { SessionAgent } from '../../agents/profiles/index.ts';
import type { Logger } from '../../log/logger.ts';
import { type FrameProcessor, Pipeline, PipelineTask } from '../../pipeline/index.ts';
import type { SessionTransport } from '../../transports/module.ts';
import type { DebugBus } from '../debug-bus.ts';
import type { ServerMetrics } from '../metrics.ts';
import type { Session, SessionRuntime } from '../sessions.ts';
import type { AgentSwitched } from './agent.ts';
import { SessionObserver } from './observers.ts';
import { pushFinishedResearch } from './research-push.ts';
import type { SharedSpeech } from './services.ts';

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

export interface SessionTaskSpec {
  args: BuildSessionArgs;
  processors: FrameProcessor[];
  log: Logger;
  agent: SessionAgent;
  language: string;
  /** What the session runs on besides its agent (`llm`, `realtime`), recorded and logged. */
  runsOn: Record<string, string>;
}

/** Builds the task, records the start and starts it; the caller greets once it resolves. */
export async function startSessionTask(spec: SessionTaskSpec): Promise<SessionRuntime> {
  const { args, log, agent, language } = spec;
  const { shared, session, transport } = args;
  const task = new PipelineTask(
    new Pipeline(spec.processors, { name: `session:${session.id.slice(0, 8)}` }),
    {
      clock: shared.clock,
      idleTimeoutMs: args.idleTimeoutMs,
      ...(transport.params ? { params: transport.params } : {}),
      observers: [
        ...(transport.observer ? [transport.observer] : []),
        ...(transport.observers ?? []),
        new SessionObserver({ sessionId: session.id, debug: args.debug, metrics: args.metrics }),
      ],
    },
  );
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

  const ran = { agent: agent.profile.id, agentVersion: agent.profile.version };
  await shared.sessionsTable.started(session, ran);
  await shared.recorder.append(session.id, 'session_start', {
    userId: session.userId,
    transport: session.transport,
    language,
    ...spec.runsOn,
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
  const { llm: _, ...runsOnBesidesLlm } = spec.runsOn;
  log.info({ transport: session.transport, language, ...runsOnBesidesLlm, ...ran }, 'session started');

  let closed: Promise<void> | undefined;
  return {
    task,
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
