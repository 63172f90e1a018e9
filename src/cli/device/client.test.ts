/**
 * The device client against a stand-in server socket: which closes it gives up on (bad or revoked
 * credentials) and which it waits out with its backoff (a slow handshake, a flood, a rate limit).
 */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type WebSocket as ServerSocket, WebSocketServer } from 'ws';
import { configSchema } from '../../transports/device/protocol.ts';
import { DeviceClient } from './client.ts';

const config = configSchema.parse({
  type: 'config',
  sequence: 0,
  timestamp: 0,
  sessionId: 's_1',
  resumed: false,
  assistant: { agent: 'default', name: 'Ava', personality: 'helpful', language: 'en' },
  mode: 'push-to-talk',
  audio: {
    input: { format: 'pcm16', sampleRate: 16000, frameMs: 20 },
    output: { format: 'pcm16', sampleRate: 16000, frameMs: 20 },
    binary: false,
  },
  features: { bargeIn: true, switchAgent: true, emergencyStop: true },
  heartbeat: { intervalMs: 10_000, timeoutMs: 30_000 },
  resume: { graceMs: 20_000, maxBufferedMs: 10_000 },
  limits: { maxChunkBytes: 65_536, maxMessagesPerSecond: 200 },
});

const servers: WebSocketServer[] = [];
const clients: DeviceClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server that answers the n-th handshake (0-based) with `answer(n, socket)`. */
async function standIn(answer: (n: number, socket: ServerSocket) => void) {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  servers.push(wss);
  await new Promise((resolve) => wss.once('listening', resolve));
  let handshakes = 0;
  wss.on('connection', (socket) => {
    socket.on('message', (raw, binary) => {
      if (binary || JSON.parse(String(raw)).type !== 'handshake') return;
      answer(handshakes++, socket);
    });
  });
  const client = new DeviceClient({
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    deviceId: 'dev_1',
    secret: 'secret',
    mode: 'push-to-talk',
    format: 'pcm16',
    binary: false,
    backoffMs: 5,
    maxBackoffMs: 20,
    random: () => 0.5,
  });
  clients.push(client);
  const states: string[] = [];
  client.on('state', (state, detail) => states.push(detail ? `${state}: ${detail}` : state));
  return { client, states, handshakes: () => handshakes };
}

const fatal = (socket: ServerSocket, code: string, message: string) =>
  socket.send(JSON.stringify({ type: 'error', sequence: 0, timestamp: 0, code, message, fatal: true }));

describe('device client refusals', () => {
  it('gives up at once on wrong or revoked credentials (error + 1008), without reconnecting', async () => {
    for (const code of ['unauthorized', 'revoked']) {
      const s = await standIn((_n, socket) => {
        fatal(socket, code, `${code} device`);
        socket.close(1008, `${code} device`);
      });
      await expect(s.client.start()).rejects.toMatchObject({ name: 'DeviceRefusedError', code });
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(s.handshakes()).toBe(1);
      expect(s.client.stats.connects).toBe(1);
    }
  });

  it('waits out a 1008 that is not about its credentials (handshake timeout, flood, rate limit) and connects', async () => {
    const s = await standIn((n, socket) => {
      if (n === 0) socket.close(1008, 'handshake timeout');
      else if (n === 1) socket.close(1008, 'message flood');
      else if (n === 2) {
        fatal(socket, 'rate_limited', 'too many connections for this device; retry in 1 s');
        socket.close(1008, 'rate limited');
      } else socket.send(JSON.stringify({ ...config, sequence: n }));
    });
    const got = await s.client.start();
    expect(got.sessionId).toBe('s_1');
    expect(s.handshakes()).toBe(4);
    expect(s.states).toContain('offline: closed before the session started (1008 message flood); retrying');
  });
});
