/**
 * Shared pieces of the server end-to-end tests: a real server on a temp SQLite file, flite
 * speech fixtures, the session API seen by a client's cookie, a raw Pipecat socket for the
 * frames a well-behaved client never sends, and a simulated Twilio Media Streams call.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { encodeMulaw } from '../../src/audio/mulaw.ts';
import { resampleInt16 } from '../../src/audio/resampler.ts';
import { synthesize } from '../../src/audio/testing/speech-fixtures.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { decodeFrame } from '../../src/transports/websocket/protobuf.ts';

export interface TestServer {
  server: RunningServer;
  base: string;
  dir: string;
  dbPath: string;
  stop(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-e2e-'));
  const dbPath = path.join(dir, 'shop.db');
  const server = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: dbPath,
    LOG_LEVEL: 'silent',
    ...env,
  });
  return {
    server,
    base: server.url.replace('localhost', '127.0.0.1'),
    dir,
    dbPath,
    async stop() {
      await server.close('tests done');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** flite speech at 16 kHz with `leadMs` of silence before and `trailMs` after the words. */
export async function speech(text: string, leadMs = 250, trailMs = 750): Promise<Int16Array> {
  const { pcm } = await synthesize(text, { engine: 'flite', voice: 'slt' });
  const lead = (leadMs * 16_000) / 1000;
  const padded = new Int16Array(lead + pcm.length + (trailMs * 16_000) / 1000);
  padded.set(pcm, lead);
  return padded;
}

/** Milliseconds from the start of `pcm` to the first sample louder than about −40 dBFS. */
export function onsetMs(pcm: Int16Array, rate = 16_000): number {
  const i = pcm.findIndex((s) => Math.abs(s) > 328);
  return i < 0 ? 0 : (i * 1000) / rate;
}

/** Milliseconds from the start of `pcm` to just after its last sample louder than about −40 dBFS. */
export function wordsEndMs(pcm: Int16Array, rate = 16_000): number {
  const i = pcm.findLastIndex((s) => Math.abs(s) > 328);
  return ((i + 1) * 1000) / rate;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something truthy (bounded), else throws with `what`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  what: string,
  timeoutMs = 10_000,
  everyMs = 50,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

export interface SessionRow {
  id: string;
  state: 'pending' | 'active' | 'ended';
  endReason?: string;
  transport: string;
}

export async function listSessions(base: string, cookie: string | undefined): Promise<SessionRow[]> {
  const res = await fetch(`${base}/api/sessions`, { headers: { cookie: cookie ?? '' } });
  if (!res.ok) throw new Error(`GET /api/sessions: ${res.status}`);
  return ((await res.json()) as { sessions: SessionRow[] }).sessions;
}

export interface RecordedEvent {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

export async function sessionEvents(base: string, cookie: string | undefined, id: string) {
  const res = await fetch(`${base}/api/sessions/${id}/events`, { headers: { cookie: cookie ?? '' } });
  if (!res.ok) throw new Error(`GET events: ${res.status}`);
  return ((await res.json()) as { events: RecordedEvent[] }).events;
}

export interface RawMessage {
  at: number;
  type?: string;
  id?: string;
  data?: Record<string, unknown>;
}

/**
 * A Pipecat WebSocket opened without the handshake: the test decides what to send and when,
 * including frames the real client never sends. Records decoded RTVI messages and audio.
 */
export class RawPipecatSocket {
  readonly messages: RawMessage[] = [];
  readonly audio: number[] = [];
  readonly textFrames: string[] = [];
  closeCode: number | undefined;
  readonly ws: WebSocket;
  readonly cookie: string | undefined;
  readonly closed: Promise<number>;

  private constructor(ws: WebSocket, cookie: string | undefined) {
    this.ws = ws;
    this.cookie = cookie;
    ws.on('message', (raw: Buffer, isBinary) => {
      const at = performance.now();
      if (!isBinary) {
        this.textFrames.push(String(raw));
        return;
      }
      const frame = decodeFrame(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
      if (frame.kind === 'audio') this.audio.push(at);
      else if (frame.kind === 'message') this.messages.push({ at, ...JSON.parse(frame.data) });
    });
    this.closed = new Promise((resolve) =>
      ws.once('close', (code) => {
        this.closeCode = code;
        resolve(code);
      }),
    );
    ws.on('error', () => {
      // a refused or reset socket reports through `close`
    });
  }

  static async open(base: string, cookie?: string): Promise<RawPipecatSocket> {
    const res = await fetch(`${base}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ transport: 'websocket' }),
    });
    if (!res.ok) throw new Error(`start failed: ${res.status} ${await res.text()}`);
    const setCookie = res.headers.get('set-cookie')?.split(';')[0];
    const { wsUrl, token } = (await res.json()) as { wsUrl: string; token: string };
    const ws = new WebSocket(`${wsUrl}?token=${encodeURIComponent(token)}`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new RawPipecatSocket(ws, cookie ?? setCookie);
  }

  send(bytes: Uint8Array | Buffer | string): void {
    this.ws.send(bytes, { binary: typeof bytes !== 'string' });
  }

  waitFor(match: (m: RawMessage) => boolean, what: string, timeoutMs = 10_000): Promise<RawMessage> {
    return eventually(
      () => {
        const hit = this.messages.find(match);
        if (!hit && this.closeCode !== undefined)
          throw new Error(`socket closed (${this.closeCode}) waiting for ${what}`);
        return hit;
      },
      what,
      timeoutMs,
      20,
    );
  }
}

export interface TwilioCall {
  ws: WebSocket;
  streamSid: string;
  events: { at: number; event: string; bytes?: number; name?: string }[];
  /** Streams 16 kHz speech as 20 ms µ-law media messages at real time. */
  stream(pcm16k: Int16Array): Promise<number>;
  close(): void;
}

/** Places a call: webhook → TwiML → Media Streams socket with `connected` and `start`. */
export async function placeTwilioCall(base: string, callSid: string): Promise<TwilioCall> {
  const res = await fetch(`${base}/telephony/twilio`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ CallSid: callSid, From: `+3460${callSid.slice(-7)}`, AccountSid: 'AC1' }),
  });
  const twiml = await res.text();
  const token = /<Parameter name="token" value="([^"]+)"\/>/.exec(twiml)?.[1];
  const streamUrl = /<Stream url="([^"]+)"/.exec(twiml)?.[1];
  if (!token || !streamUrl) throw new Error(`unexpected TwiML: ${twiml}`);
  const ws = new WebSocket(streamUrl);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const streamSid = `MZ${callSid}`;
  const events: TwilioCall['events'] = [];
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw)) as {
      event: string;
      media?: { payload: string };
      mark?: { name: string };
    };
    events.push({
      at: performance.now(),
      event: msg.event,
      ...(msg.media ? { bytes: Buffer.from(msg.media.payload, 'base64').length } : {}),
      ...(msg.mark ? { name: msg.mark.name } : {}),
    });
  });
  ws.send(JSON.stringify({ event: 'connected', protocol: 'Call', version: '1.0.0' }));
  ws.send(
    JSON.stringify({
      event: 'start',
      sequenceNumber: '1',
      streamSid,
      start: {
        streamSid,
        callSid,
        accountSid: 'AC1',
        tracks: ['inbound'],
        customParameters: { token },
        mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
      },
    }),
  );
  let seq = 2;
  return {
    ws,
    streamSid,
    events,
    async stream(pcm16k) {
      const mulaw = encodeMulaw(resampleInt16(pcm16k, 16_000, 8_000));
      const start = performance.now();
      for (let i = 0, n = 0; i < mulaw.length; i += 160, n++) {
        if (ws.readyState !== WebSocket.OPEN) break;
        const wait = start + n * 20 - performance.now();
        if (wait > 1) await sleep(wait);
        ws.send(
          JSON.stringify({
            event: 'media',
            sequenceNumber: String(seq++),
            streamSid,
            media: { track: 'inbound', payload: Buffer.from(mulaw.subarray(i, i + 160)).toString('base64') },
          }),
        );
      }
      return performance.now();
    },
    close() {
      ws.close();
    },
  };
}
