/**
 * Seeded fuzzing of the wire parsers (Pipecat protobuf, RTVI JSON, Twilio Media Streams JSON)
 * with random and mutated frames for a bounded number of cases: every input is either parsed or
 * refused with the parser's own typed error. Then garbage over a real socket of the real server:
 * the session survives it and still answers a shopper.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { parseClientMessage } from '../../src/rtvi/messages.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { FakeConnection } from '../../src/transports/testing.ts';
import { twilioInboundEvent } from '../../src/transports/twilio/messages.ts';
import { TwilioTransport } from '../../src/transports/twilio/transport.ts';
import {
  decodeFrame,
  encodeAudioFrame,
  encodeMessageFrame,
  encodeTextFrame,
  encodeTranscriptionFrame,
  ProtobufFrameError,
} from '../../src/transports/websocket/protobuf.ts';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = ReturnType<typeof rng>;
const int = (r: Rand, n: number) => Math.floor(r() * n);

function randomBytes(r: Rand, max = 256): Uint8Array {
  const out = new Uint8Array(int(r, max));
  for (let i = 0; i < out.length; i++) out[i] = int(r, 256);
  return out;
}

/** Bit flips, byte changes, truncation, duplication and splices of a valid frame. */
function mutate(r: Rand, input: Uint8Array): Uint8Array {
  let b = Uint8Array.from(input);
  const ops = 1 + int(r, 4);
  for (let k = 0; k < ops; k++) {
    switch (int(r, 5)) {
      case 0:
        if (b.length) b[int(r, b.length)]! ^= 1 << int(r, 8);
        break;
      case 1:
        if (b.length) b[int(r, b.length)] = [0, 0xff, 0x7f, 0x80][int(r, 4)]!;
        break;
      case 2:
        b = b.slice(0, int(r, b.length + 1));
        break;
      case 3: {
        const at = int(r, b.length + 1);
        b = Uint8Array.from([...b.slice(0, at), ...b.slice(at)].concat([...b.slice(0, int(r, 8))]));
        break;
      }
      default: {
        const extra = randomBytes(r, 16);
        const at = int(r, b.length + 1);
        b = Uint8Array.from([...b.slice(0, at), ...extra, ...b.slice(at)]);
      }
    }
  }
  return b;
}

const mutateText = (r: Rand, s: string) => Buffer.from(mutate(r, Buffer.from(s))).toString('utf8');

const rtviSamples = [
  { label: 'rtvi-ai', type: 'client-ready', id: '1', data: { version: '2.1.0', about: { library: 'x' } } },
  {
    label: 'rtvi-ai',
    type: 'send-text',
    id: '2',
    data: { content: 'hola', options: { run_immediately: true } },
  },
  { label: 'rtvi-ai', type: 'client-message', id: '3', data: { t: 'ui', d: { a: [1, 2] } } },
  { label: 'rtvi-ai', type: 'disconnect-bot', id: '4' },
];

const twilioSamples = [
  { event: 'connected', protocol: 'Call', version: '1.0.0' },
  {
    event: 'start',
    sequenceNumber: '1',
    streamSid: 'MZ1',
    start: { streamSid: 'MZ1', callSid: 'CA1', accountSid: 'AC1', tracks: ['inbound'], customParameters: {} },
  },
  {
    event: 'media',
    sequenceNumber: '2',
    streamSid: 'MZ1',
    media: { track: 'inbound', chunk: '1', timestamp: '5', payload: 'f39/fw==' },
  },
  { event: 'dtmf', streamSid: 'MZ1', dtmf: { track: 'inbound_track', digit: '5' } },
  { event: 'stop', streamSid: 'MZ1', stop: { accountSid: 'AC1', callSid: 'CA1' } },
];

const CASES = 4_000;

describe('parser fuzzing (seeded)', () => {
  it('protobuf: random and mutated frames decode or fail with ProtobufFrameError only', () => {
    const r = rng(0xc0ffee);
    const valid = [
      encodeAudioFrame(new Uint8Array(640), 16_000, 1),
      encodeMessageFrame(rtviSamples[1]),
      encodeTextFrame('hello'),
      encodeTranscriptionFrame('hi there', 'u1', '2025-01-01T00:00:00Z'),
    ];
    let decoded = 0;
    let refused = 0;
    for (let i = 0; i < CASES; i++) {
      const input = i % 3 === 0 ? randomBytes(r) : mutate(r, valid[int(r, valid.length)]!);
      try {
        decodeFrame(input, { maxMessageBytes: 4096 });
        decoded++;
      } catch (err) {
        expect(err).toBeInstanceOf(ProtobufFrameError);
        refused++;
      }
    }
    // Both paths were exercised, so the fuzzer reaches the decoder and its error handling.
    expect(decoded).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it('RTVI: random and mutated messages never throw; garbage is reported as not ok', () => {
    const r = rng(42);
    let refused = 0;
    for (let i = 0; i < CASES; i++) {
      const base = JSON.stringify(rtviSamples[int(r, rtviSamples.length)]);
      const input = i % 4 === 0 ? Buffer.from(randomBytes(r)).toString('latin1') : mutateText(r, base);
      const parsed = parseClientMessage(input);
      if (!parsed.ok) refused++;
    }
    const exotic: unknown[] = [
      null,
      1,
      [],
      {},
      { label: 'rtvi-ai' },
      { label: 'rtvi-ai', type: 'send-text', data: null },
    ];
    for (const v of exotic) expect(parseClientMessage(v).ok).toBe(false);
    expect(refused).toBeGreaterThan(100);
  });

  it('Twilio: every random or mutated frame reaches the real media-stream transport, which takes it or counts it as refused, never throws', () => {
    const r = rng(7);
    const seen = { notJson: 0, refused: 0, accepted: 0, media: 0 };
    for (let i = 0; i < CASES; i++) {
      const base = JSON.stringify(twilioSamples[int(r, twilioSamples.length)]);
      const text = i % 8 === 0 ? Buffer.from(randomBytes(r)).toString('latin1') : mutateText(r, base);
      // One transport per frame: a mutated frame that is a valid `stop` ends a call, and every
      // frame must be judged on its own.
      const conn = new FakeConnection();
      const transport = new TwilioTransport({ connection: conn });
      expect(() => conn.deliver(i % 2 === 0 ? text : Buffer.from(text))).not.toThrow();
      // The oracle: what the wire contract (JSON + the documented event schema) says of this frame.
      let value: unknown;
      let json = true;
      try {
        value = JSON.parse(text);
      } catch {
        json = false;
      }
      const event = json ? twilioInboundEvent.safeParse(value) : undefined;
      if (!json) seen.notJson++;
      if (!event?.success) {
        seen.refused++;
        expect(transport.stats.invalid, text).toBe(1);
        continue;
      }
      seen.accepted++;
      expect(transport.stats.invalid, text).toBe(0);
      const ev = event.data;
      if (ev.event === 'media' && (!ev.media.track || ev.media.track === 'inbound')) {
        const bytes = Buffer.from(ev.media.payload, 'base64').byteLength;
        expect(transport.stats.mediaIn, text).toBe(bytes > 0 ? 1 : 0);
        if (bytes > 0) seen.media++;
      }
    }
    for (const s of twilioSamples) expect(twilioInboundEvent.safeParse(s).success).toBe(true);
    // Both paths were exercised many times, not just once.
    expect(seen.notJson).toBeGreaterThan(100);
    expect(seen.refused - seen.notJson).toBeGreaterThan(100);
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.media).toBeGreaterThan(10);
  });
});

describe('garbage over a real session socket', () => {
  let server: RunningServer;
  let dir: string;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    dir = await mkdtemp(path.join(os.tmpdir(), 'vs-fuzz-'));
    server = await startServer({
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: path.join(dir, 'shop.db'),
      LOG_LEVEL: 'silent',
    });
  }, 120_000);

  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await server?.close('tests done');
    await rm(dir, { recursive: true, force: true });
  });

  it('survives random and mutated protobuf frames and still answers a typed request', async () => {
    const base = server.url.replace('localhost', '127.0.0.1');
    const { wsUrl, token } = (await (
      await fetch(`${base}/start`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as { wsUrl: string; token: string };
    const ws = new WebSocket(`${wsUrl}?token=${token}`);
    const messages: { type?: string; id?: string; data?: { type?: string } }[] = [];
    let closed: number | undefined;
    ws.on('message', (raw: Buffer) => {
      try {
        const f = decodeFrame(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
        if (f.kind === 'message') messages.push(JSON.parse(f.data));
      } catch {
        // the server's frames are checked elsewhere
      }
    });
    ws.on('close', (code) => {
      closed = code;
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const waitFor = async (pred: (m: (typeof messages)[number]) => boolean, ms = 20_000) => {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        const hit = messages.find(pred);
        if (hit) return hit;
        if (closed !== undefined) throw new Error(`socket closed (${closed})`);
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('timed out');
    };
    ws.send(encodeMessageFrame(rtviSamples[0]));
    await waitFor((m) => m.type === 'bot-ready');

    const r = rng(1234);
    const valid = [
      encodeAudioFrame(new Uint8Array(512), 16_000, 1),
      encodeMessageFrame({ label: 'rtvi-ai', type: 'client-message', id: 'x', data: { t: 'noop' } }),
    ];
    for (let i = 0; i < 400; i++) {
      ws.send(i % 2 ? randomBytes(r, 512) : mutate(r, valid[int(r, valid.length)]!));
      if (i % 50 === 0) await new Promise((res) => setTimeout(res, 10));
    }
    expect(closed).toBeUndefined();
    ws.send(
      encodeMessageFrame({
        label: 'rtvi-ai',
        type: 'send-text',
        id: 'after-fuzz',
        data: { content: 'show me hoodies', options: { run_immediately: true, audio_response: false } },
      }),
    );
    const shown = await waitFor((m) => m.type === 'server-message' && m.data?.type === 'products');
    expect(shown).toBeTruthy();
    expect(closed).toBeUndefined();
    ws.close();
    expect(rejections).toEqual([]);
  }, 60_000);
});
