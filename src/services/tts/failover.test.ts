/**
 * TTS failover against OpenAI-compatible `/audio/speech` stand-ins: the primary refuses, dies
 * mid-sentence, stalls or answers garbage; the sentence is said whole by the backup.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../pipeline/clock.ts';
import { ProviderHealth, type ProviderSwitch } from '../health.ts';
import { ServiceError } from '../service-base.ts';
import { loadTtsConfig } from './config.ts';
import { FailoverTtsService } from './failover.ts';
import { createTtsService } from './registry.ts';
import type { TtsService } from './types.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, body: { input: string; voice?: string }) => void;

const servers: Server[] = [];
const services: TtsService[] = [];

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }
});

/** An OpenAI-compatible speech server; `handler` decides each answer; every request is kept. */
async function speechServer(handler: Handler) {
  const requests: { input: string; voice?: string }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString();
    });
    req.on('end', () => {
      const body = JSON.parse(raw) as { input: string; voice?: string };
      requests.push(body);
      handler(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, requests };
}

const pcm = (n: number, v: number) => Buffer.from(new Int16Array(n).fill(v).buffer);
const speaks =
  (value: number): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(pcm(2400, value));
  };

async function make(urls: string[], clock: FakeClock, opts: { voice?: string } = {}) {
  const env = {
    TTS_PROVIDER: 'openai',
    TTS_BASE_URL: urls[0] as string,
    TTS_MODEL: 'kokoro',
    TTS_MAX_RETRIES: '0',
    ...(opts.voice ? { TTS_OPENAI_VOICE: opts.voice } : {}),
  };
  const built = await Promise.all(
    urls.map((url) => createTtsService(loadTtsConfig({ ...env, TTS_BASE_URL: url }))),
  );
  services.push(...built);
  const health = new ProviderHealth(
    'tts',
    built.map((s, i) => ({
      name: `speech${i}`,
      probe: async (signal) => {
        for await (const _ of s.synthesize('OK.', { sampleRate: 24_000, signal })) return;
        throw new Error('no audio');
      },
    })),
    { clock, probeIntervalMs: 1000 },
  );
  const switches: ProviderSwitch[] = [];
  const tts = new FailoverTtsService(built, { health, clock, chunkTimeoutMs: 2000 });
  return { tts: tts.forSession((e) => switches.push(e)), failover: tts, health, switches };
}

async function say(tts: TtsService, text: string): Promise<Int16Array[]> {
  const chunks: Int16Array[] = [];
  for await (const c of tts.synthesize(text, { sampleRate: 24_000, language: 'en', voice: 'onyx' }))
    chunks.push(c);
  return chunks;
}
const valuesOf = (chunks: Int16Array[]) => new Set(chunks.flatMap((c) => [...c]));

describe('TTS failover', () => {
  it('a primary that refuses (503): the backup says the sentence, the primary is marked down', async () => {
    const a = await speechServer((_req, res) => res.writeHead(503).end('{"error":"down"}'));
    const b = await speechServer(speaks(7));
    const { tts, health, switches } = await make([a.url, b.url], new FakeClock());
    expect(valuesOf(await say(tts, 'Here are three shoes.'))).toEqual(new Set([7]));
    expect(b.requests.map((r) => r.input)).toEqual(['Here are three shoes.']);
    expect(switches).toEqual([expect.objectContaining({ stage: 'tts', from: 'speech0', to: 'speech1' })]);
    expect(health.isHealthy(0)).toBe(false);
    // The next sentence starts on the backup: no time lost on the one known to be down.
    await say(tts, 'Anything else?');
    expect(a.requests).toHaveLength(1);
  });

  it('a primary that dies mid-sentence: the sentence is said again whole by the backup', async () => {
    const a = await speechServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(pcm(480, 3));
      setImmediate(() => req.socket.destroy()); // the connection drops mid-audio
    });
    const b = await speechServer(speaks(7));
    const { tts, switches } = await make([a.url, b.url], new FakeClock());
    const chunks = await say(tts, 'Your order is on its way.');
    expect(chunks[0]?.[0]).toBe(3); // what the primary said before dying was played
    expect(chunks.slice(1).reduce((n, c) => n + c.length, 0)).toBe(2400); // then the whole sentence
    expect(b.requests[0]?.input).toBe('Your order is on its way.');
    expect(switches).toHaveLength(1);
  });

  it('a primary that stalls: after the failover timeout on the clock the backup speaks', async () => {
    const a = await speechServer((_req, res) => res.writeHead(200)); // headers, then nothing
    const b = await speechServer(speaks(7));
    const clock = new FakeClock();
    const { tts, switches } = await make([a.url, b.url], clock);
    const said = say(tts, 'One moment.');
    while (a.requests.length === 0) await new Promise((r) => setImmediate(r));
    await clock.advance(2000);
    expect(valuesOf(await said)).toEqual(new Set([7]));
    expect(switches[0]).toMatchObject({ kind: 'timeout' });
  });

  it('a primary answering garbage (HTML for WAV) fails over too', async () => {
    const a = await speechServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>gateway</html>');
    });
    const b = await speechServer(speaks(7));
    const clock = new FakeClock();
    const env = (url: string) => ({
      TTS_PROVIDER: 'openai',
      TTS_BASE_URL: url,
      TTS_RESPONSE_FORMAT: 'wav',
      TTS_MAX_RETRIES: '0',
    });
    const primary = await createTtsService(loadTtsConfig(env(a.url)));
    const backup = await createTtsService(loadTtsConfig({ ...env(b.url), TTS_RESPONSE_FORMAT: 'pcm' }));
    services.push(primary, backup);
    const health = new ProviderHealth('tts', [{ name: 'a' }, { name: 'b' }], { clock });
    const tts = new FailoverTtsService([primary, backup], { health, clock });
    expect(valuesOf(await say(tts, 'Hello.'))).toEqual(new Set([7]));
    expect(health.status()[0]).toMatchObject({
      healthy: false,
      lastError: expect.stringMatching(/instead of audio|not a WAV/),
    });
  });

  it('the configured voice goes to the first provider only', async () => {
    const a = await speechServer((_req, res) => res.writeHead(500).end());
    const b = await speechServer(speaks(7));
    const { tts } = await make([a.url, b.url], new FakeClock(), { voice: 'alloy' });
    await say(tts, 'Hi.');
    expect(a.requests[0]?.voice).toBe('onyx');
    expect(b.requests[0]?.voice).toBe('alloy'); // the backup's own configured default
  });

  it('probes the failed primary with backoff and returns to it once it answers', async () => {
    let up = false;
    const a = await speechServer((req, res, body) =>
      up ? speaks(1)(req, res, body) : res.writeHead(503).end(),
    );
    const b = await speechServer(speaks(7));
    const clock = new FakeClock();
    const { tts, health } = await make([a.url, b.url], clock);
    await say(tts, 'First.');
    await clock.advance(1000); // probe 1: still down
    while ((health.status()[0]?.failures ?? 0) < 2) await new Promise((r) => setImmediate(r));
    up = true;
    await clock.advance(1000); // backoff doubled: nothing yet
    expect(a.requests).toHaveLength(2);
    await clock.advance(1000); // probe 2
    while (!health.isHealthy(0)) await new Promise((r) => setImmediate(r));
    expect(valuesOf(await say(tts, 'Back.'))).toEqual(new Set([1]));
  });

  it('every provider down: one typed error naming them, and each switch reported', async () => {
    const a = await speechServer((_req, res) => res.writeHead(503).end());
    const b = await speechServer((_req, res) => res.writeHead(502).end());
    const { tts, switches } = await make([a.url, b.url], new FakeClock());
    const err = await say(tts, 'Hi.').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({
      kind: 'unavailable',
      message: expect.stringMatching(/every TTS provider failed/),
    });
    expect(switches.map((s) => [s.from, s.to])).toEqual([
      ['speech0', 'speech1'],
      ['speech1', undefined],
    ]);
  });

  it('an abort by the caller (barge-in) is not a failover', async () => {
    const a = await speechServer((_req, res) => res.writeHead(200)); // never finishes
    const b = await speechServer(speaks(7));
    const { tts, health, switches } = await make([a.url, b.url], new FakeClock());
    const abort = new AbortController();
    const said = (async () => {
      for await (const _ of tts.synthesize('Hi.', { sampleRate: 24_000, signal: abort.signal })) break;
    })().catch((e: unknown) => e);
    while (a.requests.length === 0) await new Promise((r) => setImmediate(r));
    abort.abort();
    expect(await said).toMatchObject({ kind: 'aborted' });
    expect(b.requests).toHaveLength(0);
    expect(switches).toEqual([]);
    expect(health.isHealthy(0)).toBe(true);
  });
});

describe('TTS_PROVIDER as a list', () => {
  it('parses each listed provider with its own variables; one name keeps a plain service', async () => {
    const cfg = loadTtsConfig({ TTS_PROVIDER: 'openai,offline', TTS_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(cfg.provider).toBe('openai');
    expect(cfg.fallbacks).toEqual([{ provider: 'offline', options: expect.any(Object) }]);
    expect(loadTtsConfig({ TTS_PROVIDER: 'offline' }).fallbacks).toBeUndefined();
    expect(() => loadTtsConfig({ TTS_PROVIDER: 'offline,nope' })).toThrow(/TTS_PROVIDER.*nope/);
  });
});
