/**
 * Redis unreachable and restarted (a private redis-server, killed and started again), the rate
 * counter shared by nodes, the debug relay and node-to-node commands.
 */
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dropPrefix,
  freePort,
  PrivateRedis,
  TEST_REDIS_URL,
  uniquePrefix,
} from '../../test/cluster/redis.ts';
import { FakeClock } from '../pipeline/clock.ts';
import { NodeCommands, NodeUnreachableError } from './commands.ts';
import { DebugRelay, type LocalDebugBus, type RelayedEvent } from './debug-relay.ts';
import { RedisWindowCounter } from './rate.ts';
import { ClusterUnavailableError, connectRedis, type RedisPair } from './redis.ts';
import { NodeRegistry } from './registry.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function pair(url: string, id: string): Promise<RedisPair> {
  const p = await connectRedis(url, id);
  cleanups.push(() => p.close());
  return p;
}

describe('Redis unreachable', () => {
  it('at start: a clear error naming the URL without its password', async () => {
    const port = await freePort();
    const err = await connectRedis(`redis://:secret@127.0.0.1:${port}`, 'n1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClusterUnavailableError);
    expect((err as Error).message).toMatch(/cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1/);
    expect((err as Error).message).not.toContain('secret');
    expect((err as ClusterUnavailableError).statusCode).toBe(503);
  });

  it('killed and restarted: limits answer 503 at once meanwhile, then work again; nodes re-register', async () => {
    const server = await PrivateRedis.start();
    cleanups.push(() => server.stop());
    const { commands } = await pair(server.url, 'n1');
    const prefix = uniquePrefix();
    const counter = new RedisWindowCounter({ redis: commands, prefix, name: 'x', max: 2, windowMs: 60_000 });
    const registry = new NodeRegistry({
      redis: commands,
      prefix,
      self: { id: 'n1', url: 'http://n1.test', capacity: 3 },
      clock: new FakeClock(),
      heartbeatMs: 1_000,
      timeoutMs: 5_000,
      loop: false,
      hooks: {
        load: () => ({ live: 1, draining: false }),
        openNodeIds: async () => [],
        endSessionsOf: async () => 0,
      },
    });
    await registry.start();
    expect(await counter.hit('k')).toBe(0);

    // events.once would reject on the 'error' events a reconnecting client emits.
    const closed = new Promise((resolve) => commands.once('close', resolve));
    await server.stop();
    await closed;
    const down = await counter.hit('k').catch((e: unknown) => e);
    expect(down).toBeInstanceOf(ClusterUnavailableError);
    expect((down as Error).message).toMatch(/checking the rate limit: .*Redis\) is unreachable/);
    await registry.touch();
    expect(registry.healthy).toBe(false);

    const ready = new Promise((resolve) => commands.once('ready', resolve));
    await server.start();
    await ready;
    // Redis kept nothing: the window starts again, and the next heartbeat registers the node again.
    expect(await counter.hit('k')).toBe(0);
    expect(await registry.list()).toEqual([]);
    await registry.touch();
    expect(registry.healthy).toBe(true);
    expect(await registry.list()).toEqual([
      { id: 'n1', url: 'http://n1.test', capacity: 3, live: 1, draining: false },
    ]);
  });
});

describe('shared by nodes', () => {
  it('a rate counter holds across two nodes', async () => {
    const prefix = uniquePrefix();
    const a = await pair(TEST_REDIS_URL, 'a');
    const b = await pair(TEST_REDIS_URL, 'b');
    cleanups.push(() => dropPrefix(a.commands, prefix));
    const opts = { prefix, name: 'start', max: 3, windowMs: 60_000 };
    const onA = new RedisWindowCounter({ redis: a.commands, ...opts });
    const onB = new RedisWindowCounter({ redis: b.commands, ...opts });
    const waits = [
      await onA.hit('ip'),
      await onB.hit('ip'),
      await onA.hit('ip'),
      await onB.hit('ip'),
      await onA.hit('ip'),
    ];
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    for (const w of waits.slice(3)) {
      expect(w).toBeGreaterThan(59_000);
      expect(w).toBeLessThanOrEqual(60_000);
    }
    expect(await onB.hit('other-ip')).toBe(0);
  });

  it('the debug stream of one node reaches a watcher on another, and nothing is sent while nobody watches', async () => {
    const prefix = uniquePrefix();
    const busA = new TestBus();
    const busB = new TestBus();
    const a = await pair(TEST_REDIS_URL, 'a');
    const b = await pair(TEST_REDIS_URL, 'b');
    const relayA = new DebugRelay({
      bus: busA,
      redis: a.commands,
      subscriber: a.subscriber,
      prefix,
      selfId: 'a',
    });
    const relayB = new DebugRelay({
      bus: busB,
      redis: b.commands,
      subscriber: b.subscriber,
      prefix,
      selfId: 'b',
    });
    await relayA.start();
    await relayB.start();
    cleanups.push(async () => {
      await relayA.stop();
      await relayB.stop();
    });
    expect(relayA.remoteWatching).toBe(false);

    const hello = once(a.subscriber, 'message');
    const seen: RelayedEvent[] = [];
    const unwatch = busB.subscribe((e) => seen.push(e));
    await hello; // b announced its watcher
    expect(relayA.remoteWatching).toBe(true);
    const arrived = once(b.subscriber, 'message');
    busA.publish({ sessionId: 's1', kind: 'stt', at: 1, data: { text: 'hola' } });
    await arrived;
    expect(seen).toEqual([{ sessionId: 's1', kind: 'stt', at: 1, data: { text: 'hola' }, node: 'a' }]);

    unwatch();
    await relayB.refresh();
    await relayA.refresh();
    expect(relayA.remoteWatching).toBe(false);
  });

  it('a node asks another to end a session and gets its answer; an absent node is reported', async () => {
    const prefix = uniquePrefix();
    const a = await pair(TEST_REDIS_URL, 'a');
    const b = await pair(TEST_REDIS_URL, 'b');
    const clock = new FakeClock();
    const onA = new NodeCommands({ redis: a.commands, subscriber: a.subscriber, prefix, selfId: 'a', clock });
    const onB = new NodeCommands({ redis: b.commands, subscriber: b.subscriber, prefix, selfId: 'b', clock });
    const ended: string[] = [];
    await onA.start(async () => undefined);
    await onB.start(async (command) => {
      ended.push(`${command.sessionId}: ${command.reason}`);
      return { id: command.sessionId, state: 'ended' };
    });
    cleanups.push(async () => {
      onA.stop();
      onB.stop();
    });
    expect(
      await onA.request('b', { kind: 'end-session', sessionId: 's9', reason: 'ended through the API' }),
    ).toEqual({
      id: 's9',
      state: 'ended',
    });
    expect(ended).toEqual(['s9: ended through the API']);
    const absent = await onA
      .request('nobody', { kind: 'end-session', sessionId: 's1', reason: 'x' })
      .catch((e: unknown) => e);
    expect(absent).toBeInstanceOf(NodeUnreachableError);
    expect((absent as Error).message).toMatch(/node nobody is not connected to the cluster/);
  });
});

class TestBus implements LocalDebugBus {
  readonly #listeners = new Set<(e: RelayedEvent) => void>();
  onSubscribers: ((count: number) => void) | undefined;
  publish(event: RelayedEvent): void {
    for (const l of this.#listeners) l(event);
  }
  subscribe(listener: (e: RelayedEvent) => void): () => void {
    this.#listeners.add(listener);
    this.onSubscribers?.(this.#listeners.size);
    return () => {
      this.#listeners.delete(listener);
      this.onSubscribers?.(this.#listeners.size);
    };
  }
  get subscribers(): number {
    return this.#listeners.size;
  }
}
