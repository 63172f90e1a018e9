/**
 * The server's side of many nodes (issue #18): connects to Redis, registers this node, and
 * implements the app's one seam (`AppCluster`, cluster-seam.ts): placement for /start, the claim
 * of a session another node placed here, the session list and ending across nodes, cluster-wide
 * rate limits and the debug relay. Without REDIS_URL none of this exists and the server runs as
 * one node.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { NodeCommands } from '../cluster/commands.ts';
import { type ClusterEnv, nodeId } from '../cluster/config.ts';
import { DebugRelay } from '../cluster/debug-relay.ts';
import { clusterKeys } from '../cluster/keys.ts';
import { Placement } from '../cluster/placement.ts';
import { RedisWindowCounter } from '../cluster/rate.ts';
import { ClusterUnavailableError, connectRedis } from '../cluster/redis.ts';
import { NodeRegistry } from '../cluster/registry.ts';
import { childLogger } from '../log/logger.ts';
import type { Clock } from '../pipeline/clock.ts';
import type { SessionsRepository, StoredSession } from '../store/repositories/sessions.ts';
import {
  type AppCluster,
  type ClusterSessionInfo,
  MisdirectedSessionError,
  type ReserveSpec,
  StoreUnavailableError,
} from './cluster-seam.ts';
import type { DebugBus } from './debug-bus.ts';
import {
  type Session,
  SessionLimitError,
  type SessionManager,
  type TransportKind,
  toInfo,
} from './sessions.ts';

const log = childLogger({ component: 'cluster' });

export {
  type AppCluster,
  type ClusterRateLimits,
  type ClusterSessionInfo,
  MisdirectedSessionError,
  placeForStart,
  registerClusterAdmin,
  StoreUnavailableError,
} from './cluster-seam.ts';

const placedSpecSchema = z.object({
  id: z.string().min(1),
  userId: z.string().min(1),
  transport: z.string().min(1),
  ip: z.string(),
  language: z.string().optional(),
  requestData: z.record(z.string(), z.unknown()),
  agent: z.unknown().optional(),
});

export interface ClusterNode {
  app: AppCluster;
  /**
   * Registers this node (once it listens: placement may send clients at once), ends what a
   * previous process under the same NODE_ID left open, and starts the relays. Throws when
   * NODE_ID is taken by a live node or Redis is unreachable.
   */
  join(): Promise<void>;
  /**
   * Shutdown begins: tells the cluster this node is draining (no new sessions placed here); it
   * keeps its heartbeat, so its live sessions are not taken for a dead node's.
   */
  stopPlacing(): Promise<void>;
  /** After this node's sessions ended: leaves the cluster and closes the connections. */
  close(): Promise<void>;
}

export interface ClusterNodeOptions {
  env: ClusterEnv & { REDIS_URL: string };
  maxSessions: number;
  connectTimeoutMs: number;
  sessions: SessionManager;
  debug: DebugBus;
  clock: Clock;
  repo: SessionsRepository;
  /** Ends a dead node's open sessions in the store (recorded events kept). */
  endNodeSessions(nodeId: string, reason: string): Promise<number>;
}

export async function startClusterNode(opts: ClusterNodeOptions): Promise<ClusterNode> {
  const { env, sessions, repo, clock } = opts;
  const self = nodeId(env);
  const prefix = env.REDIS_KEY_PREFIX;
  if (!env.NODE_URL) throw new Error('NODE_URL is required with REDIS_URL');
  const url = env.NODE_URL.replace(/\/+$/, '');
  const redis = await connectRedis(env.REDIS_URL, self);
  const registry = new NodeRegistry({
    redis: redis.commands,
    prefix,
    self: { id: self, url, capacity: env.NODE_CAPACITY ?? opts.maxSessions },
    clock,
    heartbeatMs: env.NODE_HEARTBEAT_S * 1000,
    timeoutMs: env.NODE_TIMEOUT_S * 1000,
    hooks: {
      load: () => ({ live: sessions.activeCount, draining: sessions.draining || leaving }),
      openNodeIds: () => repo.openNodeIds(),
      endSessionsOf: (nodeId, reason) => opts.endNodeSessions(nodeId, reason),
      afterBeat: () => relay.refresh(),
      declaredDead: () => {
        // The store already says these sessions ended: stop them rather than run on unrecorded.
        for (const s of sessions.list())
          if (s.state !== 'ended') void sessions.end(s.id, 'node lost contact with the cluster');
      },
    },
  });
  let leaving = false;
  const placement = new Placement({
    redis: redis.commands,
    prefix,
    selfId: self,
    timeoutMs: env.NODE_TIMEOUT_S * 1000,
    // One and a half heartbeats missed: most likely dead, passed over while others have room.
    staleAfterMs: 2.5 * env.NODE_HEARTBEAT_S * 1000,
  });
  const relay = new DebugRelay({
    bus: opts.debug,
    redis: redis.commands,
    subscriber: redis.subscriber,
    prefix,
    selfId: self,
  });
  const commands = new NodeCommands({
    redis: redis.commands,
    subscriber: redis.subscriber,
    prefix,
    selfId: self,
    clock,
  });
  const join = async () => {
    try {
      await registry.start();
      // A process that comes back under the same NODE_ID: what its predecessor left open is dead.
      const ended = await opts.endNodeSessions(self, `node restarted: ${self} stopped without ending it`);
      if (ended > 0)
        log.warn({ sessions: ended }, 'ended the sessions a previous process of this node left open');
      await relay.start();
      await commands.start(async (command) => {
        await sessions.end(command.sessionId, command.reason);
        const s = sessions.get(command.sessionId);
        return s ? { ...toInfo(s), node: self } : undefined;
      });
    } catch (err) {
      await registry.stop().catch(() => undefined);
      await redis.close();
      throw err;
    }
  };
  const onChange = () => void registry.touch();
  sessions.on('ended', onChange);
  sessions.on('started', onChange);

  const unavailable = (what: string) => (err: unknown) => {
    throw new ClusterUnavailableError(what, err);
  };
  const fromStore = (s: StoredSession): ClusterSessionInfo => ({
    id: s.id,
    userId: s.userId ?? '',
    transport: s.transport as TransportKind,
    state: s.endedAt ? 'ended' : 'active',
    createdAt: s.startedAt,
    startedAt: s.startedAt,
    ...(s.endedAt ? { endedAt: s.endedAt } : {}),
    ...(s.endReason ? { endReason: s.endReason } : {}),
    language: s.language ?? 'en',
    ...(s.nodeId ? { node: s.nodeId } : {}),
  });
  const storeDown = (err: unknown) => {
    throw new StoreUnavailableError(err);
  };
  /** Reserves here under the given id/token, keeping Redis's count of this node right. */
  const reserveHere = async (spec: ReserveSpec, token: string): Promise<Session> => {
    let session: Session;
    try {
      session = sessions.reserve(spec);
    } catch (err) {
      await placement.cancel(self, token).catch(() => undefined);
      throw err;
    }
    // Counted by the heartbeat first, then the promise goes: never counted zero times.
    await registry.touch();
    await placement.settle(self, token).catch(() => undefined);
    return session;
  };

  const app: AppCluster = {
    nodeId: self,
    async reserve(spec, { remote }) {
      if (!remote) {
        const session = sessions.reserve(spec);
        void registry.touch();
        return { session };
      }
      const id = randomUUID();
      const token = randomBytes(24).toString('base64url');
      const { placed: _, ...rest } = spec;
      const placed = await placement
        .place(token, opts.connectTimeoutMs, JSON.stringify({ ...rest, id }))
        .catch(unavailable('placing the session'));
      if (!placed)
        throw new SessionLimitError(
          'every node of the cluster is at its limit of sessions (or draining); try again later',
        );
      // NODE_URL even here: behind a load balancer, PUBLIC_URL could reach another node.
      if (placed.nodeId === self)
        return { session: await reserveHere({ ...spec, placed: { id, token } }, token), publicUrl: url };
      log.debug({ session: id, node: placed.nodeId }, 'session placed on another node');
      const session: Session = {
        id,
        token,
        userId: spec.userId,
        transport: spec.transport,
        ip: spec.ip,
        language: spec.language ?? 'en',
        requestData: spec.requestData ?? {},
        state: 'pending',
        createdAt: new Date().toISOString(),
      };
      return { session, publicUrl: placed.url };
    },
    async claim(token) {
      const result = await placement.claim(token).catch(unavailable('checking the session token'));
      if (result.kind === 'none') return undefined;
      if (result.kind === 'elsewhere') {
        const known =
          registry.known.find((n) => n.id === result.nodeId) ??
          (await registry.list().catch(() => [])).find((n) => n.id === result.nodeId);
        throw new MisdirectedSessionError(result.nodeId, known?.url);
      }
      let parsed: z.infer<typeof placedSpecSchema>;
      try {
        parsed = placedSpecSchema.parse(JSON.parse(result.spec));
      } catch (err) {
        log.error({ err }, 'a placed session could not be read; the client must start again');
        return undefined;
      }
      const { id, agent, transport, ...spec } = parsed;
      return reserveHere(
        {
          ...spec,
          transport: transport as TransportKind,
          ...(agent ? { agent: agent as NonNullable<ReserveSpec['agent']> } : {}),
          placed: { id, token },
        },
        token,
      );
    },
    async listSessions(filter) {
      const here = sessions.list(filter).map((s) => ({ ...s, node: self }));
      const stored = await repo
        .list({ ...(filter.userId ? { userId: filter.userId } : {}), limit: 200 })
        .catch(storeDown);
      const byId = new Map<string, ClusterSessionInfo>(stored.map((s) => [s.id, fromStore(s)]));
      // This node's own view is the freshest (pending sessions are not in the store yet).
      for (const s of here) byId.set(s.id, s);
      return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async getSession(id) {
      const local = sessions.get(id);
      if (local) return { ...toInfo(local), node: self };
      const stored = await repo.find(id).catch(storeDown);
      return stored ? fromStore(stored) : undefined;
    },
    async endRemote(id, reason) {
      const stored = await repo.find(id).catch(storeDown);
      if (!stored) return undefined;
      if (stored.endedAt || !stored.nodeId) return fromStore(stored);
      const answer = (await commands.request(stored.nodeId, {
        kind: 'end-session',
        sessionId: id,
        reason,
      })) as ClusterSessionInfo | undefined;
      return answer ?? { ...fromStore(stored), state: 'ended' };
    },
    origins: () => registry.known.map((n) => new URL(n.url).origin),
    rateLimits: {
      redis: redis.commands,
      nameSpace: clusterKeys(prefix).rateLimitNamespace,
      counter: (name, max, windowMs) =>
        new RedisWindowCounter({ redis: redis.commands, prefix, name, max, windowMs }),
      unavailable: (err) =>
        err instanceof Error && 'statusCode' in err
          ? err
          : new ClusterUnavailableError('checking the rate limit', err),
    },
    healthy: () => registry.healthy,
    nodes: () => registry.list(),
  };

  return {
    app,
    join,
    async stopPlacing() {
      leaving = true;
      await registry.touch();
    },
    async close() {
      leaving = true;
      await registry.stop();
      sessions.off('ended', onChange);
      sessions.off('started', onChange);
      commands.stop();
      await relay.stop();
      await redis.close();
    },
  };
}
