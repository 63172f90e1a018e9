/**
 * The app's one seam to the cluster (AppCluster), with a hand-made cluster in front of the real
 * routes: /start answers the placed node's URL, the WebSocket claims tokens it does not hold and
 * turns the claim's refusals into close codes, the session API reads and ends across nodes.
 */
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { dropPrefix, testRedis, uniquePrefix } from '../../test/cluster/redis.ts';
import { WindowCounter } from '../http/window-counter.ts';
import { systemClock } from '../pipeline/clock.ts';
import { Pipeline, PipelineTask } from '../pipeline/index.ts';
import { transportEnvSchema } from '../transports/config.ts';
import { greetingSessionTransport } from '../transports/testing.ts';
import { twilioEnvSchema } from '../transports/twilio/config.ts';
import { webrtcEnvSchema } from '../transports/webrtc/config.ts';
import { createWebsocketTransport } from '../transports/websocket/routes.ts';
import { buildApp } from './app.ts';
import { type AppCluster, type ClusterSessionInfo, MisdirectedSessionError } from './cluster.ts';
import { serverEnvSchema } from './config.ts';
import { DebugBus } from './debug-bus.ts';
import { ServerMetrics } from './metrics.ts';
import { SessionManager } from './sessions.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

type Claim = AppCluster['claim'];

async function clusterApp(opts: { claim: Claim; remote?: ClusterSessionInfo }) {
  const redis: Redis = testRedis();
  const prefix = uniquePrefix();
  cleanups.push(async () => {
    await dropPrefix(redis, prefix);
    redis.disconnect();
  });
  const sessions = new SessionManager({
    clock: systemClock,
    limits: { maxSessions: 5, maxPerIdentity: 5, connectTimeoutMs: 60_000, maxDurationMs: 3_600_000 },
  });
  const ended: string[] = [];
  const reserved: boolean[] = [];
  const cluster: AppCluster = {
    nodeId: 'here',
    async reserve(spec, { remote }) {
      reserved.push(remote);
      return { session: sessions.reserve(spec), publicUrl: 'http://node-b.test:7860' };
    },
    claim: opts.claim,
    listSessions: async () => (opts.remote ? [opts.remote] : []),
    getSession: async (id) => (opts.remote?.id === id ? opts.remote : undefined),
    endRemote: async (id, reason) => {
      ended.push(`${id}: ${reason}`);
      return opts.remote && { ...opts.remote, state: 'ended' };
    },
    origins: () => [],
    rateLimits: {
      redis,
      nameSpace: `${prefix}rl:`,
      counter: (_name, max, windowMs) => new WindowCounter(max, windowMs, systemClock),
      unavailable: (err) => (err instanceof Error ? err : new Error(String(err))),
    },
    healthy: () => true,
    nodes: async () => [],
  };
  const app = await buildApp({
    env: serverEnvSchema.parse({}),
    sessions,
    metrics: new ServerMetrics(),
    debug: new DebugBus(),
    identify: async (request) => {
      const user = request.headers['x-test-user'];
      return typeof user === 'string'
        ? { userId: user, kind: user === 'admin' ? 'admin' : 'guest' }
        : undefined;
    },
    clock: systemClock,
    transportConfig: {
      transport: transportEnvSchema.parse({}),
      webrtc: webrtcEnvSchema.parse({}),
      twilio: twilioEnvSchema.parse({}),
    },
    ensureGuest: async () => {},
    transports: [
      createWebsocketTransport({
        sessionTransport: (connection, { session }) =>
          greetingSessionTransport(connection, `hello ${session.userId}`),
      }),
    ],
    runSession: async (_session, transport) => {
      const task = new PipelineTask(new Pipeline([transport.input, transport.output]), {
        idleTimeoutMs: null,
      });
      transport.attach(task);
      await task.start();
      return { task, close: (reason) => task.cancel(reason) };
    },
    cluster,
  });
  cleanups.push(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  return { sessions, ended, reserved, base: `http://127.0.0.1:${port}`, port };
}

/** Opens /ws?token= and resolves with how it ended, or 'open' once the greeting arrives. */
function connect(port: number, token: string): Promise<{ code: number; reason: string } | 'greeted'> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${encodeURIComponent(token)}`);
    ws.once('message', () => {
      resolve('greeted');
      ws.close();
    });
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    ws.once('error', reject);
  });
}

describe('the app with a cluster', () => {
  it("/start answers the placed node's URL", async () => {
    const { base, reserved } = await clusterApp({ claim: async () => undefined });
    const res = await fetch(`${base}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-user': 'u1' },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({ wsUrl: 'ws://node-b.test:7860/ws' });
    expect(reserved).toEqual([true]);
  });

  it('claims a token it does not hold and runs the session; refusals become close codes naming why', async () => {
    let answer: Awaited<ReturnType<Claim>> | Error;
    const app = await clusterApp({
      claim: async () => {
        if (answer instanceof Error) throw answer;
        return answer;
      },
    });
    answer = app.sessions.reserve({ userId: 'u1', transport: 'websocket', ip: '127.0.0.1' });
    expect(await connect(app.port, 'placed-here')).toBe('greeted');

    answer = new MisdirectedSessionError('n7', 'http://10.0.0.7:7860');
    expect(await connect(app.port, 'placed-there')).toEqual({
      code: 4421,
      reason: 'this session was placed on node n7 (http://10.0.0.7:7860); connect there',
    });
    answer = Object.assign(
      new Error(`the cluster's coordination service (Redis) is unreachable; ${'x'.repeat(200)}`),
      {
        statusCode: 503,
      },
    );
    const unreachable = await connect(app.port, 'any');
    expect(unreachable).toMatchObject({ code: 4503 });
    expect(Buffer.byteLength((unreachable as { reason: string }).reason)).toBeLessThanOrEqual(123);
    answer = undefined;
    expect(await connect(app.port, 'unknown')).toEqual({
      code: 4003,
      reason: 'invalid or expired session token',
    });
  });

  it('lists, shows and ends a session another node holds', async () => {
    const remote: ClusterSessionInfo = {
      id: 'remote-1',
      userId: 'u2',
      transport: 'websocket',
      state: 'active',
      createdAt: '2026-01-01T00:00:00.000Z',
      language: 'en',
      node: 'n9',
    };
    const { base, ended } = await clusterApp({ claim: async () => undefined, remote });
    const as = (user: string) => ({ headers: { 'x-test-user': user } });
    expect(await (await fetch(`${base}/api/sessions`, as('admin'))).json()).toEqual({ sessions: [remote] });
    expect(await (await fetch(`${base}/api/sessions/remote-1`, as('u2'))).json()).toEqual(remote);
    expect((await fetch(`${base}/api/sessions/remote-1`, as('someone-else'))).status).toBe(404);
    expect(
      (await fetch(`${base}/api/sessions/remote-1`, { method: 'DELETE', ...as('someone-else') })).status,
    ).toBe(404);
    expect(ended).toEqual([]);
    const res = await fetch(`${base}/api/sessions/remote-1`, { method: 'DELETE', ...as('u2') });
    expect(await res.json()).toMatchObject({ id: 'remote-1', state: 'ended', node: 'n9' });
    expect(ended).toEqual(['remote-1: ended through the API']);
  });
});
