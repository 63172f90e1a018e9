/**
 * The Redis connections a node holds: one for commands, one for subscriptions (a subscribed
 * connection can do nothing else). Commands fail fast while Redis is unreachable instead of
 * queueing, so a request gets a clear 503 at once; the connection keeps reconnecting by itself.
 */
import { Redis } from 'ioredis';

/** Redis is unreachable (or restarting): the caller should try again shortly. */
export class ClusterUnavailableError extends Error {
  override name = 'ClusterUnavailableError';
  readonly statusCode = 503;
  /** The reply says why (5xx messages are hidden otherwise). */
  readonly expose = true;
  constructor(what: string, cause?: unknown) {
    super(
      `${what}: the cluster's coordination service (Redis) is unreachable; try again in a few seconds`,
      cause === undefined ? undefined : { cause },
    );
  }
}

export interface RedisPair {
  commands: Redis;
  subscriber: Redis;
  close(): Promise<void>;
}

export function redisOptions(name: string) {
  return {
    connectionName: name,
    lazyConnect: true,
    // Fail fast while disconnected: a /start must not hang until Redis comes back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // Reconnect forever, at most every 2 s.
    retryStrategy: (attempt: number) => Math.min(100 * attempt, 2_000),
  } as const;
}

/** Connects both connections; throws ClusterUnavailableError when Redis cannot be reached at start. */
export async function connectRedis(url: string, nodeId: string): Promise<RedisPair> {
  const commands = new Redis(url, redisOptions(`vs-${nodeId}`));
  // The subscriber must queue its (re)subscriptions while reconnecting.
  const subscriber = new Redis(url, {
    ...redisOptions(`vs-${nodeId}-sub`),
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
  });
  // ioredis emits 'error' on every failed reconnect; callers watch `status` instead.
  commands.on('error', () => undefined);
  subscriber.on('error', () => undefined);
  try {
    await Promise.all([commands.connect(), subscriber.connect()]);
  } catch (err) {
    commands.disconnect();
    subscriber.disconnect();
    throw new ClusterUnavailableError(`cannot reach Redis at ${redactUrl(url)}`, err);
  }
  return {
    commands,
    subscriber,
    async close() {
      await Promise.allSettled([commands.quit(), subscriber.quit()]);
      commands.disconnect();
      subscriber.disconnect();
    },
  };
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'REDIS_URL';
  }
}
