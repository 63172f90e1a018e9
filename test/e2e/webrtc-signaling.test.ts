/**
 * SmallWebRTC signaling through the real Fastify app and routes, with real werift peers on
 * loopback: a client simulator shaped like @pipecat-ai/small-webrtc-transport (offer without
 * candidates, candidates by PATCH, pings, RTVI on `chat`) against a session pipeline of
 * transport + RTVI + an echo bot standing in for STT/LLM/TTS.
 */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/pipeline/clock.ts';
import { Pipeline, PipelineTask } from '../../src/pipeline/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { serverEnvSchema } from '../../src/server/config.ts';
import { DebugBus } from '../../src/server/debug-bus.ts';
import { ServerMetrics } from '../../src/server/metrics.ts';
import { SessionManager } from '../../src/server/sessions.ts';
import { transportEnvSchema } from '../../src/transports/config.ts';
import { EchoBot, tone } from '../../src/transports/testing.ts';
import { twilioEnvSchema } from '../../src/transports/twilio/config.ts';
import { webrtcEnvSchema } from '../../src/transports/webrtc/config.ts';
import { createWebrtcTransport } from '../../src/transports/webrtc/routes.ts';
import { createWebRtcSession } from '../../src/transports/webrtc/session.ts';
import { SimulatedWebRtcClient } from '../../src/transports/webrtc/testing.ts';
import type { WebRtcTransport } from '../../src/transports/webrtc/transport.ts';

type App = Awaited<ReturnType<typeof buildApp>>;
const apps: App[] = [];
const clients: SimulatedWebRtcClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) await c.close().catch(() => undefined);
  for (const app of apps.splice(0)) await app.close();
});

async function makeServer(rtcOverrides: Record<string, string> = {}, echoMs = 300) {
  const env = serverEnvSchema.parse({});
  const sessions = new SessionManager({
    clock: systemClock,
    limits: { maxSessions: 10, maxPerIdentity: 10, connectTimeoutMs: 60_000, maxDurationMs: 3_600_000 },
  });
  const transports: WebRtcTransport[] = [];
  const webrtcEnv = webrtcEnvSchema.parse({ WEBRTC_LOOPBACK_ONLY: 'true', ...rtcOverrides });
  const app = await buildApp({
    env,
    sessions,
    metrics: new ServerMetrics(),
    debug: new DebugBus(),
    identify: async (request) => {
      const user = request.headers['x-test-user'];
      return typeof user === 'string' ? { userId: user, kind: 'guest' } : undefined;
    },
    clock: systemClock,
    transportConfig: {
      transport: transportEnvSchema.parse({}),
      webrtc: webrtcEnv,
      twilio: twilioEnvSchema.parse({}),
    },
    ensureGuest: async () => {},
    transports: [
      createWebrtcTransport({
        createSession: (options) => {
          const rtc = createWebRtcSession(options);
          transports.push(rtc.transport);
          return rtc;
        },
      }),
    ],
    runSession: async (_session, transport) => {
      const task = new PipelineTask(
        new Pipeline([transport.input, transport.rtvi!, new EchoBot(echoMs), transport.output]),
        { observers: [transport.observer!], idleTimeoutMs: null },
      );
      transport.attach(task);
      await task.start();
      return { task, close: (reason) => task.cancel(reason) };
    },
  });
  apps.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const start = async () => {
    const res = await fetch(`${base}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-user': 'alice' },
      body: JSON.stringify({ transport: 'webrtc' }),
    });
    return (await res.json()) as { sessionId: string; iceConfig: unknown };
  };
  const client = (offerUrl: string, opts: { ping?: boolean } = {}) => {
    const c = new SimulatedWebRtcClient({ offerUrl, headers: { 'x-test-user': 'alice' }, ...opts });
    clients.push(c);
    return c;
  };
  return { base, sessions, transports, start, client };
}

const json = (url: string, method: string, body: unknown) =>
  fetch(url, {
    method,
    headers: { 'content-type': 'application/json', 'x-test-user': 'alice' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('SmallWebRTC signaling: bad requests', () => {
  it('rejects malformed offers and candidate batches with 4xx and a detail', async () => {
    const { base, start } = await makeServer();
    const { sessionId } = await start();
    const url = `${base}/sessions/${sessionId}/api/offer`;
    // Validated by Fastify from the routes' schemas, in the wording signaling always had.
    const cases: [string, unknown, RegExp][] = [
      ['POST', 'not json', /^request body is not valid JSON$/],
      ['POST', {}, /^invalid offer: sdp: .*; type: /],
      ['POST', { sdp: 'v=0\r\n', type: 'answer' }, /^invalid offer: type: /],
      [
        'POST',
        { sdp: 'hello', type: 'offer' },
        /^invalid offer: sdp: sdp must be an SDP session description/,
      ],
      ['POST', { sdp: 'v=0\r\n', type: 'offer', restart_pc: 'yes' }, /^invalid offer: restart_pc: /],
      ['PATCH', { candidates: [] }, /^invalid candidates: pc_id: /],
      [
        'PATCH',
        { pc_id: 'x', candidates: [{ candidate: 5 }] },
        /^invalid candidates: candidates\.0\.candidate: /,
      ],
    ];
    for (const [method, body, detail] of cases) {
      const res = await json(url, method, body);
      expect(res.status, `${method} ${JSON.stringify(body)}`).toBe(400);
      expect(((await res.json()) as { detail: string }).detail).toMatch(detail);
    }
  });

  it('answers 404 for an unknown session and an unknown pc_id', async () => {
    const { base, start } = await makeServer();
    const offer = { sdp: 'v=0\r\n', type: 'offer' };
    expect((await json(`${base}/sessions/nope/api/offer`, 'POST', offer)).status).toBe(404);
    const { sessionId } = await start();
    const url = `${base}/sessions/${sessionId}/api/offer`;
    const res = await json(url, 'PATCH', { pc_id: 'pc-unknown', candidates: [] });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: 'Peer connection not found' });
    expect((await json(`${base}/api/offer`, 'PATCH', { pc_id: 'pc-unknown', candidates: [] })).status).toBe(
      404,
    );
    expect((await json(url, 'POST', { ...offer, pc_id: 'pc-unknown' })).status).toBe(404);
  });

  it('ends the session when its first offer cannot be applied', async () => {
    const { base, start, sessions } = await makeServer();
    const { sessionId } = await start();
    const res = await json(`${base}/sessions/${sessionId}/api/offer`, 'POST', {
      sdp: 'v=0\r\nthis is not sdp\r\n',
      type: 'offer',
    });
    expect(res.status).toBe(400);
    expect(sessions.get(sessionId)?.state).toBe('ended');
  });
});

describe('SmallWebRTC signaling: only the session owner attaches', () => {
  const as = (user: string | undefined) => (url: string, method: string, body: unknown) =>
    fetch(url, {
      method,
      headers: { 'content-type': 'application/json', ...(user ? { 'x-test-user': user } : {}) },
      body: JSON.stringify(body),
    });

  it('refuses offers and candidates from a caller without credentials (401) or another shopper (404)', async () => {
    const { base, start, sessions } = await makeServer();
    const { sessionId } = await start();
    const url = `${base}/sessions/${sessionId}/api/offer`;
    const offer = { sdp: 'v=0\r\n', type: 'offer' };
    for (const [user, status] of [
      [undefined, 401],
      ['mallory', 404],
    ] as const) {
      const res = await as(user)(url, 'POST', offer);
      expect(res.status, `offer as ${user}`).toBe(status);
      expect(((await res.json()) as { detail: string }).detail).toBeTruthy();
      expect((await as(user)(url, 'POST', { ...offer, restart_pc: true })).status).toBe(status);
      expect((await as(user)(url, 'PATCH', { pc_id: 'pc-x', candidates: [] })).status).toBe(status);
    }
    // The refused offers neither started nor ended the owner's session.
    expect(sessions.get(sessionId)?.state).toBe('pending');
  });

  it('keeps the owner connected when another shopper replays the session id or pc_id', async () => {
    const { base, start, transports, client } = await makeServer();
    const { sessionId } = await start();
    const url = `${base}/sessions/${sessionId}/api/offer`;
    const c = client(url);
    await c.connect();
    const pcId = c.pcId!;
    const mallory = as('mallory');
    const offer = { sdp: 'v=0\r\n', type: 'offer' };
    expect((await mallory(url, 'POST', { ...offer, restart_pc: true })).status).toBe(404);
    expect((await mallory(url, 'POST', { ...offer, pc_id: pcId, restart_pc: true })).status).toBe(404);
    expect(
      (await mallory(`${base}/api/offer`, 'POST', { ...offer, pc_id: pcId, restart_pc: true })).status,
    ).toBe(404);
    expect((await mallory(`${base}/api/offer`, 'PATCH', { pc_id: pcId, candidates: [] })).status).toBe(404);
    expect((await mallory(url, 'PATCH', { pc_id: pcId, candidates: [] })).status).toBe(404);
    expect(transports[0]!.stats.restarts).toBe(0);
    expect(transports[0]!.peer?.pcId).toBe(pcId);
    // The owner's own renegotiation still works.
    expect((await as('alice')(url, 'PATCH', { pc_id: pcId, candidates: [] })).status).toBe(200);
    c.sendRtvi('client-ready', { version: '2.1.0' });
    await c.waitUntil(() => c.rtvi('bot-ready').length > 0, 5000, 'bot-ready');
  }, 30_000);
});

describe('SmallWebRTC signaling with a werift client', () => {
  it('connects with trickled candidates, speaks RTVI on chat, and carries Opus both ways', async () => {
    const { base, start, transports, client } = await makeServer();
    const { sessionId } = await start();
    const c = client(`${base}/sessions/${sessionId}/api/offer`);
    await c.connect();
    expect(c.pcId).toMatch(/^pc-/);

    const id = c.sendRtvi('client-ready', { version: '2.1.0', about: { library: 'sim' } });
    await c.waitUntil(() => c.rtvi('bot-ready').length > 0, 5000, 'bot-ready');
    expect((c.rtvi('bot-ready')[0]!.data as { id: string }).id).toBe(id);
    await c.waitUntil(() => transports[0]!.trackStatus.get(0) === true, 5000, 'trackStatus');

    // Mic audio reaches the pipeline as 16 kHz PCM.
    await c.speak(tone(48_000 / 2, 48_000));
    const input = transports[0]!.input;
    expect(input.inputSamples).toBeGreaterThan(16_000 * 0.3);

    // A typed turn: the echo bot's server-message and its paced audio come back.
    const before = c.botSamples;
    const speechBefore = transports[0]!.peer!.sender.stats.speechFrames;
    c.sendRtvi('send-text', { content: 'running shoes', options: {} });
    await c.waitUntil(() => c.rtvi('server-message').length > 0, 5000, 'server-message');
    await c.waitUntil(() => c.rtvi('bot-stopped-speaking').length > 0, 5000, 'bot-stopped-speaking');
    expect((c.rtvi('server-message')[0]!.data as { data: { text: string } }).data.text).toBe('running shoes');
    expect(c.botSamples - before).toBeGreaterThan(0);
    // 300 ms of bot audio is 15 frames of 20 ms.
    expect(transports[0]!.peer!.sender.stats.speechFrames - speechBefore).toBeGreaterThanOrEqual(15);

    // Garbage on the data channel is answered with a non-fatal RTVI error, and the session lives on.
    c.sendRaw('{not json');
    await c.waitUntil(() => c.rtvi('error').length > 0, 5000, 'error');
    expect((c.rtvi('error')[0]!.data as { data: { fatal: boolean } }).data.fatal).toBe(false);
  }, 30_000);

  it('renegotiates on the known pc_id and restarts with restart_pc under the same pipeline', async () => {
    const { base, start, transports, client } = await makeServer();
    const { sessionId } = await start();
    const url = `${base}/sessions/${sessionId}/api/offer`;
    const c = client(url);
    await c.connect();
    const first = c.pcId!;

    await c.connect(); // same pc, same pc_id: renegotiation
    expect(c.pcId).toBe(first);
    expect(transports[0]!.stats.renegotiations).toBe(1);

    // A second offer without pc_id on a session that has a peer is refused.
    const res = await json(url, 'POST', { sdp: 'v=0\r\n', type: 'offer' });
    expect(res.status).toBe(400);

    await c.restart();
    expect(c.pcId).not.toBe(first);
    expect(transports).toHaveLength(1);
    expect(transports[0]!.stats.restarts).toBe(1);
    // The old pc_id is gone; the new one takes candidates.
    expect((await json(url, 'PATCH', { pc_id: first, candidates: [] })).status).toBe(404);
    expect((await json(url, 'PATCH', { pc_id: c.pcId, candidates: [] })).status).toBe(200);
    c.sendRtvi('client-ready', { version: '2.1.0' });
    await c.waitUntil(() => c.rtvi('bot-ready').length > 0, 5000, 'bot-ready after restart');
  }, 30_000);

  it('creates a session from POST /api/offer and ends it with peerLeft on DELETE', async () => {
    const { base, sessions, client } = await makeServer();
    const c = client(`${base}/api/offer`);
    await c.connect();
    const [info] = sessions.list({ userId: 'alice' });
    expect(info?.transport).toBe('webrtc');
    expect(info?.state).toBe('active');
    const del = await fetch(`${base}/api/sessions/${info!.id}`, {
      method: 'DELETE',
      headers: { 'x-test-user': 'alice' },
    });
    expect(del.status).toBe(200);
    await c.waitUntil(
      () => c.messages.some((m) => (m.data as { message?: { type?: string } }).message?.type === 'peerLeft'),
      5000,
      'peerLeft',
    );
    expect(sessions.get(info!.id)?.state).toBe('ended');
  }, 30_000);

  it('barge-in: a new turn cuts the bot off within a frame or two and drops its queued audio', async () => {
    const { base, start, transports, client } = await makeServer({}, 3000);
    const { sessionId } = await start();
    const c = client(`${base}/sessions/${sessionId}/api/offer`);
    await c.connect();
    c.sendRtvi('client-ready', { version: '2.1.0' });
    await c.waitUntil(() => c.rtvi('bot-ready').length > 0, 5000, 'bot-ready');
    const sender = transports[0]!.peer!.sender;
    c.sendRtvi('send-text', { content: 'tell me everything', options: {} });
    await c.waitUntil(() => c.rtvi('bot-started-speaking').length > 0, 5000, 'bot-started-speaking');
    // Some of the reply has gone out (counted in frames sent, not in wall time: a loaded machine
    // sends fewer frames in the same half second).
    await c.waitUntil(() => sender.stats.speechFrames >= 20, 10_000, 'twenty frames of the reply sent');
    // A typed turn interrupts (run_immediately) and asks for a reply without audio.
    c.sendRtvi('send-text', { content: 'stop', options: { audio_response: false } });
    await c.waitUntil(() => c.rtvi('bot-stopped-speaking').length > 0, 5000, 'bot-stopped-speaking');
    const atStop = sender.stats.speechFrames;
    await new Promise((r) => setTimeout(r, 600));
    // About 0.4 s of the 3 s reply was played (20 frames and the few sent while the turn was
    // read), not 150; nothing more after the cut.
    expect(atStop).toBeGreaterThanOrEqual(20);
    expect(atStop).toBeLessThan(60);
    expect(sender.stats.speechFrames - atStop).toBeLessThanOrEqual(2);
    expect(sender.queuedSamples).toBe(0);
  }, 30_000);

  it('ends the session when pings stop', async () => {
    const { base, start, sessions, client } = await makeServer({ WEBRTC_PING_TIMEOUT_MS: '1500' });
    const { sessionId } = await start();
    const c = client(`${base}/sessions/${sessionId}/api/offer`);
    await c.connect();
    c.sendRaw(`ping: ${Date.now()}`);
    c.stopPinging();
    await c.waitUntil(() => sessions.get(sessionId)?.state === 'ended', 8000, 'session end');
    expect(sessions.get(sessionId)?.endReason).toMatch(/keepalive/);
  }, 30_000);
});
