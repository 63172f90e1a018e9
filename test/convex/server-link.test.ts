/**
 * The whole Convex link over HTTP (issue #19, part 3): the convex/ module's functions run in
 * convex-test's in-memory backend, whose HTTP actions are served on a local port; the real voice
 * server (offline stack, SQLite) has CONVEX_URL pointing there. The app's `startSession` action
 * calls the server's real /start with the s2s secret and the caller's identity; a Pipecat client
 * holds a typed conversation; its turns and saved item land in Convex, in order and once each,
 * also when Convex was down for a while.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../convex/_generated/api.js';
import { PipecatWsClient } from '../../src/bench/pipecat-ws-client.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { ANN, BOB, newBackend, SECRET } from './backend.ts';

type Backend = ReturnType<typeof newBackend>;

let dir: string;
let server: RunningServer;
let convexHttp: Server;
let t: Backend;
/** While set, Convex's HTTP endpoint answers 503 to everything (a deployment that is down). */
let convexDown = false;
const served: { path: string; status: number }[] = [];

/** The in-memory backend's HTTP actions on a real port, as a deployment's .convex.site serves them. */
async function serveConvexHttp(): Promise<string> {
  convexHttp = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        if (convexDown) {
          served.push({ path: req.url ?? '', status: 503 });
          res.writeHead(503, { 'content-type': 'text/plain' }).end('deployment unavailable');
          return;
        }
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
        const answer = await t.fetch(req.url ?? '/', {
          method: req.method ?? 'GET',
          headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        served.push({ path: req.url ?? '', status: answer.status });
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
        res.end(await answer.text());
      })().catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => convexHttp.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(convexHttp.address() as AddressInfo).port}`;
}

async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (performance.now() > deadline)
      throw new Error(`timed out waiting for ${what}; Convex answered: ${JSON.stringify(served)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-convex-link-'));
  const convexUrl = await serveConvexHttp();
  server = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    LOG_LEVEL: process.env.DEBUG_LINK ? 'warn' : 'silent',
    S2S_SECRET: SECRET,
    CONVEX_URL: convexUrl,
    CONVEX_RETRY_BASE_MS: '200',
    CONVEX_RETRY_MAX_MS: '400',
    CONVEX_POLL_MS: '200',
  });
  t = newBackend({ url: server.url.replace('localhost', '127.0.0.1') });
}, 60_000);

// The suite's config unstubs the environment before each test: the deployment's variables again.
beforeEach(() => {
  vi.stubEnv('VOICE_SERVER_URL', server.url.replace('localhost', '127.0.0.1'));
  vi.stubEnv('VOICE_S2S_SECRET', SECRET);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await server?.close('tests done');
  await new Promise((r) => convexHttp?.close(r));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Starts a session the way the app does, and joins it as the app's Pipecat client would. */
async function startFromConvex(who = ANN) {
  const started = await t.withIdentity(who).action(api.voice.startSession, {});
  const { wsUrl, token } = started.connection as { wsUrl: string; token: string };
  const client = await PipecatWsClient.join(wsUrl.replace('localhost', '127.0.0.1'), token);
  // The assistant greets first; the shopper speaks after it.
  await client.waitFor((m) => m.type === 'bot-stopped-speaking', 20_000);
  return { sessionId: started.sessionId, client };
}

/** One typed turn, waiting for the assistant's reply to it to be over. */
async function say(client: PipecatWsClient, text: string) {
  const asked = performance.now();
  client.sendText(text);
  const spoken = await client.waitFor((m) => m.type === 'bot-tts-text', 20_000, { after: asked });
  await client.waitFor((m) => m.type === 'bot-stopped-speaking', 20_000, { after: spoken.at });
}

describe('the voice server delivers a Convex-started conversation to Convex', () => {
  it('logs every turn and the saved item in Convex, in order, for the signed-in user only', async () => {
    const { sessionId, client } = await startFromConvex();
    await say(client, 'show me hoodies');
    await say(client, 'save the first one for later');
    await client.close();

    const turns = await eventually(async () => {
      const list = await t.withIdentity(ANN).query(api.history.turns, { sessionId });
      return list.length >= 5 ? list : undefined;
    }, 'the greeting and two exchanges in Convex');
    expect(turns.map((x) => x.role)).toEqual(['assistant', 'user', 'assistant', 'user', 'assistant']);
    expect(turns[1]).toMatchObject({ role: 'user', text: 'show me hoodies' });
    expect(turns[3]).toMatchObject({ role: 'user', text: 'save the first one for later' });
    expect(turns.map((x) => x.at)).toEqual([...turns.map((x) => x.at)].sort((a, b) => a - b));
    const saved = await eventually(async () => {
      const list = await t.withIdentity(ANN).query(api.savedItems.list, {});
      return list.length > 0 ? list : undefined;
    }, 'the saved item in Convex');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ sessionId });
    expect(saved[0]!.name).toMatch(/hoodie/i);
    expect(await t.withIdentity(BOB).query(api.savedItems.list, {})).toEqual([]);
    // The server's own record says the link is finished.
    const status = await eventually(async () => {
      const res = await fetch(`${server.url.replace('localhost', '127.0.0.1')}/api/s2s/convex`, {
        headers: { 'x-s2s-secret': SECRET },
      });
      const body = (await res.json()) as { counts: { done: number; active: number } };
      return body.counts.done >= 1 ? body : undefined;
    }, 'the link marked done');
    expect(status).toMatchObject({ configured: true });
  }, 90_000);

  it('keeps the turns while Convex is down and delivers them once, in order, when it is back', async () => {
    const { sessionId, client } = await startFromConvex();
    await eventually(
      async () =>
        (await t.withIdentity(ANN).query(api.history.turns, { sessionId })).length === 1 ? true : undefined,
      'the greeting in Convex',
    );
    convexDown = true;
    const refusedBefore = served.filter((s) => s.status === 503).length;
    await say(client, 'show me running shoes');
    await say(client, 'what is in my cart');
    await eventually(
      async () => (served.filter((s) => s.status === 503).length >= refusedBefore + 2 ? true : undefined),
      'deliveries refused while down',
    );
    // Only the greeting, delivered before Convex went down.
    expect((await t.withIdentity(ANN).query(api.history.turns, { sessionId })).map((x) => x.role)).toEqual([
      'assistant',
    ]);
    convexDown = false;
    const turns = await eventually(async () => {
      const list = await t.withIdentity(ANN).query(api.history.turns, { sessionId });
      return list.length >= 5 ? list : undefined;
    }, 'the turns after Convex came back');
    await client.close();
    expect(turns.map((x) => [x.role, x.role === 'user' ? x.text : '…'])).toEqual([
      ['assistant', '…'],
      ['user', 'show me running shoes'],
      ['assistant', '…'],
      ['user', 'what is in my cart'],
      ['assistant', '…'],
    ]);
    expect(new Set(turns.map((x) => x.key)).size).toBe(turns.length);
  }, 90_000);

  it('refuses a convexSessionId from a caller without the server-to-server secret', async () => {
    const base = server.url.replace('localhost', '127.0.0.1');
    const res = await fetch(`${base}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ transport: 'websocket', convexSessionId: 'k57abc' }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toContain('server-to-server secret');
    const wrong = await fetch(`${base}/start`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-s2s-secret': 'not-the-secret-but-long-enough-0123456789',
        'x-s2s-user-issuer': ANN.issuer,
        'x-s2s-user-subject': ANN.subject,
      },
      body: JSON.stringify({ transport: 'websocket', convexSessionId: 'k57abc' }),
    });
    expect(wrong.status).toBe(401);
    const notUrl = await fetch(`${base}/start`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-s2s-secret': SECRET,
        'x-s2s-user-issuer': 'password',
        'x-s2s-user-subject': 'u_someone',
      },
      body: JSON.stringify({ transport: 'websocket' }),
    });
    expect(notUrl.status).toBe(401);
  });

  it('runs research for the user a backend names by identity headers, and shows it to nobody else', async () => {
    const base = server.url.replace('localhost', '127.0.0.1');
    const as = (who: typeof ANN) => ({
      'content-type': 'application/json',
      'x-s2s-secret': SECRET,
      'x-s2s-user-issuer': who.issuer,
      'x-s2s-user-subject': who.subject,
    });
    const started = await fetch(`${base}/api/s2s/research`, {
      method: 'POST',
      headers: as(ANN),
      body: JSON.stringify({ query: 'warm hoodies under 60', language: 'en' }),
    });
    expect(started.status).toBe(202);
    const { researchId } = (await started.json()) as { researchId: string };
    const done = await eventually(async () => {
      const res = await fetch(`${base}/api/s2s/research/${researchId}?language=en`, { headers: as(ANN) });
      const view = (await res.json()) as { status: string; items: unknown[] };
      return view.status === 'pending' ? undefined : view;
    }, 'the research result');
    expect(done.status).toBe('done');
    expect(done.items.length).toBeGreaterThan(0);
    const other = await fetch(`${base}/api/s2s/research/${researchId}?language=en`, { headers: as(BOB) });
    expect(other.status).toBe(404);
  }, 60_000);
});
