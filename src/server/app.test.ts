import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FakeClock, systemClock } from '../pipeline/clock.ts';
import { Pipeline, PipelineTask } from '../pipeline/index.ts';
import { ProviderHealth } from '../services/health.ts';
import { transportEnvSchema } from '../transports/config.ts';
import { greetingSessionTransport } from '../transports/testing.ts';
import { twilioEnvSchema } from '../transports/twilio/config.ts';
import { twilioTransport } from '../transports/twilio/routes.ts';
import { webrtcEnvSchema } from '../transports/webrtc/config.ts';
import { webrtcTransport } from '../transports/webrtc/routes.ts';
import { createWebsocketTransport } from '../transports/websocket/routes.ts';
import { type AppDeps, buildApp } from './app.ts';
import { serverEnvSchema } from './config.ts';
import { DebugBus } from './debug-bus.ts';
import { ServerMetrics, watchProviderHealth } from './metrics.ts';
import { SessionManager } from './sessions.ts';

type App = Awaited<ReturnType<typeof buildApp>>;
const apps: App[] = [];

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function makeApp(overrides: Partial<AppDeps> = {}, envOverrides: Record<string, string> = {}) {
  const env = serverEnvSchema.parse({ MAX_SESSIONS_PER_IDENTITY: '2', ...envOverrides });
  const sessions = new SessionManager({
    clock: systemClock,
    limits: {
      maxSessions: env.MAX_SESSIONS,
      maxPerIdentity: env.MAX_SESSIONS_PER_IDENTITY,
      connectTimeoutMs: 60_000,
      maxDurationMs: 3_600_000,
    },
  });
  const closed: string[] = [];
  const app = await buildApp({
    env,
    sessions,
    metrics: overrides.metrics ?? new ServerMetrics(),
    debug: new DebugBus(),
    identify: async (request) => {
      const user = request.headers['x-test-user'];
      if (typeof user !== 'string') return undefined;
      return { userId: user, kind: user === 'admin' ? 'admin' : 'guest' };
    },
    clock: systemClock,
    transportConfig: {
      transport: transportEnvSchema.parse({}),
      webrtc: webrtcEnvSchema.parse({}),
      twilio: twilioEnvSchema.parse({}),
    },
    ensureGuest: async () => {},
    // The real /ws route (token check, attach) over a stand-in for the audio transport.
    transports: [
      createWebsocketTransport({
        sessionTransport: (connection, { session }) =>
          greetingSessionTransport(connection, `hello ${session.userId}`),
      }),
      webrtcTransport,
      twilioTransport,
    ],
    runSession: async (_session, transport) => {
      const task = new PipelineTask(new Pipeline([transport.input, transport.output]), {
        idleTimeoutMs: null,
      });
      transport.attach(task);
      await task.start();
      return {
        task,
        close: async (reason) => {
          closed.push(reason);
          await task.cancel(reason);
        },
      };
    },
    ...overrides,
  });
  apps.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  return { app, sessions, closed, base: `http://127.0.0.1:${port}` };
}

const post = (url: string, body: string | undefined, user = 'alice') =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-user': user }, body });

describe('start endpoint', () => {
  it('returns exactly {wsUrl, token} for the WebSocket transport, even with an empty body', async () => {
    const { base } = await makeApp();
    const res = await post(`${base}/start`, undefined);
    expect(res.status).toBe(200);
    const json = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['token', 'wsUrl']);
    expect(json.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/ws$/);
  });

  it('returns {sessionId, iceConfig} for SmallWebRTC', async () => {
    const { base } = await makeApp({}, { ICE_SERVERS: '[{"urls":"stun:127.0.0.1:3478"}]' });
    const res = await post(`${base}/connect`, JSON.stringify({ transport: 'webrtc' }));
    const json = (await res.json()) as { sessionId: string; iceConfig: { iceServers: unknown[] } };
    expect(json.sessionId).toMatch(/[0-9a-f-]{36}/);
    expect(json.iceConfig.iceServers).toEqual([{ urls: 'stun:127.0.0.1:3478' }]);
  });

  it('answers bad JSON, unknown transports and missing identity with a JSON detail', async () => {
    const { base } = await makeApp();
    const bad = await post(`${base}/start`, '{not json');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/not valid JSON/);
    const unknown = await post(`${base}/start`, JSON.stringify({ transport: 'carrier-pigeon' }));
    expect(unknown.status).toBe(400);
    const anonymous = await fetch(`${base}/start`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { detail: string }).detail).toMatch(/sign in/);
  });

  it('lists the transports for the web app: labels, and the Pipecat client of those a browser starts', async () => {
    const { base } = await makeApp();
    expect(await (await fetch(`${base}/api/transports`)).json()).toEqual({
      transports: [
        { kind: 'websocket', label: 'WebSocket', client: 'websocket' },
        { kind: 'webrtc', label: 'WebRTC', client: 'small-webrtc' },
        // Started by its own webhook, not by a browser.
        { kind: 'twilio', label: 'Phone (Twilio)' },
      ],
      default: 'websocket',
    });
  });

  it('enforces the per-identity session limit', async () => {
    const { base } = await makeApp();
    expect((await post(`${base}/start`, '{}')).status).toBe(200);
    expect((await post(`${base}/start`, '{}')).status).toBe(200);
    const third = await post(`${base}/start`, '{}');
    expect(third.status).toBe(429);
    expect((await post(`${base}/start`, '{}', 'bob')).status).toBe(200);
  });
});

describe('WebSocket sessions and the session API', () => {
  it('attaches a socket by token, lists it for its owner only, and ends it on DELETE', async () => {
    const { base, closed } = await makeApp();
    const { wsUrl, token } = (await (await post(`${base}/start`, '{}')).json()) as {
      wsUrl: string;
      token: string;
    };
    const ws = new WebSocket(`${wsUrl}?token=${token}`);
    const first = await new Promise<string>((resolve, reject) => {
      ws.once('message', (data) => resolve(String(data)));
      ws.once('error', reject);
    });
    expect(first).toBe('hello alice');

    const mine = (await (
      await fetch(`${base}/api/sessions`, { headers: { 'x-test-user': 'alice' } })
    ).json()) as {
      sessions: { id: string; state: string }[];
    };
    expect(mine.sessions).toHaveLength(1);
    expect(mine.sessions[0]?.state).toBe('active');
    const id = mine.sessions[0]!.id;
    const theirs = (await (
      await fetch(`${base}/api/sessions`, { headers: { 'x-test-user': 'mallory' } })
    ).json()) as { sessions: unknown[] };
    expect(theirs.sessions).toHaveLength(0);
    expect(
      (await fetch(`${base}/api/sessions/${id}`, { headers: { 'x-test-user': 'mallory' } })).status,
    ).toBe(404);
    expect(
      (await fetch(`${base}/api/sessions/${id}`, { method: 'DELETE', headers: { 'x-test-user': 'mallory' } }))
        .status,
    ).toBe(404);

    const closedByServer = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    const del = await fetch(`${base}/api/sessions/${id}`, {
      method: 'DELETE',
      headers: { 'x-test-user': 'alice' },
    });
    expect(((await del.json()) as { state: string }).state).toBe('ended');
    expect(await closedByServer).toBe(1000);
    expect(closed).toEqual(['ended through the API']);
  });

  it('refuses a socket with a bad or reused token with close code 4003', async () => {
    const { base } = await makeApp();
    const bad = new WebSocket(`${base.replace('http', 'ws')}/ws?token=nope`);
    expect(await new Promise((resolve) => bad.once('close', (code) => resolve(code)))).toBe(4003);
    const { wsUrl, token } = (await (await post(`${base}/start`, '{}')).json()) as {
      wsUrl: string;
      token: string;
    };
    const first = new WebSocket(`${wsUrl}?token=${token}`);
    await new Promise((resolve) => first.once('message', resolve));
    const reuse = new WebSocket(`${wsUrl}?token=${token}`);
    expect(await new Promise((resolve) => reuse.once('close', (code) => resolve(code)))).toBe(4003);
    first.close();
  });

  it('ends the session when the client leaves, releasing its runtime', async () => {
    const { base, sessions } = await makeApp();
    const { wsUrl, token } = (await (await post(`${base}/start`, '{}')).json()) as {
      wsUrl: string;
      token: string;
    };
    const ws = new WebSocket(`${wsUrl}?token=${token}`);
    await new Promise((resolve) => ws.once('message', resolve));
    const ended = new Promise((resolve) => sessions.once('ended', resolve));
    ws.close();
    await ended;
    expect(sessions.activeCount).toBe(0);
  });
});

describe('ops endpoints', () => {
  it('reports each configured provider on /readyz, and counts switches and health in /metrics', async () => {
    const clock = new FakeClock();
    const health = new ProviderHealth('stt', [{ name: 'deepgram' }, { name: 'pocketsphinx' }], { clock });
    const metrics = new ServerMetrics();
    watchProviderHealth([health], metrics);
    const { base } = await makeApp({
      metrics,
      readiness: async () => ({ stt: health.ready }),
      providers: () => ({ stt: health.status() }),
    });
    health.markFailed(0, new Error('deepgram closed the connection (code 1011)'));
    health.switched(0, 1, new Error('deepgram closed the connection (code 1011)'));
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200); // one STT provider is still up
    expect(await ready.json()).toMatchObject({
      providers: {
        stt: [
          { name: 'deepgram', healthy: false, lastError: expect.stringMatching(/1011/) },
          { name: 'pocketsphinx', healthy: true },
        ],
      },
    });
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('vs_provider_switches_total{stage="stt",from="deepgram",to="pocketsphinx"} 1');
    expect(text).toContain('vs_provider_healthy{stage="stt",provider="deepgram"} 0');
    expect(text).toContain('vs_provider_healthy{stage="stt",provider="pocketsphinx"} 1');
    health.markFailed(1, new Error('decoder crashed'));
    expect((await fetch(`${base}/readyz`)).status).toBe(503); // none left
    health.close();
  });

  it('serves health, readiness, Prometheus metrics and OpenAPI docs', async () => {
    const { base } = await makeApp({ readiness: async () => ({ database: true, stt: false }) });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ checks: { stt: false } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('vs_sessions_active');
    // biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is loosely typed JSON
    const docs = (await (await fetch(`${base}/docs/json`)).json()) as { paths: Record<string, any> };
    expect(Object.keys(docs.paths)).toEqual(expect.arrayContaining(['/start', '/api/sessions/{id}/events']));
    // Generated from the zod schema, the transport enum from the transport list.
    const startBody = docs.paths['/start'].post.requestBody.content['application/json'].schema;
    expect(startBody.properties.transport.enum).toEqual(['websocket', 'webrtc']);
  });
});
