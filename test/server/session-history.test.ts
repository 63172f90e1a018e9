/**
 * Sessions are durable: after the server restarts, a shopper still reads the recorded
 * conversation of their ended session (ownership comes from the store, not from memory), a
 * stranger still cannot, and the owner's console streams /ws/debug with ?access_token=.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { PipecatWsClient } from '../../src/bench/pipecat-ws-client.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789abcdef';
let dir: string;
let server: RunningServer | undefined;

const boot = () =>
  startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    ADMIN_TOKEN,
  });
const base = () => server!.url.replace('localhost', '127.0.0.1');

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-history-'));
}, 10_000);

afterAll(async () => {
  await server?.close('tests done');
  await rm(dir, { recursive: true, force: true });
});

it('keeps an ended session readable by its owner across a restart, and only by its owner', async () => {
  server = await boot();
  const client = await PipecatWsClient.connect(base());
  client.sendText('show me hoodies');
  await client.waitFor((m) => m.type === 'server-message', 20_000);
  const headers = { cookie: client.cookie ?? '' };
  const { sessions } = (await (await fetch(`${base()}/api/sessions`, { headers })).json()) as {
    sessions: { id: string }[];
  };
  const id = sessions.at(-1)!.id;
  await client.close();
  await server.close('restart');

  server = await boot();
  const mine = await fetch(`${base()}/api/sessions/${id}/events`, { headers });
  expect(mine.status).toBe(200);
  const { events } = (await mine.json()) as { events: { type: string }[] };
  expect(events.map((e) => e.type)).toEqual(
    expect.arrayContaining(['session_start', 'user_transcript', 'tool_call']),
  );
  const stranger = await fetch(`${base()}/api/sessions/${id}/events`);
  expect(stranger.status).toBe(404);
}, 120_000);

it('streams the debug events of a live session to the owner console with ?access_token=', async () => {
  server ??= await boot();
  const client = await PipecatWsClient.connect(base());
  const { sessions } = (await (
    await fetch(`${base()}/api/sessions`, { headers: { cookie: client.cookie ?? '' } })
  ).json()) as {
    sessions: { id: string; state: string }[];
  };
  const live = sessions.find((s) => s.state === 'active')!;
  const wsBase = base().replace('http', 'ws');
  const refused = new WebSocket(`${wsBase}/ws/debug?session=${live.id}&access_token=wrong`);
  expect(await new Promise((resolve) => refused.once('close', (code) => resolve(code)))).toBe(4003);
  const viewer = new WebSocket(`${wsBase}/ws/debug?session=${live.id}&access_token=${ADMIN_TOKEN}`);
  await new Promise((resolve, reject) => {
    viewer.once('open', resolve);
    viewer.once('error', reject);
  });
  const kinds: string[] = [];
  viewer.on('message', (raw) => kinds.push((JSON.parse(String(raw)) as { kind: string }).kind));
  client.sendText('show me running shoes');
  await client.waitFor((m) => m.type === 'server-message', 20_000);
  for (let i = 0; i < 50 && !kinds.includes('function-call-result'); i++)
    await new Promise((r) => setTimeout(r, 100));
  expect(kinds).toEqual(
    expect.arrayContaining(['llm-run', 'function-call-in-progress', 'function-call-result']),
  );
  viewer.close();
  await client.close();
}, 120_000);
