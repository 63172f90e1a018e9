/**
 * The fixed-window counter of src/http/window-counter.ts held in Redis, so a limit holds across
 * every node: same semantics (at most `max` hits per key per window, the window starting at its
 * first hit), one atomic script per hit.
 */
import type { Redis } from 'ioredis';
import type { HitCounter } from '../http/window-counter.ts';
import { clusterKeys } from './keys.ts';
import { ClusterUnavailableError } from './redis.ts';

const HIT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
if n > tonumber(ARGV[2]) then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
  return ttl
end
return 0
`;

type CounterRedis = Redis & { vsHit(key: string, windowMs: number, max: number): Promise<number> };

export class RedisWindowCounter implements HitCounter {
  readonly #redis: CounterRedis;
  readonly #key: (key: string) => string;
  readonly #max: number;
  readonly #windowMs: number;

  constructor(opts: { redis: Redis; prefix: string; name: string; max: number; windowMs: number }) {
    const redis = opts.redis as CounterRedis;
    if (typeof redis.vsHit !== 'function') redis.defineCommand('vsHit', { numberOfKeys: 1, lua: HIT });
    this.#redis = redis;
    const keys = clusterKeys(opts.prefix);
    this.#key = (key) => keys.rate(opts.name, key);
    this.#max = opts.max;
    this.#windowMs = opts.windowMs;
  }

  /** Milliseconds to wait (0: allowed); a 503 ClusterUnavailableError while Redis is unreachable. */
  async hit(key: string): Promise<number> {
    try {
      return Number(await this.#redis.vsHit(this.#key(key), this.#windowMs, this.#max));
    } catch (err) {
      throw new ClusterUnavailableError('checking the rate limit', err);
    }
  }
}
