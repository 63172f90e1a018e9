import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { writeWav } from '../../audio/wav.ts';
import type { RecordedRequest } from '../http-test-server.ts';
import { ServiceError } from '../service-base.ts';
import { loadTtsConfig } from './config.ts';
import { httpTtsContract } from './http-tts-contract.ts';
import { OpenAiTtsService } from './openai.ts';
import { createTtsService } from './registry.ts';
import type { TtsService } from './types.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server | undefined;
const services: TtsService[] = [];

/** A local server replaying OpenAI's /audio/speech wire format; handlers run in order, the last repeats. */
async function fakeApi(
  handlers: Handler[],
): Promise<{ env: Record<string, string>; bodies: unknown[]; auth: (string | undefined)[] }> {
  const bodies: unknown[] = [];
  const auth: (string | undefined)[] = [];
  let n = 0;
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString();
    });
    req.on('end', () => {
      bodies.push({ path: req.url, ...JSON.parse(raw) });
      auth.push(req.headers.authorization);
      handlers[Math.min(n++, handlers.length - 1)]!(req, res);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return { env: { TTS_PROVIDER: 'openai', TTS_BASE_URL: url, TTS_MODEL: 'kokoro' }, bodies, auth };
}

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function make(env: Record<string, string>): Promise<TtsService> {
  const tts = await createTtsService(loadTtsConfig(env));
  services.push(tts);
  return tts;
}

const ramp = (n: number) => Int16Array.from({ length: n }, (_, i) => (i % 200) * 100 - 10_000);
const bytesOf = (pcm: Int16Array) => Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength);

/** Sends `bytes` in pieces of `piece` bytes (odd sizes split samples), `gapMs` apart. */
function streamed(bytes: Uint8Array, piece: number, gapMs = 0, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/octet-stream' });
    let i = 0;
    const next = () => {
      if (i >= bytes.length) return void res.end();
      res.write(bytes.subarray(i, i + piece));
      i += piece;
      setTimeout(next, gapMs);
    };
    next();
  };
}

const json =
  (status: number, body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

async function collect(tts: TtsService, text: string, sampleRate: number, signal?: AbortSignal) {
  const chunks: Int16Array[] = [];
  for await (const c of tts.synthesize(text, { sampleRate, language: 'en', ...(signal ? { signal } : {}) }))
    chunks.push(c);
  const out = new Int16Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { chunks, pcm: out };
}

describe('OpenAI-compatible TTS', () => {
  it('requests pcm with model, voice and speed, and streams the body sample-exact across odd splits', async () => {
    const pcm = ramp(4_800);
    const api = await fakeApi([streamed(bytesOf(pcm), 333, 2)]);
    const tts = await make({
      ...api.env,
      TTS_API_KEY: 'sk-t',
      TTS_OPENAI_VOICE: 'af_heart',
      TTS_SPEED: '1.2',
    });
    const { chunks, pcm: out } = await collect(tts, '  Here are three shoes.  ', 24_000);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Array.from(out)).toEqual(Array.from(pcm));
    expect(api.bodies[0]).toEqual({
      path: '/v1/audio/speech',
      model: 'kokoro',
      input: 'Here are three shoes.',
      voice: 'af_heart',
      response_format: 'pcm',
      speed: 1.2,
    });
    expect(api.auth[0]).toBe('Bearer sk-t');
  });

  it('resamples to the transport rate and reads the rate of a wav stream from its header', async () => {
    const pcm = ramp(16_000);
    const wav = writeWav({ sampleRate: 16_000, channels: 1, samples: pcm });
    const api = await fakeApi([streamed(wav, 1000)]);
    const tts = await make({ ...api.env, TTS_RESPONSE_FORMAT: 'wav' });
    const { pcm: out } = await collect(tts, 'Hello.', 8_000);
    // 1 s at 16 kHz → 1 s at 8 kHz, give or take the filter's rounding.
    expect(Math.abs(out.length - 8_000)).toBeLessThanOrEqual(2);
    expect((api.bodies[0] as { response_format: string }).response_format).toBe('wav');
  });

  it('retries a 429 before the first byte, then plays the audio once', async () => {
    const pcm = ramp(2_400);
    const api = await fakeApi([
      json(429, { error: { message: 'rate limited' } }),
      streamed(bytesOf(pcm), 4800),
    ]);
    const tts = await make(api.env);
    expect((await collect(tts, 'Hi.', 24_000)).pcm.length).toBe(2_400);
    expect(api.bodies).toHaveLength(2);
  });

  it('fails with typed errors: auth is not retried, 5xx after retries, a stall mid-audio is a timeout', async () => {
    const auth = await fakeApi([json(401, { error: { message: 'bad key' } })]);
    const tts = await make({ ...auth.env, TTS_MAX_RETRIES: '2' });
    const e1 = (await collect(tts, 'Hi.', 24_000).catch((e: unknown) => e)) as ServiceError;
    expect(e1).toBeInstanceOf(ServiceError);
    expect(e1.kind).toBe('auth');
    expect(auth.bodies).toHaveLength(1);
    server?.closeAllConnections();
    server?.close();

    const down = await fakeApi([json(502, { detail: 'upstream down' })]);
    const tts2 = await make({ ...down.env, TTS_MAX_RETRIES: '1' });
    const e2 = (await collect(tts2, 'Hi.', 24_000).catch((e: unknown) => e)) as ServiceError;
    expect(e2.kind).toBe('unavailable');
    expect(e2.message).toMatch(/upstream down/);
    expect(down.bodies).toHaveLength(2);
    server?.closeAllConnections();
    server?.close();

    const stall = await fakeApi([
      (_req, res) => {
        res.writeHead(200);
        res.write(bytesOf(ramp(480)));
      },
    ]);
    const tts3 = await make({ ...stall.env, TTS_TIMEOUT_MS: '1000' });
    const got: number[] = [];
    const e3 = await (async () => {
      for await (const c of tts3.synthesize('Hi.', { sampleRate: 24_000 })) got.push(c.length);
    })().catch((e: unknown) => e);
    expect(got.reduce((a, b) => a + b, 0)).toBe(480);
    expect((e3 as ServiceError).kind).toBe('timeout');
  });

  it('stops and drops the connection when the caller aborts mid-audio', async () => {
    let closed = false;
    const api = await fakeApi([
      (req, res) => {
        res.writeHead(200);
        res.write(bytesOf(ramp(480)));
        req.socket.on('close', () => {
          closed = true;
        });
      },
    ]);
    const tts = await make(api.env);
    const abort = new AbortController();
    const err = await (async () => {
      for await (const _ of tts.synthesize('Hi.', { sampleRate: 24_000, signal: abort.signal }))
        abort.abort();
    })().catch((e: unknown) => e);
    expect((err as ServiceError).kind).toBe('aborted');
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(true);
  });

  it('refuses a bad rate, a non-WAV body and a keyless OpenAI URL; is chosen by TTS_PROVIDER=openai', async () => {
    const api = await fakeApi([streamed(Buffer.from('<html>nope</html>'), 100)]);
    const tts = await make({ ...api.env, TTS_RESPONSE_FORMAT: 'wav' });
    const notWav = (await collect(tts, 'Hi.', 24_000).catch((e: unknown) => e)) as ServiceError;
    expect(notWav.message).toMatch(/not a WAV/);
    const badRate = (await collect(tts, 'Hi.', 100).catch((e: unknown) => e)) as ServiceError;
    expect(badRate.kind).toBe('bad-request');
    await expect(createTtsService(loadTtsConfig({ TTS_PROVIDER: 'openai' }))).rejects.toThrow(/TTS_API_KEY/);
    const viaRegistry = await createTtsService(loadTtsConfig(api.env));
    services.push(viaRegistry);
    expect(viaRegistry.provider).toBe('openai');
  });
});

describe('OpenAI-compatible TTS: shared HTTP contract', () => {
  httpTtsContract({
    nativeRate: 24_000,
    wire: {
      text: (r: RecordedRequest) => {
        expect(r.path).toBe('/v1/audio/speech');
        expect(r.json).toMatchObject({ model: 'tts-1', response_format: 'pcm', voice: 'alloy' });
        return String(r.json?.input);
      },
      answerRate: () => 24_000,
      head: (r: RecordedRequest) => r.res.writeHead(200, { 'content-type': 'audio/pcm' }),
      error: (r: RecordedRequest, status: number, message: string) => {
        r.res.writeHead(status, { 'content-type': 'application/json' });
        r.res.end(JSON.stringify({ error: { message } }));
      },
    },
    create: (url, clock, o) =>
      new OpenAiTtsService(
        {
          baseUrl: `${url}/v1`,
          model: 'tts-1',
          voice: 'alloy',
          format: 'pcm',
          pcmSampleRate: 24_000,
          speed: 1,
          timeoutMs: o.timeoutMs,
          maxRetries: o.maxRetries,
        },
        { clock },
      ),
  });
});
