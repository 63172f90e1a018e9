/**
 * One node of a cluster whose Redis dies and comes back (a private redis-server, SIGKILLed: it
 * keeps nothing on disk, like the shared one): /start answers a clear 503 meanwhile, /readyz
 * fails, a conversation already running goes on, and once Redis is back the node registers
 * again and /start works. Then PostgreSQL becomes unreachable (a proxy cut): the session list
 * answers a clear 503, and works again once it is back.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PipecatWsClient } from '../../src/bench/pipecat-ws-client.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { eventually } from '../server/e2e-helpers.ts';
import { freePort, PrivateRedis } from './redis.ts';
import { TcpProxy } from './tcp-proxy.ts';

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ADMIN = `admin-${randomBytes(8).toString('hex')}`;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

async function freshDatabase(): Promise<string> {
  const name = `vs_outage_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

const start = (base: string) =>
  fetch(`${base}/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transport: 'websocket' }),
  });

describe('Redis dies under a node and comes back', () => {
  it('503 on /start meanwhile, running sessions go on, registration and /start come back; then the database goes', async () => {
    const redis = await PrivateRedis.start();
    cleanups.push(() => redis.stop());
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-outage-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const port = await freePort();
    const dbUrl = new URL(await freshDatabase());
    const proxy = await TcpProxy.start({ host: dbUrl.hostname, port: Number(dbUrl.port || 5432) });
    cleanups.push(() => proxy.close());
    dbUrl.hostname = '127.0.0.1';
    dbUrl.port = String(proxy.port);
    const base = `http://127.0.0.1:${port}`;
    const server: RunningServer = await startServer({
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl.toString(),
      DATA_DIR: dir,
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: 'outage:',
      NODE_ID: 'solo',
      NODE_URL: base,
      NODE_HEARTBEAT_S: '0.3',
      NODE_TIMEOUT_S: '1',
      SESSION_SECRET: randomBytes(24).toString('hex'),
      ADMIN_TOKEN: ADMIN,
      WEB_DIR: path.join(dir, 'no-web-app'),
      LOG_LEVEL: 'silent',
    });
    cleanups.push(() => server.close('test done'));

    const client = await PipecatWsClient.connect(base);
    cleanups.push(() => client.close());

    await redis.stop();
    const refused = await start(base);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(
      /the cluster's coordination service \(Redis\) is unreachable; try again in a few seconds/,
    );
    const notReady = await eventually(
      async () => {
        const res = await fetch(`${base}/readyz`);
        return res.status === 503 ? ((await res.json()) as { checks: Record<string, boolean> }) : undefined;
      },
      '/readyz to fail while Redis is down',
      5_000,
    );
    expect(notReady.checks.cluster).toBe(false);

    // The conversation already running needs no Redis.
    client.sendText('do you have running shoes');
    await client.waitFor((m) => m.type === 'bot-llm-stopped', 20_000);

    await redis.start();
    const again = await eventually(
      async () => {
        const res = await start(base);
        return res.status === 200 ? ((await res.json()) as { wsUrl: string; token: string }) : undefined;
      },
      '/start to work again once Redis is back',
      10_000,
      100,
    );
    expect(again.wsUrl).toBe(`ws://127.0.0.1:${port}/ws`);
    const cluster = await eventually(
      async () => {
        const res = await fetch(`${base}/api/admin/cluster`, {
          headers: { authorization: `Bearer ${ADMIN}` },
        });
        const body = (await res.json()) as { nodes: { id: string; live: number }[] };
        return body.nodes.length === 1 ? body : undefined;
      },
      'the node registered again',
      5_000,
    );
    expect(cluster.nodes[0]).toMatchObject({ id: 'solo' });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    // ── PostgreSQL unreachable for a while.
    const list = () => fetch(`${base}/api/sessions`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect((await list()).status).toBe(200);
    proxy.cut();
    const down = await list();
    expect(down.status).toBe(503);
    expect(((await down.json()) as { detail: string }).detail).toBe(
      'the session list is unavailable (database unreachable); try again shortly',
    );
    proxy.restore();
    const back = await eventually(
      async () => {
        const res = await list();
        return res.status === 200 ? ((await res.json()) as { sessions: { id: string }[] }) : undefined;
      },
      'the session list once the database is back',
      10_000,
      100,
    );
    expect(back.sessions.length).toBeGreaterThanOrEqual(1);
  }, 180_000);
});
