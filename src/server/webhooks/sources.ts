/**
 * Which conversation events become webhooks: a session's start, and its end with the whole
 * recorded conversation (user transcripts, assistant text, tool calls and results, UI events).
 */
import { childLogger } from '../../log/logger.ts';
import { type SessionManager, toInfo } from '../sessions.ts';
import type { WebhookDispatcher } from './dispatcher.ts';

const log = childLogger({ component: 'webhooks' });

export function publishSessionEvents(
  sessions: SessionManager,
  dispatcher: Pick<WebhookDispatcher, 'publish'>,
  listEvents: (sessionId: string) => Promise<unknown[]>,
): () => void {
  const onStarted = (session: Parameters<typeof toInfo>[0]) => {
    dispatcher
      .publish('session.started', { session: toInfo(session) })
      .catch((err: unknown) => log.error({ err, sessionId: session.id }, 'could not queue session.started'));
  };
  const onEnded = (session: Parameters<typeof toInfo>[0]) => {
    void (async () => {
      const events = await listEvents(session.id).catch(() => []);
      await dispatcher.publish('session.ended', { session: toInfo(session), events });
    })().catch((err: unknown) => log.error({ err, sessionId: session.id }, 'could not queue session.ended'));
  };
  sessions.on('started', onStarted);
  sessions.on('ended', onEnded);
  return () => {
    sessions.off('started', onStarted);
    sessions.off('ended', onEnded);
  };
}
