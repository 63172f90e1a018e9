/**
 * Atomic placement and one-use claims. `place` picks, in one Lua script, the live non-draining
 * node with the most free room (capacity − live − placements promised and not yet connected;
 * ties go to the asking node, saving the client a hop) and records the promise, so two nodes
 * placing at once never overfill a third. A node whose heartbeats are late (`staleAfterMs`) is
 * chosen only when no punctual node has room: a dead node stays registered until NODE_TIMEOUT_S
 * ends it, and every client sent to it meanwhile fails to connect, while ending its sessions
 * that early would end a live node's conversations on one long pause. A session placed on another node waits under its
 * token's hash until that node claims it (once) or the connect timeout passes.
 */
import type { Redis } from 'ioredis';
import { type ClusterKeys, clusterKeys, tokenHash } from './keys.ts';

const PLACE = `
local prefix, self, ttl, hash, spec = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5]
local freshTtl = tonumber(ARGV[6])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
-- [1] nodes whose last heartbeat is recent, [2] the others still registered (late, maybe dead).
local best, bestFree, bestUrl = {nil, nil}, {0, 0}, {nil, nil}
for _, id in ipairs(redis.call('SMEMBERS', prefix .. 'nodes')) do
  local key = prefix .. 'node:' .. id
  local n = redis.call('HMGET', key, 'url', 'capacity', 'live', 'draining')
  if n[1] and n[4] ~= '1' then
    local holds = prefix .. 'holds:' .. id
    redis.call('ZREMRANGEBYSCORE', holds, '-inf', now)
    local free = tonumber(n[2]) - tonumber(n[3]) - redis.call('ZCARD', holds)
    local k = 1
    if freshTtl > 0 and redis.call('PTTL', key) < freshTtl then k = 2 end
    if free > bestFree[k] or (free > 0 and free == bestFree[k] and id == self) then
      best[k], bestFree[k], bestUrl[k] = id, free, n[1]
    end
  end
end
local k = 1
if not best[1] then k = 2 end
if not best[k] then return nil end
local chosen, chosenUrl = best[k], bestUrl[k]
local holds = prefix .. 'holds:' .. chosen
redis.call('ZADD', holds, now + ttl, hash)
redis.call('PEXPIRE', holds, ttl + 1000)
-- Also for this node's own sessions: another node shown their token can name the right one.
redis.call('SET', prefix .. 'claim:' .. hash, chosen .. '\\n' .. (chosen == self and '' or spec), 'PX', ttl)
return {chosen, chosenUrl}
`;

const CLAIM = `
local v = redis.call('GET', KEYS[1])
if not v then return nil end
local nl = string.find(v, '\\n', 1, true)
local node = string.sub(v, 1, nl - 1)
if node ~= ARGV[1] then return {0, node} end
redis.call('DEL', KEYS[1])
return {1, string.sub(v, nl + 1)}
`;

export interface Placed {
  nodeId: string;
  url: string;
}

export type ClaimResult =
  | { kind: 'none' }
  | { kind: 'elsewhere'; nodeId: string }
  | { kind: 'claimed'; spec: string };

type PlacementRedis = Redis & {
  vsPlace(...args: (string | number)[]): Promise<[string, string] | null>;
  vsClaim(key: string, self: string): Promise<[number, string] | null>;
};

export class Placement {
  readonly #redis: PlacementRedis;
  readonly #keys: ClusterKeys;
  readonly #prefix: string;
  readonly #self: string;
  readonly #freshTtl: number;

  /**
   * `timeoutMs` is the registrations' lifetime (NODE_TIMEOUT_S); `staleAfterMs` how long after
   * its last heartbeat a node is passed over while another has room. Both unset: never.
   */
  constructor(opts: {
    redis: Redis;
    prefix: string;
    selfId: string;
    timeoutMs?: number;
    staleAfterMs?: number;
  }) {
    const redis = opts.redis as PlacementRedis;
    if (typeof redis.vsPlace !== 'function') {
      redis.defineCommand('vsPlace', { numberOfKeys: 0, lua: PLACE });
      redis.defineCommand('vsClaim', { numberOfKeys: 1, lua: CLAIM });
    }
    this.#redis = redis;
    this.#keys = clusterKeys(opts.prefix);
    this.#prefix = opts.prefix;
    this.#self = opts.selfId;
    const { timeoutMs, staleAfterMs } = opts;
    this.#freshTtl =
      timeoutMs !== undefined && staleAfterMs !== undefined && staleAfterMs < timeoutMs
        ? timeoutMs - staleAfterMs
        : 0;
  }

  /**
   * Promises a slot for `token` on the best node for `ttlMs`; `spec` (what the chosen node needs
   * to reserve the session) is stored for it when it is not this node. Undefined: no node has room.
   */
  async place(token: string, ttlMs: number, spec: string): Promise<Placed | undefined> {
    const r = await this.#redis.vsPlace(
      this.#prefix,
      this.#self,
      Math.ceil(ttlMs),
      tokenHash(token),
      spec,
      Math.ceil(this.#freshTtl),
    );
    return r ? { nodeId: r[0], url: r[1] } : undefined;
  }

  /** The promised slot is now a session on its node, counted by that node's heartbeat. */
  async settle(nodeId: string, token: string): Promise<void> {
    await this.#redis.zrem(this.#keys.holds(nodeId), tokenHash(token));
  }

  /** Gives up a placement that was never handed out (the chosen node's own reservation failed). */
  async cancel(nodeId: string, token: string): Promise<void> {
    const hash = tokenHash(token);
    await this.#redis.multi().zrem(this.#keys.holds(nodeId), hash).del(this.#keys.claim(hash)).exec();
  }

  /**
   * Takes the session placed on this node under `token` (once: a second claim finds nothing);
   * a token placed on another node is left for it and its node is named.
   */
  async claim(token: string): Promise<ClaimResult> {
    const r = await this.#redis.vsClaim(this.#keys.claim(tokenHash(token)), this.#self);
    if (!r) return { kind: 'none' };
    return r[0] === 1 ? { kind: 'claimed', spec: r[1] } : { kind: 'elsewhere', nodeId: r[1] };
  }
}
