/**
 * The session API (list, read, end a session; its recorded conversation) and the debug event
 * stream, as one encapsulated plugin. A caller sees only its own sessions, an admin all of them;
 * with many nodes a session held by another node is read and ended through the cluster.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../http/errors.ts';
import type { Identity } from '../http/identity.ts';
import { corkForTick } from '../transports/connection.ts';
import type { AppCluster } from './cluster.ts';
import type { DebugBus } from './debug-bus.ts';
import { type Session, type SessionInfo, type SessionManager, toInfo } from './sessions.ts';

export interface SessionApiDeps {
  sessions: SessionManager;
  debug: DebugBus;
  cluster?: AppCluster;
  /** Every process's sessions (one process per core); absent: this process's SessionManager. */
  listSessions?(filter: { userId?: string }): Promise<SessionInfo[]>;
  /** Recorded conversation of a session. */
  listEvents?(sessionId: string): Promise<unknown[]>;
  /** Who a (possibly ended, possibly before a restart) session belongs to, from the store. */
  sessionOwner?(sessionId: string): Promise<string | undefined>;
}

export async function registerSessionApi(app: FastifyInstance, deps: SessionApiDeps): Promise<void> {
  const { sessions, debug } = deps;
  const typed = app.withTypeProvider<ZodTypeProvider>();
  // A caller without credentials becomes a guest (with no sessions), as before.
  const guest = { identity: 'guest' } as const;
  const sessionParams = z.object({ id: z.string().min(1).max(200).describe('Session id') });
  const ownSession = (identity: Identity, id: string): Session | undefined => {
    const session = sessions.get(id);
    if (!session) return undefined;
    return identity.kind === 'admin' || session.userId === identity.userId ? session : undefined;
  };

  /** A session on another node (many nodes), when the caller may see it. */
  const ownRemote = async (identity: Identity, id: string) => {
    const info = await deps.cluster?.getSession(id);
    return info && (identity.kind === 'admin' || info.userId === identity.userId) ? info : undefined;
  };
  typed.get(
    '/api/sessions',
    { schema: { tags: ['sessions'], summary: "The caller's sessions (all, for an admin)" }, config: guest },
    async (request) => {
      const { identity } = request;
      const filter = identity.kind === 'admin' ? {} : { userId: identity.userId };
      return {
        sessions: deps.cluster
          ? await deps.cluster.listSessions(filter)
          : deps.listSessions
            ? await deps.listSessions(filter)
            : sessions.list(filter),
      };
    },
  );
  typed.get(
    '/api/sessions/:id',
    {
      schema: { tags: ['sessions'], summary: "One of the caller's sessions", params: sessionParams },
      config: guest,
    },
    async (request) => {
      const session = ownSession(request.identity, request.params.id);
      if (session) return toInfo(session);
      const remote = await ownRemote(request.identity, request.params.id);
      if (!remote) throw new HttpError(404, 'no such session');
      return remote;
    },
  );
  typed.delete(
    '/api/sessions/:id',
    {
      schema: { tags: ['sessions'], summary: 'End a session cleanly', params: sessionParams },
      config: guest,
    },
    async (request) => {
      const session = ownSession(request.identity, request.params.id);
      if (!session) {
        // Many nodes: the node holding it ends it.
        const remote = await ownRemote(request.identity, request.params.id);
        if (!remote || !deps.cluster) throw new HttpError(404, 'no such session');
        const ended = await deps.cluster.endRemote(remote.id, 'ended through the API');
        if (!ended) throw new HttpError(404, 'no such session');
        return ended;
      }
      // Cancel, not a drain: draining would keep the bot talking (and this request open) for the
      // rest of its reply, and a cancel cannot cut a drain short (frames after `end` are dropped).
      await sessions.end(session.id, 'ended through the API');
      return toInfo(session);
    },
  );
  typed.get(
    '/api/sessions/:id/events',
    {
      schema: { tags: ['sessions'], summary: 'The recorded conversation', params: sessionParams },
      config: guest,
    },
    async (request) => {
      const { identity } = request;
      const owned =
        identity.kind === 'admin' ||
        ownSession(identity, request.params.id) !== undefined ||
        (await deps.sessionOwner?.(request.params.id)) === identity.userId;
      if (!owned) throw new HttpError(404, 'no such session');
      return { events: (await deps.listEvents?.(request.params.id)) ?? [] };
    },
  );

  // Loose: the console's `access_token` rides along in the query (read by the identity resolver).
  const debugQuery = z.looseObject({ session: z.string().max(200).optional() });
  typed.get(
    '/ws/debug',
    {
      websocket: true,
      schema: { tags: ['ops'], summary: 'Debug event stream (WebSocket)', querystring: debugQuery },
    },
    async (socket, request) => {
      // A socket closes instead of answering 401; watching needs credentials (no guest is minted).
      const identity = await request.resolveIdentity({ mint: false }).catch(() => undefined);
      const sessionId = request.query.session;
      const owner = async (id: string) =>
        sessions.get(id)?.userId ?? (await deps.cluster?.getSession(id).catch(() => undefined))?.userId;
      if (
        !identity ||
        (identity.kind !== 'admin' && (!sessionId || (await owner(sessionId)) !== identity.userId))
      ) {
        socket.close(4003, 'not allowed to watch this session');
        return;
      }
      const unsubscribe = debug.subscribe((event) => {
        if (socket.readyState === socket.OPEN && socket.bufferedAmount < 4 * 1024 * 1024) {
          // Every session's events reach this one socket: those of one tick leave in one write.
          corkForTick(socket);
          socket.send(JSON.stringify(event));
        }
      }, sessionId);
      socket.on('close', unsubscribe);
    },
  );
}
