/**
 * Atomic placement and one-use claims. `place` picks, in one Lua script, the live non-draining
 * node with the most free room (capacity − live − placements promised and not yet connected;
 * ties go to the asking node, saving the client a hop) and records the promise, so two nodes
 * placing at once never overfill a third. A session placed on another node waits under its
 * token's hash until that node claims it (once) or the connect timeout passes.
 */
import type { Redis } from 'ioredis';
import { type ClusterKeys, clusterKeys, tokenHash } from './keys.ts';

const PLACE = `
local prefix, self, ttl, hash, spec = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local best, bestFree, bestUrl = nil, 0, nil
for _, id in ipairs(redis.call('SMEMBERS', prefix .. 'nodes')) do
  local n = redis.call('HMGET', prefix .. 'node:' .. id, 'url', 'capacity', 'live', 'draining')
  if n[1] and n[4] ~= '1' then
    local holds = prefix .. 'holds:' .. id
    redis.call('ZREMRANGEBYSCORE', holds, '-inf', now)
    local free = tonumber(n[2]) - tonumber(n[3]) - redis.call('ZCARD', holds)
    if free > bestFree or (free > 0 and free == bestFree and id == self) then
      best, bestFree, bestUrl = id, free, n[1]
    end
  end
end
if not best then return nil end
local holds = prefix .. 'holds:' .. best
redis.call('ZADD', holds, now + ttl, hash)
redis.call('PEXPIRE', holds, ttl + 1000)
-- Also for this node's own sessions: another node shown their token can name the right one.
redis.call('SET', prefix .. 'claim:' .. hash, best .. '\\n' .. (best == self and '' or spec), 'PX', ttl)
return {best, bestUrl}
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

  constructor(opts: { redis: Redis; prefix: string; selfId: string }) {
    const redis = opts.redis as PlacementRedis;
    if (typeof redis.vsPlace !== 'function') {
      redis.defineCommand('vsPlace', { numberOfKeys: 0, lua: PLACE });
      redis.defineCommand('vsClaim', { numberOfKeys: 1, lua: CLAIM });
    }
    this.#redis = redis;
    this.#keys = clusterKeys(opts.prefix);
    this.#prefix = opts.prefix;
    this.#self = opts.selfId;
  }

  /**
   * Promises a slot for `token` on the best node for `ttlMs`; `spec` (what the chosen node needs
   * to reserve the session) is stored for it when it is not this node. Undefined: no node has room.
   */
  async place(token: string, ttlMs: number, spec: string): Promise<Placed | undefined> {
    const r = await this.#redis.vsPlace(this.#prefix, this.#self, Math.ceil(ttlMs), tokenHash(token), spec);
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
