import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropPrefix, testRedis, uniquePrefix } from '../../test/cluster/redis.ts';
import { FakeClock } from '../pipeline/clock.ts';
import { clusterKeys, tokenHash } from './keys.ts';
import { Placement } from './placement.ts';
import { NodeRegistry } from './registry.ts';

describe('placement and one-use claims', () => {
  let redis: Redis;
  let prefix: string;
  const registries: NodeRegistry[] = [];

  beforeEach(() => {
    redis = testRedis();
    prefix = uniquePrefix();
  });
  afterEach(async () => {
    for (const r of registries.splice(0)) await r.stop();
    await dropPrefix(redis, prefix);
    redis.disconnect();
  });

  const register = async (id: string, capacity: number, load = { live: 0, draining: false }) => {
    const registry = new NodeRegistry({
      redis,
      prefix,
      self: { id, url: `http://${id}.test`, capacity },
      clock: new FakeClock(),
      heartbeatMs: 1_000,
      timeoutMs: 5_000,
      loop: false,
      hooks: { load: () => load, openNodeIds: async () => [], endSessionsOf: async () => 0 },
    });
    registries.push(registry);
    await registry.start();
    return registry;
  };
  const placer = (selfId: string) => new Placement({ redis, prefix, selfId });

  it('never overfills: 60 concurrent placements from three nodes on 3 × 5 slots', async () => {
    await register('a', 5);
    await register('b', 5);
    await register('c', 5, { live: 2, draining: false });
    const placers = [placer('a'), placer('b'), placer('c')];
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => placers[i % 3]!.place(`token-${i}`, 60_000, '{}')),
    );
    const placed = results.filter((r) => r !== undefined);
    const perNode = Object.groupBy(placed, (r) => r.nodeId);
    expect(placed).toHaveLength(13);
    expect(perNode.a).toHaveLength(5);
    expect(perNode.b).toHaveLength(5);
    expect(perNode.c).toHaveLength(3);
    expect(placed.find((r) => r.nodeId === 'b')?.url).toBe('http://b.test');
  });

  it('picks the node with most room, the asking node on a tie, and skips draining and dead nodes', async () => {
    await register('a', 4, { live: 2, draining: false });
    await register('b', 4, { live: 0, draining: false });
    await register('c', 10, { live: 0, draining: true });
    await register('d', 10);
    await redis.del(clusterKeys(prefix).node('d')); // its heartbeat expired
    expect((await placer('a').place('t1', 60_000, '{}'))?.nodeId).toBe('b'); // b: 4 free, a: 2
    expect((await placer('a').place('t2', 60_000, '{}'))?.nodeId).toBe('b'); // b: 3 free
    expect((await placer('a').place('t3', 60_000, '{}'))?.nodeId).toBe('a'); // tie 2–2: the asker
    expect((await placer('b').place('t4', 60_000, '{}'))?.nodeId).toBe('b'); // b: 2 free, a: 1
  });

  it('passes over a node whose heartbeats are late while a punctual one has room, not when none has', async () => {
    // timeoutMs 5 s as registered; late after 2.5 s without a heartbeat.
    const punctual = (selfId: string) =>
      new Placement({ redis, prefix, selfId, timeoutMs: 5_000, staleAfterMs: 2_500 });
    await register('a', 4, { live: 3, draining: false });
    await register('late', 10);
    // Its last heartbeat was 3 s ago: 2 s of its registration left.
    await redis.pexpire(clusterKeys(prefix).node('late'), 2_000);
    expect((await punctual('a').place('t1', 60_000, '{}'))?.nodeId).toBe('a'); // 1 free beats 10 late
    // The late node is still the answer when it alone has room (a pause, not a proven death)…
    expect((await punctual('a').place('t2', 60_000, '{}'))?.nodeId).toBe('late');
    // …and a placer without the setting keeps the old rule: the most room wins.
    await redis.zrem(clusterKeys(prefix).holds('late'), tokenHash('t2'));
    await redis.zrem(clusterKeys(prefix).holds('a'), tokenHash('t1'));
    expect((await placer('a').place('t3', 60_000, '{}'))?.nodeId).toBe('late');
    // A heartbeat makes it punctual again.
    await redis.pexpire(clusterKeys(prefix).node('late'), 5_000);
    expect((await punctual('a').place('t4', 60_000, '{}'))?.nodeId).toBe('late');
  });

  it('a placement not connected within its time frees its slot', async () => {
    await register('a', 1);
    const p = placer('a');
    expect(await p.place('first', 60_000, '{}')).toBeDefined();
    expect(await p.place('second', 60_000, '{}')).toBeUndefined();
    // The connect timeout passes: the promise's expiry (its score) is now in the past.
    await redis.zadd(clusterKeys(prefix).holds('a'), 'XX', 1, tokenHash('first'));
    expect((await p.place('second', 60_000, '{}'))?.nodeId).toBe('a');
    expect(await p.place('third', 60_000, '{}')).toBeUndefined();
  });

  it('a token placed on another node is claimed once by that node and named to any other', async () => {
    await register('a', 5, { live: 5, draining: false }); // full: b gets it
    await register('b', 5);
    await register('c', 5, { live: 5, draining: false });
    const placed = await placer('a').place('the-token', 60_000, '{"userId":"u1"}');
    expect(placed?.nodeId).toBe('b');
    expect(await placer('c').claim('the-token')).toEqual({ kind: 'elsewhere', nodeId: 'b' });
    expect(await placer('b').claim('the-token')).toEqual({ kind: 'claimed', spec: '{"userId":"u1"}' });
    expect(await placer('b').claim('the-token')).toEqual({ kind: 'none' });
    expect(await placer('c').claim('the-token')).toEqual({ kind: 'none' });
    expect(await placer('b').claim('never-issued')).toEqual({ kind: 'none' });
    // Redis never holds the token itself.
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.some((k) => k.includes('the-token'))).toBe(false);
  });

  it('a token of a session placed on the asking node itself is named to other nodes', async () => {
    await register('a', 5);
    const placed = await placer('a').place('local-token', 60_000, '{}');
    expect(placed?.nodeId).toBe('a');
    expect(await placer('b').claim('local-token')).toEqual({ kind: 'elsewhere', nodeId: 'a' });
  });

  it('cancel gives the slot back and forgets the token', async () => {
    await register('a', 1);
    const p = placer('a');
    expect(await p.place('t', 60_000, '{}')).toBeDefined();
    expect(await p.place('u', 60_000, '{}')).toBeUndefined();
    await p.cancel('a', 't');
    expect(await placer('b').claim('t')).toEqual({ kind: 'none' });
    expect((await p.place('u', 60_000, '{}'))?.nodeId).toBe('a');
  });
});
