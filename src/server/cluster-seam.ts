/**
 * The app's side of many nodes (issue #18): what the app asks of the cluster (`AppCluster`),
 * the errors a cluster-wide call answers with, and the two places the app uses it directly:
 * /start's placement and the admin's node list. The Redis-backed implementation is cluster.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { ClusterUnavailableError } from '../cluster/redis.ts';
import type { NodeInfo } from '../cluster/registry.ts';
import { HttpError } from '../http/errors.ts';
import type { HitCounter } from '../http/window-counter.ts';
import type { Session, SessionInfo, SessionManager } from './sessions.ts';

/** A session as the cluster-wide list shows it: with the node it runs (or ran) on. */
export interface ClusterSessionInfo extends SessionInfo {
  node?: string;
}

export type ReserveSpec = Parameters<SessionManager['reserve']>[0];

/** Rate limits held in Redis (hardening takes them). */
export interface ClusterRateLimits {
  /** For @fastify/rate-limit's Redis store. */
  redis: Redis;
  nameSpace: string;
  counter(name: string, max: number, windowMs: number): HitCounter;
  /** What a failing limiter's error becomes (Redis unreachable → a clear 503). */
  unavailable(err: unknown): Error;
}

/** What the app asks of the cluster. */
export interface AppCluster {
  readonly nodeId: string;
  /**
   * Reserves the session on the node with the most room, this one or another, whose NODE_URL
   * (`publicUrl`) the transport's reply must carry. `remote: false` keeps it here under the
   * usual public URL (transports whose client cannot be sent elsewhere).
   */
  reserve(spec: ReserveSpec, opts: { remote: boolean }): Promise<{ session: Session; publicUrl?: string }>;
  /**
   * The session another node placed here under `token` (once). Undefined: no such token; a 421
   * error naming the right node when it was placed elsewhere.
   */
  claim(token: string): Promise<Session | undefined>;
  listSessions(filter: { userId?: string }): Promise<ClusterSessionInfo[]>;
  getSession(id: string): Promise<ClusterSessionInfo | undefined>;
  /** Ends a session another node holds (asks that node). */
  endRemote(id: string, reason: string): Promise<ClusterSessionInfo | undefined>;
  /** Origins of the live nodes (a page served by one opens its WebSocket to another). */
  origins(): string[];
  rateLimits: ClusterRateLimits;
  /** Redis reachable at the last heartbeat. */
  healthy(): boolean;
  /** The live nodes, read from Redis now. */
  nodes(): Promise<NodeInfo[]>;
}

/** Transports whose client connects to the URL /start returns, so a session can be placed on any node. */
const PLACEABLE: ReadonlySet<string> = new Set(['websocket']);

/**
 * /start on many nodes: places the session and gives the host the transport's reply is built
 * with (its public URL the chosen node's).
 */
export async function placeForStart<H extends { config: { publicUrl: string | undefined } }>(
  cluster: AppCluster,
  spec: ReserveSpec,
  host: H,
): Promise<{ session: Session; host: H }> {
  const { session, publicUrl } = await cluster.reserve(spec, { remote: PLACEABLE.has(spec.transport) });
  return { session, host: publicUrl ? { ...host, config: { ...host.config, publicUrl } } : host };
}

/** GET /api/admin/cluster: this node and the live ones (shop owner). */
export async function registerClusterAdmin(
  app: FastifyInstance,
  opts: { cluster: AppCluster },
): Promise<void> {
  app.get(
    '/api/admin/cluster',
    {
      schema: { tags: ['ops'], summary: 'The nodes of the cluster: capacity, live sessions, draining' },
      config: { identity: 'guest' },
    },
    async (request) => {
      if (request.identity.kind !== 'admin') throw new HttpError(403, 'shop owner only (ADMIN_TOKEN)');
      const nodes = await opts.cluster.nodes().catch((err: unknown) => {
        throw new ClusterUnavailableError('listing the nodes', err);
      });
      return { self: opts.cluster.nodeId, nodes: nodes.sort((a, b) => a.id.localeCompare(b.id)) };
    },
  );
}

/** The store did not answer a cluster-wide read; the reply says so (5xx are hidden otherwise). */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  readonly statusCode = 503;
  readonly expose = true;
  constructor(cause: unknown) {
    super('the session list is unavailable (database unreachable); try again shortly', { cause });
  }
}

/** A client presented a valid token to a node that does not hold its session. */
export class MisdirectedSessionError extends Error {
  override name = 'MisdirectedSessionError';
  readonly statusCode = 421;
  readonly nodeUrl: string | undefined;
  constructor(nodeId: string, nodeUrl: string | undefined) {
    super(`this session was placed on node ${nodeId}${nodeUrl ? ` (${nodeUrl})` : ''}; connect there`);
    this.nodeUrl = nodeUrl;
  }
}
