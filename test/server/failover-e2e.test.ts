/**
 * Failover through the real server: every stage lists a cloud provider whose stand-in is down
 * (HTTP 503, no WebSocket upgrade) before the offline one. A shopper's typed turn is still
 * answered on screen and out loud; the session records each switch; /readyz and /metrics say
 * which provider is down.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipecatWsClient, type RtviMessage } from '../../src/bench/pipecat-ws-client.ts';
import { eventually, listSessions, sessionEvents, startTestServer, type TestServer } from './e2e-helpers.ts';

let down: Server;
let requests = 0;
let app: TestServer;

beforeAll(async () => {
  // Answers every request with 503 and has no upgrade handler: a socket to it is dropped.
  down = createServer((req, res) => {
    requests++;
    req.resume();
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"message":"down"}}');
  });
  await new Promise<void>((r) => down.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(down.address() as AddressInfo).port}`;
  app = await startTestServer({
    STT_PROVIDER: 'deepgram,pocketsphinx',
    DEEPGRAM_API_KEY: 'k',
    STT_BASE_URL: url,
    STT_MAX_RETRIES: '0',
    LLM_PROVIDER: 'openai-compatible,offline',
    LLM_BASE_URL: `${url}/v1`,
    LLM_MODEL: 'llama3.2',
    LLM_MAX_RETRIES: '0',
    TTS_PROVIDER: 'openai,offline',
    TTS_BASE_URL: `${url}/v1`,
    TTS_MAX_RETRIES: '0',
    // Probes stay out of the way of the test.
    PROVIDER_PROBE_INTERVAL_MS: '600000',
  });
}, 180_000);

afterAll(async () => {
  await app?.stop();
  down?.closeAllConnections();
  await new Promise<void>((r) => (down ? down.close(() => r()) : r()));
});

const products = (m: RtviMessage) =>
  m.type === 'server-message' && (m.data as { type?: string })?.type === 'products';

describe('provider failover in a running server', () => {
  it('answers a typed turn with the backups, records each switch, and reports health', async () => {
    const client = await PipecatWsClient.connect(app.base);
    client.sendText('show me running shoes');
    await client.waitFor(products, 30_000);
    await client.waitForAudio(0, 30_000);
    const id = (await listSessions(app.base, client.cookie)).at(-1)?.id as string;
    await client.close();
    expect(requests).toBeGreaterThan(0);

    const ready = (await (await fetch(`${app.base}/readyz`)).json()) as {
      status: string;
      providers: Record<string, { name: string; healthy: boolean }[]>;
    };
    expect(ready.status).toBe('ready'); // every stage still has a provider up
    expect(ready.providers).toMatchObject({
      stt: [
        { name: 'deepgram', healthy: false },
        { name: 'pocketsphinx', healthy: true },
      ],
      llm: [
        { name: 'openai-compatible', healthy: false },
        { name: 'offline', healthy: true },
      ],
      tts: [
        { name: 'openai', healthy: false },
        { name: 'offline', healthy: true },
      ],
    });

    const metrics = await (await fetch(`${app.base}/metrics`)).text();
    expect(metrics).toMatch(/vs_provider_switches_total\{stage="tts",from="openai",to="offline"\} [1-9]/);
    expect(metrics).toContain('vs_provider_healthy{stage="llm",provider="openai-compatible"} 0');

    const switches = await eventually(async () => {
      const events = await sessionEvents(app.base, client.cookie, id);
      const found = events.filter((e) => e.type === 'provider_switch').map((e) => e.payload.stage);
      return found.includes('stt') && found.includes('tts') ? found : undefined;
    }, 'provider_switch events');
    expect(switches).toEqual(expect.arrayContaining(['stt', 'tts']));
  }, 120_000);
});
