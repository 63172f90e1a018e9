import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropPrefix, testRedis, uniquePrefix } from '../../test/cluster/redis.ts';
import { FakeClock } from '../pipeline/clock.ts';
import { clusterKeys } from './keys.ts';
import { type NodeHooks, NodeIdInUseError, NodeRegistry } from './registry.ts';

const HEARTBEAT = 1_000;

describe('node registry', () => {
  let redis: Redis;
  let prefix: string;
  let clock: FakeClock;
  const registries: NodeRegistry[] = [];

  beforeEach(() => {
    redis = testRedis();
    prefix = uniquePrefix();
    clock = new FakeClock();
  });
  afterEach(async () => {
    for (const r of registries.splice(0)) await r.stop();
    await dropPrefix(redis, prefix);
    redis.disconnect();
  });

  const node = (id: string, hooks: Partial<NodeHooks> = {}, load = { live: 0, draining: false }) => {
    const registry = new NodeRegistry({
      redis,
      prefix,
      self: { id, url: `http://${id}.test:7860`, capacity: 10 },
      clock,
      heartbeatMs: HEARTBEAT,
      timeoutMs: 5_000,
      // Each test beats and sweeps by hand, so no background sweep races it.
      loop: false,
      hooks: {
        load: () => load,
        openNodeIds: async () => [],
        endSessionsOf: async () => 0,
        ...hooks,
      },
    });
    registries.push(registry);
    return registry;
  };

  it('lists registered nodes with their capacity, load and draining flag', async () => {
    const load = { live: 3, draining: false };
    const a = node('a', {}, load);
    await a.start();
    await node('b').start();
    expect((await a.list()).sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'a', url: 'http://a.test:7860', capacity: 10, live: 3, draining: false },
      { id: 'b', url: 'http://b.test:7860', capacity: 10, live: 0, draining: false },
    ]);
    load.draining = true;
    load.live = 4;
    await a.touch();
    expect((await a.list()).find((n) => n.id === 'a')).toMatchObject({ live: 4, draining: true });
    const ttl = await redis.pttl(clusterKeys(prefix).node('a'));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
  });

  it('refuses a NODE_ID a live node holds', async () => {
    await node('same').start();
    await expect(node('same').start()).rejects.toThrow(NodeIdInUseError);
    await expect(node('same').start()).rejects.toThrow(/NODE_ID same is in use/);
  });

  it('declares a silent node dead once, after the grace, and only one node ends its sessions', async () => {
    const ended: string[] = [];
    const hooks = {
      endSessionsOf: async (id: string, reason: string) => {
        ended.push(`${id}: ${reason}`);
        return 2;
      },
    };
    const a = node('a', hooks);
    const c = node('c', hooks);
    await a.start();
    await c.start();
    await node('b').start();
    // b's registration expires (as its TTL would when it stops beating).
    await redis.del(clusterKeys(prefix).node('b'));
    expect(await a.sweep()).toEqual([]);
    expect(await c.sweep()).toEqual([]);
    await clock.advance(HEARTBEAT); // less than the grace of two heartbeats
    expect(await a.sweep()).toEqual([]);
    await clock.advance(HEARTBEAT);
    const [fromA, fromC] = await Promise.all([a.sweep(), c.sweep()]);
    expect([...fromA, ...fromC]).toEqual(['b']);
    expect(ended).toEqual(['b: node lost: b stopped sending heartbeats']);
    expect(await redis.sismember(clusterKeys(prefix).nodes, 'b')).toBe(0);
    // Declared once: later sweeps leave it alone.
    await clock.advance(10 * HEARTBEAT);
    expect([...(await a.sweep()), ...(await c.sweep())]).toEqual([]);
  });

  it('ends the open sessions of a node the store knows and Redis forgot (a Redis restart)', async () => {
    const ended: string[] = [];
    const a = node('a', {
      openNodeIds: async () => ['a', 'gone'],
      endSessionsOf: async (id) => {
        ended.push(id);
        return 1;
      },
    });
    await a.start();
    await a.sweep();
    await clock.advance(2 * HEARTBEAT);
    expect(await a.sweep()).toEqual(['gone']);
    expect(ended).toEqual(['gone']);
  });

  it('a node that re-registers within the grace is not declared dead (Redis restarted)', async () => {
    const ended: string[] = [];
    const a = node('a', {
      endSessionsOf: async (id) => {
        ended.push(id);
        return 0;
      },
    });
    const b = node('b');
    await a.start();
    await b.start();
    await redis.del(clusterKeys(prefix).node('b'));
    await a.sweep();
    await clock.advance(HEARTBEAT);
    await b.touch();
    await clock.advance(HEARTBEAT);
    expect(await a.sweep()).toEqual([]);
    expect(ended).toEqual([]);
  });

  it('a failed ending is retried on a later sweep (the database was unreachable)', async () => {
    let fail = true;
    const ended: string[] = [];
    const a = node('a', {
      endSessionsOf: async (id) => {
        if (fail) throw new Error('database unreachable');
        ended.push(id);
        return 1;
      },
    });
    await a.start();
    await node('b').start();
    await redis.del(clusterKeys(prefix).node('b'));
    await a.sweep();
    await clock.advance(2 * HEARTBEAT);
    expect(await a.sweep()).toEqual([]);
    fail = false;
    expect(await a.sweep()).toEqual(['b']);
    expect(ended).toEqual(['b']);
  });

  it('a node declared dead learns it on its next heartbeat', async () => {
    let told = 0;
    const a = node('a');
    const b = node('b', { declaredDead: () => told++ });
    await a.start();
    await b.start();
    await redis.del(clusterKeys(prefix).node('b'));
    await a.sweep();
    await clock.advance(2 * HEARTBEAT);
    expect(await a.sweep()).toEqual(['b']);
    await b.touch();
    expect(told).toBe(1);
    await b.touch();
    expect(told).toBe(1);
  });

  it('stop removes the node at once', async () => {
    const a = node('a');
    await a.start();
    await node('b').start();
    await a.stop();
    expect((await registries[1]!.list()).map((n) => n.id)).toEqual(['b']);
  });
});
