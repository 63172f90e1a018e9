/**
 * Devices end to end (issue #16) on a real server with the offline speech stack: the owner's
 * device API, the handshake's refusals (1008 with a reason), and conversations through the real
 * device client — push-to-talk and open-mic speech in, spoken replies out, a product search and
 * an add to cart — with the socket dropped within and past the resume grace window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DeviceClient } from '../../src/cli/device/client.ts';
import { eventually, speech, startTestServer, type TestServer } from './e2e-helpers.ts';

const ADMIN = 'device-test-admin-token-0123456789';
const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };

let t: TestServer;
let shortGrace: TestServer;

beforeAll(async () => {
  [t, shortGrace] = await Promise.all([
    startTestServer({ ADMIN_TOKEN: ADMIN, DEVICE_RESUME_GRACE_S: '20' }),
    startTestServer({ ADMIN_TOKEN: ADMIN, DEVICE_RESUME_GRACE_S: '0.5' }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([t?.stop(), shortGrace?.stop()]);
});

interface Registered {
  id: string;
  secret: string;
  userId: string;
  agent: string | null;
}

async function register(server: TestServer, body: Record<string, unknown> = { name: 'kitchen box' }) {
  const res = await fetch(`${server.base}/api/admin/devices`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Registered & { detail?: string } };
}

const wsUrl = (server: TestServer) => `${server.base.replace('http', 'ws')}/device/ws`;

/** A raw socket for what a well-behaved client never sends; collects messages and the close. */
async function rawSocket(server: TestServer, headers: Record<string, string> = {}, localAddress?: string) {
  const ws = new WebSocket(wsUrl(server), { headers, ...(localAddress ? { localAddress } : {}) });
  const messages: Record<string, unknown>[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on('message', (raw, binary) => {
    if (!binary) messages.push(JSON.parse(String(raw)));
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let seq = 0;
  const send = (body: Record<string, unknown>) =>
    ws.send(JSON.stringify({ sequence: seq++, timestamp: Date.now(), ...body }));
  return { ws, messages, closed, send };
}

const handshake = (device: Registered, extra: Record<string, unknown> = {}) => ({
  type: 'handshake',
  protocolVersion: 1,
  deviceId: device.id,
  secret: device.secret,
  ...extra,
});

function client(server: TestServer, device: Registered, mode: 'push-to-talk' | 'open-mic' = 'push-to-talk') {
  const c = new DeviceClient({
    url: wsUrl(server),
    deviceId: device.id,
    secret: device.secret,
    mode,
    format: 'opus',
    binary: true,
    backoffMs: 50,
    maxBackoffMs: 500,
  });
  const said: { role: string; text: string }[] = [];
  const ui: { type?: string; items?: unknown[]; cart?: { items: { name: string; size?: string }[] } }[] = [];
  let audioSamples = 0;
  c.on('transcript', (x) => x.final && said.push({ role: x.role, text: x.text }));
  c.on('event', (e) => e.name === 'ui' && ui.push(e.data as (typeof ui)[number]));
  c.on('audio', (pcm) => {
    audioSamples += pcm.length;
  });
  /** One push-to-talk turn (or open-mic speech) at real time; resolves when the server heard it. */
  const say = async (text: string) => {
    const heard = said.length;
    const pcm = await speech(text, 100, mode === 'open-mic' ? 900 : 100);
    for (let i = 0; i < pcm.length; i += 320) {
      c.sendAudio(pcm.subarray(i, i + 320), mode === 'push-to-talk' && i + 320 >= pcm.length);
      await new Promise((r) => setTimeout(r, 20));
    }
    return eventually(
      () => said.slice(heard).find((s) => s.role === 'user'),
      `the server to hear "${text}"`,
      30_000,
    );
  };
  const replyAfter = (from: number) =>
    eventually(() => said.slice(from).find((s) => s.role === 'assistant'), 'a spoken reply', 30_000);
  return { c, said, ui, say, replyAfter, audio: () => audioSamples };
}

describe('device accounts', () => {
  it('registers a device with a secret shown once, lists, assigns an agent and revokes; owner only', async () => {
    const { status, body } = await register(t, { name: 'hall' });
    expect(status).toBe(201);
    expect(body.id).toMatch(/^dev_/);
    // Never starts with "-": it is typed after --secret on a command line.
    expect(body.secret).toMatch(/^dsk_[A-Za-z0-9_-]{32}$/);
    const list = (await (await fetch(`${t.base}/api/admin/devices`, { headers: admin })).json()) as {
      devices: Record<string, unknown>[];
    };
    const listed = list.devices.find((d) => d.id === body.id)!;
    expect(listed.name).toBe('hall');
    expect(JSON.stringify(list)).not.toContain(body.secret);
    expect(Object.keys(listed)).not.toContain('secret_hash');
    const unknown = await fetch(`${t.base}/api/admin/devices/${body.id}`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ agent: 'no-such-agent' }),
    });
    expect(unknown.status).toBe(404);
    const assigned = await fetch(`${t.base}/api/admin/devices/${body.id}`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ agent: 'default' }),
    });
    expect(((await assigned.json()) as Registered).agent).toBe('default');
    const stranger = await fetch(`${t.base}/api/admin/devices`, {
      method: 'POST',
      body: JSON.stringify({ name: 'x' }),
      headers: { 'content-type': 'application/json' },
    });
    expect([401, 403]).toContain(stranger.status);
    const revoked = await fetch(`${t.base}/api/admin/devices/${body.id}/revoke`, {
      method: 'POST',
      headers: admin,
    });
    expect(((await revoked.json()) as { revokedAt: string | null }).revokedAt).not.toBeNull();
  });

  it('closes 1008 with a reason on missing, wrong and revoked credentials', async () => {
    const { body: device } = await register(t);
    const missing = await rawSocket(t);
    missing.send({ type: 'handshake', protocolVersion: 1 });
    expect(await missing.closed).toEqual({
      code: 1008,
      reason: 'missing device credentials: send deviceId and secret',
    });
    expect(missing.messages[0]).toMatchObject({ type: 'error', code: 'unauthorized', fatal: true });

    const wrong = await rawSocket(t);
    wrong.send(handshake({ ...device, secret: 'not-the-secret' }));
    expect(await wrong.closed).toEqual({ code: 1008, reason: 'wrong device id or secret' });

    await fetch(`${t.base}/api/admin/devices/${device.id}/revoke`, { method: 'POST', headers: admin });
    const revoked = await rawSocket(t);
    revoked.send(handshake(device));
    expect(await revoked.closed).toEqual({ code: 1008, reason: 'this device was revoked by the owner' });

    // The client reports a refusal as one, without retrying.
    const c = client(t, device).c;
    await expect(c.start()).rejects.toMatchObject({ name: 'DeviceRefusedError', code: 'revoked' });
    c.close();
  });

  it('answers audio before the handshake and bad audio settings with errors, and takes a good handshake after', async () => {
    const { body: device } = await register(t);
    const s = await rawSocket(t, { 'x-device-id': device.id, authorization: `Bearer ${device.secret}` });
    s.ws.send(new Uint8Array(40));
    s.send({ type: 'audio_chunk', data: '', format: 'opus', sampleRate: 16000, duration: 0 });
    s.send({
      type: 'handshake',
      protocolVersion: 1,
      audio: { input: { format: 'opus', sampleRate: 48000 }, output: { format: 'opus', sampleRate: 16000 } },
    });
    // Credentials from the headers this time.
    s.send({ type: 'handshake', protocolVersion: 1 });
    const config = await eventually(() => s.messages.find((m) => m.type === 'config'), 'config');
    expect(s.messages.filter((m) => m.type === 'error').map((m) => m.code)).toEqual([
      'handshake_required',
      'handshake_required',
      'unsupported_audio',
    ]);
    expect(config).toMatchObject({
      resumed: false,
      mode: 'push-to-talk',
      audio: { input: { format: 'opus', sampleRate: 16000, frameMs: 20 } },
    });
    s.ws.close();
  });

  it('slows down an address that keeps failing handshakes, and only that address', async () => {
    const { body: device } = await register(t);
    // Guessing across many ids: each id is new, so only the per-address count can stop it. The
    // guesses come from 127.0.0.2 so the other tests' address keeps its own count.
    const guesser = '127.0.0.2';
    for (let i = 0; i < 30; i++) {
      const g = await rawSocket(t, {}, guesser);
      g.send(handshake({ ...device, id: `dev_guess_${i}`, secret: 'guess' }));
      expect((await g.closed).code).toBe(1008);
    }
    const blocked = await rawSocket(t, {}, guesser);
    blocked.send(handshake(device));
    expect((await blocked.closed).reason).toMatch(
      /^too many failed handshakes from this address; retry in \d+ s$/,
    );
    expect(blocked.messages[0]).toMatchObject({ type: 'error', code: 'rate_limited', fatal: true });
    // The same device from another address is let in.
    const ok = await rawSocket(t);
    ok.send(handshake(device));
    await eventually(() => ok.messages.find((m) => m.type === 'config'), 'config');
    ok.ws.close();
  });
});

describe('device controls', () => {
  it('switch_agent answers agent_switched (or an error for an unknown agent); emergency_stop ends the session', async () => {
    const { body: device } = await register(t);
    const s = await rawSocket(t);
    s.send(handshake(device));
    const config = await eventually(() => s.messages.find((m) => m.type === 'config'), 'config');
    s.send({ type: 'control', command: 'switch_agent', agent: 'nobody-here' });
    s.send({ type: 'control', command: 'switch_agent', agent: 'default' });
    const failed = await eventually(() => s.messages.find((m) => m.type === 'error'), 'the refusal');
    expect(failed).toMatchObject({ code: 'control_failed', fatal: false, refSequence: 1 });
    expect(String(failed.message)).toContain('nobody-here');
    const switched = await eventually(
      () => s.messages.find((m) => m.type === 'event' && m.name === 'agent_switched'),
      'agent_switched',
    );
    expect(switched.data).toMatchObject({ agent: 'default' });
    s.send({ type: 'control', command: 'emergency_stop', reason: 'smoke in the kitchen' });
    const closed = await s.closed;
    expect(closed.reason).toContain('emergency stop');
    const sessions = (await (await fetch(`${t.base}/api/sessions`, { headers: admin })).json()) as {
      sessions: { id: string; state: string }[];
    };
    expect(sessions.sessions.find((x) => x.id === config.sessionId)?.state).toBe('ended');
  }, 30_000);
});

describe('device conversations with the offline speech stack', () => {
  it('push-to-talk: speech in, spoken replies out, a product search and an add to cart', async () => {
    const { body: device } = await register(t);
    const d = client(t, device);
    const config = await d.c.start();
    expect(config.assistant.name.length).toBeGreaterThan(0);
    expect((await d.say('show me running shoes')).text).toContain('running shoes');
    await eventually(() => d.ui.find((u) => u.type === 'products'), 'products on the screen', 20_000);
    await d.replyAfter(0);
    for (const step of ['add the alba daily trainer to my cart', 'size forty two', 'black'])
      await d.say(step);
    const cart = await eventually(() => d.ui.find((u) => u.type === 'cart'), 'the cart', 20_000);
    expect(cart.cart?.items[0]).toMatchObject({ name: 'Alba Daily Trainer' });
    await eventually(
      () => d.said.find((s) => s.role === 'assistant' && /added/i.test(s.text)),
      '"added"',
      20_000,
    );
    // Nothing cuts the last reply ("Added … to your cart", seconds of speech): its audio comes back.
    const before = d.audio();
    await eventually(() => d.audio() > before + 16_000, 'a second of the spoken reply', 20_000);
    d.c.close();
  }, 120_000);

  it('open-mic: the VAD ends the turn after the speech, no button', async () => {
    const { body: device } = await register(t);
    const d = client(t, device, 'open-mic');
    expect((await d.c.start()).mode).toBe('open-mic');
    expect((await d.say('show me hoodies')).text).toContain('hoodie');
    await eventually(() => d.ui.find((u) => u.type === 'products'), 'products', 20_000);
    d.c.close();
  }, 60_000);

  it('a socket dropped within the grace window resumes the same session, history and cart', async () => {
    const { body: device } = await register(t);
    const d = client(t, device);
    const first = await d.c.start();
    await d.say('show me running shoes');
    await eventually(() => d.ui.find((u) => u.type === 'products'), 'products', 20_000);
    d.c.dropConnection();
    await eventually(() => d.c.stats.resumes === 1, 'the resume', 10_000);
    expect(d.c.sessionId).toBe(first.sessionId);
    // Same conversation: "the first one" still means the first running shoe shown before the drop.
    await d.say('add the first one to my cart');
    await eventually(
      () => d.said.find((s) => s.role === 'assistant' && /size/i.test(s.text)),
      'which size',
      20_000,
    );
    const sessions = (await (await fetch(`${t.base}/api/sessions`, { headers: admin })).json()) as {
      sessions: { id: string; state: string }[];
    };
    expect(sessions.sessions.find((s) => s.id === first.sessionId)?.state).toBe('active');
    d.c.close();
  }, 90_000);

  it('past the grace window the session ends and the device starts a new one; its cart stays', async () => {
    const { body: device } = await register(shortGrace);
    const d = client(shortGrace, device);
    const first = await d.c.start();
    for (const step of ['add the alba daily trainer to my cart', 'size forty two', 'black'])
      await d.say(step);
    await eventually(() => d.ui.find((u) => u.type === 'cart'), 'the cart', 20_000);
    // Gone longer than the 0.5 s grace.
    d.c.close();
    await eventually(
      async () => {
        const res = await fetch(`${shortGrace.base}/api/sessions`, { headers: admin });
        const all = ((await res.json()) as { sessions: { id: string; state: string; endReason?: string }[] })
          .sessions;
        return all.find((s) => s.id === first.sessionId && s.state === 'ended');
      },
      'the old session to end',
      10_000,
    );
    // Asking to resume it now: refused (non-fatal), and a new session starts instead.
    const late = await rawSocket(shortGrace);
    late.send(handshake(device, { resume: { sessionId: first.sessionId } }));
    const config = await eventually(() => late.messages.find((m) => m.type === 'config'), 'config');
    expect(late.messages.find((m) => m.type === 'error')).toMatchObject({
      code: 'resume_failed',
      fatal: false,
    });
    expect(config).toMatchObject({ resumed: false });
    expect(config.sessionId).not.toBe(first.sessionId);
    late.ws.close();
    const again = client(shortGrace, device);
    await again.c.start();
    await again.say('what is in my cart');
    await eventually(
      () => again.said.find((s) => s.role === 'assistant' && /alba daily trainer/i.test(s.text)),
      'the cart read back',
      20_000,
    );
    again.c.close();
  }, 120_000);
});
