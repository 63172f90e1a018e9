/**
 * SmallWebRTC's /api/offer creates sessions without /start: it must share /start's per-IP
 * session-creation limit.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/main.ts';

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-offer-limit-'));
  server = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    SESSION_RATE_PER_MINUTE: '2',
  });
}, 120_000);

afterAll(async () => {
  await server?.close('tests done');
  await rm(dir, { recursive: true, force: true });
});

it('rate-limits session creation through /api/offer like /start', async () => {
  const url = `${server.url.replace('localhost', '127.0.0.1')}/api/offer`;
  const offer = () =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sdp: 'v=0\r\n', type: 'offer', pc_id: null, restart_pc: false }),
    });
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await offer()).status);
  // The bodies are not valid SDP, so the first ones fail on their own (4xx) — but the limiter
  // must answer 429 once the per-IP budget of 2 is spent.
  expect(statuses.slice(0, 2).every((s) => s !== 429)).toBe(true);
  expect(statuses.slice(2)).toEqual([429, 429]);
});
