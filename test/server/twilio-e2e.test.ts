/**
 * A phone call end to end: Twilio's voice webhook gets TwiML with a one-use stream token, a
 * simulated Media Streams client streams µ-law speech, and the assistant answers with paced
 * µ-law audio; webhook signatures are enforced when an auth token is configured.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { encodeMulaw } from '../../src/audio/mulaw.ts';
import { resampleInt16 } from '../../src/audio/resampler.ts';
import { synthesize } from '../../src/audio/testing/speech-fixtures.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { twilioSignature } from '../../src/transports/twilio/routes.ts';

const AUTH_TOKEN = 'test-auth-token-0123456789';
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-twilio-'));
  server = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  });
}, 120_000);

afterAll(async () => {
  await server?.close('tests done');
  await rm(dir, { recursive: true, force: true });
});

const base = () => server.url.replace('localhost', '127.0.0.1');

async function webhook(params: Record<string, string>, signature?: string): Promise<Response> {
  const url = `${base()}/telephony/twilio`;
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signature ?? twilioSignature(AUTH_TOKEN, url, params),
    },
    body: new URLSearchParams(params).toString(),
  });
}

describe('Twilio Media Streams', () => {
  it('refuses a webhook with a bad signature', async () => {
    const res = await webhook({ CallSid: 'CA1', From: '+34600000001' }, 'forged');
    expect(res.status).toBe(403);
  });

  it('answers a call: TwiML with a stream token, then a spoken reply as paced µ-law media', async () => {
    const params = { CallSid: 'CA2', From: '+34600000002', AccountSid: 'AC1' };
    const twiml = await (await webhook(params)).text();
    expect(twiml).toContain('<Connect><Stream url="ws://127.0.0.1:');
    const token = /<Parameter name="token" value="([^"]+)"\/>/.exec(twiml)?.[1];
    expect(token).toBeTruthy();
    const streamUrl = /<Stream url="([^"]+)"/.exec(twiml)![1]!;

    const ws = new WebSocket(streamUrl);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const media: { at: number; bytes: number }[] = [];
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { event: string; media?: { payload: string } };
      if (msg.event === 'media')
        media.push({ at: performance.now(), bytes: Buffer.from(msg.media!.payload, 'base64').length });
    });
    const streamSid = 'MZ1';
    ws.send(JSON.stringify({ event: 'connected', protocol: 'Call', version: '1.0.0' }));
    ws.send(
      JSON.stringify({
        event: 'start',
        sequenceNumber: '1',
        streamSid,
        start: {
          streamSid,
          callSid: 'CA2',
          accountSid: 'AC1',
          tracks: ['inbound'],
          customParameters: { token },
          mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
        },
      }),
    );
    const { pcm } = await synthesize('show me running shoes', { engine: 'flite', voice: 'slt' });
    const speech8k = resampleInt16(pcm, 16_000, 8_000);
    const audio = new Int16Array(speech8k.length + 8_000);
    audio.set(speech8k, 2_000);
    const mulaw = encodeMulaw(audio);
    for (let i = 0, _n = 0; i < mulaw.length; i += 160, _n++) {
      ws.send(
        JSON.stringify({
          event: 'media',
          streamSid,
          media: { payload: Buffer.from(mulaw.subarray(i, i + 160)).toString('base64') },
        }),
      );
      await new Promise((r) => setTimeout(r, 20));
    }
    const deadline = performance.now() + 20_000;
    while (media.length < 25 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(media.length).toBeGreaterThanOrEqual(25);
    // 40 ms of 8 kHz µ-law per message, sent at real time (not drained in a burst).
    expect(media.every((m) => m.bytes === 320)).toBe(true);
    const span = media[24]!.at - media[0]!.at;
    expect(span).toBeGreaterThan(24 * 40 * 0.7);
    ws.close();
  }, 60_000);

  it('hangs up a stream that presents no valid session token', async () => {
    const ws = new WebSocket(`${base().replace('http', 'ws')}/telephony/twilio/ws`);
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise((resolve) => ws.once('close', resolve));
    ws.send(
      JSON.stringify({
        event: 'start',
        streamSid: 'MZ9',
        start: { streamSid: 'MZ9', callSid: 'CA9', customParameters: { token: 'nope' } },
      }),
    );
    await closed;
  }, 20_000);
});
