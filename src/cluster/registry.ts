/**
 * Node registration and failure detection. Each node keeps a hash {url, capacity, live,
 * draining} that expires NODE_TIMEOUT_S after its last heartbeat; placement reads those. Any
 * live node sweeps for nodes that are gone — registered ones whose hash expired, and any node
 * the store still has open sessions for — and, after a grace that lets live nodes re-register
 * after a Redis restart, one of them (SET NX) ends the dead node's sessions in the store.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { childLogger } from '../log/logger.ts';
import type { Clock, TimerHandle } from '../pipeline/clock.ts';
import { type ClusterKeys, clusterKeys } from './keys.ts';
import { ClusterUnavailableError } from './redis.ts';

const log = childLogger({ component: 'cluster' });

export interface NodeInfo {
  id: string;
  url: string;
  capacity: number;
  live: number;
  draining: boolean;
}

/** What the registry needs from the node around it. */
export interface NodeHooks {
  /** Sessions live or reserved on this node now, and whether it is draining. */
  load(): { live: number; draining: boolean };
  /** Node ids the store still has open (not ended) sessions for. */
  openNodeIds(): Promise<string[]>;
  /** Ends a dead node's open sessions in the store, their recorded events kept; returns how many. */
  endSessionsOf(nodeId: string, reason: string): Promise<number>;
  /** After each heartbeat and sweep (the debug relay re-reads whether anyone watches). */
  afterBeat?(): Promise<void>;
  /** Another node declared this one dead (it lost Redis longer than the timeout): its sessions were ended. */
  declaredDead?(): void;
}

export interface RegistryOptions {
  redis: Redis;
  prefix: string;
  self: { id: string; url: string; capacity: number };
  clock: Clock;
  heartbeatMs: number;
  timeoutMs: number;
  hooks: NodeHooks;
  /** Beat and sweep on the clock by themselves (default); tests drive touch() and sweep() instead. */
  loop?: boolean;
}

/** Thrown at start when NODE_ID is already taken by a live node. */
export class NodeIdInUseError extends Error {
  override name = 'NodeIdInUseError';
}

export class NodeRegistry {
  readonly #o: RegistryOptions;
  readonly #keys: ClusterKeys;
  /** Distinguishes this process from another that (wrongly) uses the same NODE_ID. */
  readonly #instance = randomUUID();
  /** When this node first saw each missing node missing (clock ms). */
  readonly #missingSince = new Map<string, number>();
  #timer: TimerHandle | undefined;
  #beating: Promise<void> | undefined;
  #queued: Promise<void> | undefined;
  #stopped = false;
  #healthy = false;
  #nodes: NodeInfo[] = [];

  constructor(opts: RegistryOptions) {
    this.#o = opts;
    this.#keys = clusterKeys(opts.prefix);
  }

  get id(): string {
    return this.#o.self.id;
  }

  /** True while the last heartbeat reached Redis. */
  get healthy(): boolean {
    return this.#healthy;
  }

  /** The live nodes as of the last heartbeat (for origins and messages; placement reads Redis). */
  get known(): readonly NodeInfo[] {
    return this.#nodes;
  }

  /** Registers (refusing a NODE_ID a live node holds) and starts the heartbeat. */
  async start(): Promise<void> {
    const existing = await this.#o.redis.hget(this.#keys.node(this.id), 'instance').catch((err: unknown) => {
      throw new ClusterUnavailableError('registering this node', err);
    });
    if (existing && existing !== this.#instance)
      throw new NodeIdInUseError(
        `NODE_ID ${this.id} is in use by a live node (it sent a heartbeat in the last ${this.#o.timeoutMs / 1000} s); give each node its own NODE_ID (the same node restarted at once can start when that registration expires, within NODE_TIMEOUT_S)`,
      );
    await this.#write();
    this.#healthy = true;
    if (this.#o.loop !== false) this.#schedule();
  }

  /**
   * Sends a heartbeat now (the load changed); beats never overlap, and one asked for during
   * another runs after it. Resolves when a beat that read the load after this call is done
   * (never rejects: `healthy` says whether it reached Redis).
   */
  touch(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (!this.#beating) {
      this.#beating = this.#runBeat();
      return this.#beating;
    }
    this.#queued ??= this.#beating.then(() => {
      this.#queued = undefined;
      this.#beating = this.#runBeat();
      return this.#beating;
    });
    return this.#queued;
  }

  #runBeat(): Promise<void> {
    const beat: Promise<void> = this.#write()
      .then(
        () => {
          this.#healthy = true;
        },
        (err: unknown) => {
          if (this.#healthy) log.warn({ err }, 'heartbeat failed (Redis unreachable?)');
          this.#healthy = false;
        },
      )
      .finally(() => {
        if (this.#beating === beat) this.#beating = undefined;
      });
    return beat;
  }

  /** Live nodes, read from Redis now. */
  async list(): Promise<NodeInfo[]> {
    const ids = await this.#o.redis.smembers(this.#keys.nodes);
    const pipe = this.#o.redis.pipeline();
    for (const id of ids) pipe.hgetall(this.#keys.node(id));
    const rows = (await pipe.exec()) ?? [];
    const nodes: NodeInfo[] = [];
    ids.forEach((id, i) => {
      const h = rows[i]?.[1] as Record<string, string> | undefined;
      if (!h?.url) return;
      nodes.push({
        id,
        url: h.url,
        capacity: Number(h.capacity),
        live: Number(h.live),
        draining: h.draining === '1',
      });
    });
    this.#nodes = nodes;
    return nodes;
  }

  /** Looks for dead nodes and ends the sessions of those this node wins; returns their ids. */
  async sweep(): Promise<string[]> {
    const { redis } = this.#o;
    const registered = await redis.smembers(this.#keys.nodes);
    // A store that is briefly unreachable must not stop the Redis side of the sweep.
    const open = await this.#o.hooks.openNodeIds().catch((err: unknown) => {
      log.warn({ err }, 'listing the nodes with open sessions failed; sweeping registered nodes only');
      return [] as string[];
    });
    const candidates = [...new Set([...registered, ...open])].filter((id) => id !== this.id);
    if (candidates.length === 0) return [];
    const pipe = redis.pipeline();
    for (const id of candidates) pipe.exists(this.#keys.node(id));
    const alive = ((await pipe.exec()) ?? []).map((r) => r[1] === 1);
    const now = this.#o.clock.now();
    // Live nodes re-register within a heartbeat after a Redis restart; two beats of grace.
    const grace = 2 * this.#o.heartbeatMs;
    const declared: string[] = [];
    for (const [i, id] of candidates.entries()) {
      if (alive[i]) {
        this.#missingSince.delete(id);
        continue;
      }
      const since = this.#missingSince.get(id);
      if (since === undefined) {
        this.#missingSince.set(id, now);
        continue;
      }
      if (now - since < grace) continue;
      if (await this.#declareDead(id)) declared.push(id);
    }
    return declared;
  }

  /** Stops the heartbeat and removes this node, so placement stops at once (a clean shutdown). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#timer?.cancel();
    await this.#queued;
    await this.#beating;
    await this.#o.redis
      .multi()
      .del(this.#keys.node(this.id))
      .srem(this.#keys.nodes, this.id)
      .del(this.#keys.holds(this.id))
      .exec()
      .catch(() => undefined);
  }

  async #declareDead(id: string): Promise<boolean> {
    const { redis } = this.#o;
    const lock = this.#keys.deathLock(id);
    const won = await redis.set(lock, this.id, 'PX', Math.max(30_000, 3 * this.#o.timeoutMs), 'NX');
    if (won !== 'OK') return false;
    const reason = `node lost: ${id} stopped sending heartbeats`;
    try {
      const ended = await this.#o.hooks.endSessionsOf(id, reason);
      await redis
        .multi()
        .srem(this.#keys.nodes, id)
        .del(this.#keys.holds(id))
        .set(this.#keys.lost(id), this.id, 'PX', 3_600_000)
        .exec();
      this.#missingSince.delete(id);
      log.warn({ node: id, sessions: ended }, 'node declared dead; its sessions are ended');
      return true;
    } catch (err) {
      // Let any node (this one included) try again on a later sweep.
      await redis.del(lock).catch(() => undefined);
      log.warn({ err, node: id }, "ending a dead node's sessions failed; will retry");
      return false;
    }
  }

  async #write(): Promise<void> {
    const { redis, self } = this.#o;
    const { live, draining } = this.#o.hooks.load();
    const key = this.#keys.node(this.id);
    const results = await redis
      .multi()
      .hset(key, {
        url: self.url,
        capacity: self.capacity,
        live,
        draining: draining ? '1' : '0',
        instance: this.#instance,
      })
      .pexpire(key, this.#o.timeoutMs)
      .sadd(this.#keys.nodes, this.id)
      .get(this.#keys.lost(this.id))
      .exec();
    const lostBy = results?.[3]?.[1];
    if (typeof lostBy === 'string') {
      await redis.del(this.#keys.lost(this.id));
      log.error(
        { declaredBy: lostBy },
        'this node was declared dead by another (it could not reach Redis for longer than NODE_TIMEOUT_S); its sessions were ended in the store',
      );
      this.#o.hooks.declaredDead?.();
    }
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = this.#o.clock.setTimer(() => void this.#tick(), this.#o.heartbeatMs);
  }

  async #tick(): Promise<void> {
    await this.touch();
    try {
      if (this.#healthy) {
        await this.list();
        await this.sweep();
        await this.#o.hooks.afterBeat?.();
      }
    } catch (err) {
      log.warn({ err }, 'cluster sweep failed');
    } finally {
      this.#schedule();
    }
  }
}
