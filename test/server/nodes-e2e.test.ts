/**
 * Issue #18's "Done means" for many nodes: three `voice-shopper start` processes on this machine
 * sharing one PostgreSQL and one Redis. /start on one node spreads sessions over all three, a
 * real Pipecat client connects to the URL it was given and completes a typed turn, a token shown
 * to the wrong node is refused naming the right one, a flood of /start from one address is held
 * to the limit across nodes, and a node killed with SIGKILL mid-reply has its sessions marked
 * ended with their recorded events intact while new sessions land on the others; the session
 * list and the debug stream are read from a surviving node, and a node stopped with SIGTERM
 * ends its own sessions and leaves the cluster at once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { PipecatWsClient } from '../../src/bench/pipecat-ws-client.ts';
import { dropPrefix, freePort, testRedis, uniquePrefix } from '../cluster/redis.ts';
import { eventually, type RecordedEvent } from './e2e-helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const ADMIN = `admin-${randomBytes(8).toString('hex')}`;
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RATE = 20;

interface Node {
  id: string;
  base: string;
  port: number;
  proc: ChildProcess;
  output: () => string;
}

const nodes: Node[] = [];
const clients: PipecatWsClient[] = [];
let dbName: string | undefined;
let tmp: string | undefined;
const prefix = uniquePrefix();

afterAll(async () => {
  for (const c of clients) await c.close().catch(() => undefined);
  await Promise.all(
    nodes.map(
      (n) =>
        new Promise<void>((resolve) => {
          if (n.proc.exitCode !== null || n.proc.signalCode !== null) return resolve();
          n.proc.once('exit', () => resolve());
          n.proc.kill('SIGKILL');
        }),
    ),
  );
  if (tmp) await rm(tmp, { recursive: true, force: true });
  const redis = testRedis();
  await dropPrefix(redis, prefix);
  redis.disconnect();
  if (dbName) {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});

async function createDatabase(): Promise<string> {
  dbName = `vs_nodes_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${dbName}`;
  return url.toString();
}

function startNode(id: string, port: number, databaseUrl: string, dataDir: string): Node {
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, [path.join(root, 'src/cli/main.ts'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: prefix,
      NODE_ID: id,
      NODE_URL: base,
      NODE_HEARTBEAT_S: '0.5',
      NODE_TIMEOUT_S: '2',
      MAX_SESSIONS: '3',
      SESSION_RATE_PER_MINUTE: String(RATE),
      AUTH_GUEST_RATE_PER_IP_PER_MINUTE: '1000',
      SESSION_SECRET: randomBytesHex,
      ADMIN_TOKEN: ADMIN,
      WEB_DIR: path.join(root, 'no-web-app-here'),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  return { id, base, port, proc, output: () => out.slice(-4000) };
}
const randomBytesHex = randomBytes(24).toString('hex');

async function admin<T>(node: Node, url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${node.base}${url}`, {
    ...init,
    headers: { authorization: `Bearer ${ADMIN}`, ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`${url} on ${node.id}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface ListedSession {
  id: string;
  userId: string;
  state: string;
  node?: string;
  endReason?: string;
}

const sessionsOn = async (node: Node) =>
  (await admin<{ sessions: ListedSession[] }>(node, '/api/sessions')).sessions;
const eventsOf = async (node: Node, id: string) =>
  (await admin<{ events: RecordedEvent[] }>(node, `/api/sessions/${id}/events`)).events;

/** POST /start from a chosen loopback address (the rate limit is per client address). */
function startFrom(
  localAddress: string,
  node: Node,
  body: unknown,
): Promise<{ status: number; detail: string }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = httpRequest(
      `${node.base}/start`,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => {
          const detail = (JSON.parse(text) as { detail?: string }).detail ?? '';
          resolve({ status: res.statusCode ?? 0, detail });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** A typed turn: the shopper's text and the assistant's answer to it are both recorded. */
async function typedTurn(node: Node, client: PipecatWsClient, sessionId: string, text: string) {
  client.sendText(text);
  return eventually(
    async () => {
      const events = await eventsOf(node, sessionId);
      const asked = events.findIndex((e) => e.type === 'user_transcript' && e.payload.text === text);
      return asked >= 0 && events.slice(asked).some((e) => e.type === 'assistant_text') ? events : undefined;
    },
    `the answer to "${text}" recorded`,
    30_000,
    100,
  );
}

describe('three nodes on one PostgreSQL and one Redis', () => {
  it('spread sessions, refuse wrong-node tokens, hold limits cluster-wide, and survive a SIGKILL', async () => {
    const t0 = performance.now();
    const databaseUrl = await createDatabase();
    const ports = [await freePort(), await freePort(), await freePort()];
    tmp = await mkdtemp(path.join(os.tmpdir(), 'vs-nodes-'));
    for (const [i, id] of ['n1', 'n2', 'n3'].entries()) {
      await mkdir(path.join(tmp, id));
      nodes.push(startNode(id, ports[i]!, databaseUrl, path.join(tmp, id)));
    }
    const [n1, n2, n3] = nodes as [Node, Node, Node];
    await eventually(
      async () => {
        for (const n of nodes)
          if (n.proc.exitCode !== null) throw new Error(`${n.id} exited ${n.proc.exitCode}: ${n.output()}`);
        const { nodes: live } = await admin<{ nodes: { id: string }[] }>(n1, '/api/admin/cluster').catch(
          () => ({ nodes: [] }),
        );
        return live.length === 3;
      },
      'three nodes registered',
      // About 15 s on an idle machine; a minute and more when other work loads both cores.
      150_000,
      200,
    ).catch((err: unknown) => {
      throw new Error(`${String(err)}\n${nodes.map((n) => `── ${n.id}:\n${n.output()}`).join('\n')}`);
    });
    console.info(`[nodes] three nodes registered ${(performance.now() - t0).toFixed(0)} ms after spawning`);

    // ── /start on n1 only: six sessions spread two per node, each client on the URL it was given.
    for (let i = 0; i < 6; i++) clients.push(await PipecatWsClient.connect(n1.base));
    const spread = (await sessionsOn(n1)).filter((s) => s.state === 'active');
    expect(spread).toHaveLength(6);
    expect(
      Object.fromEntries(['n1', 'n2', 'n3'].map((id) => [id, spread.filter((s) => s.node === id).length])),
    ).toEqual({
      n1: 2,
      n2: 2,
      n3: 2,
    });
    // Each client's own session, seen through its own cookie on any node.
    const mine = async (client: PipecatWsClient, via: Node) => {
      const res = await fetch(`${via.base}/api/sessions`, { headers: { cookie: client.cookie ?? '' } });
      return ((await res.json()) as { sessions: ListedSession[] }).sessions[0]!;
    };
    const placed = await Promise.all(clients.map((c) => mine(c, n3)));
    const onN2 = placed.flatMap((s, i) => (s.node === 'n2' ? [{ session: s, client: clients[i]! }] : []));
    const onN1 = placed.flatMap((s, i) => (s.node === 'n1' ? [{ session: s, client: clients[i]! }] : []));
    expect(onN2).toHaveLength(2);

    // A typed turn on a session that /start on n1 placed on n2.
    await typedTurn(n2, onN2[0]!.client, onN2[0]!.session.id, 'do you have running shoes');

    // ── A valid token shown to the wrong node: refused naming the right one, and still usable there.
    const start = await fetch(`${n1.base}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ transport: 'websocket' }),
    });
    const { wsUrl, token } = (await start.json()) as { wsUrl: string; token: string };
    const right = nodes.find((n) => wsUrl.includes(`:${n.port}/`))!;
    const wrong = nodes.find((n) => n !== right)!;
    const refusal = await new Promise<{ code: number; reason: string }>((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${wrong.port}/ws?token=${encodeURIComponent(token)}`);
      ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
      ws.once('error', reject);
    });
    expect(refusal.code).toBe(4421);
    expect(refusal.reason).toContain(`node ${right.id}`);
    const late = await PipecatWsClient.join(wsUrl, token);
    clients.push(late);
    await late.close();

    // ── A flood of /start from one address across the nodes: RATE per minute in all, not per node.
    const flood = await Promise.all(
      Array.from({ length: 45 }, (_, i) => startFrom('127.0.0.9', nodes[i % 3]!, { transport: 'no-such' })),
    );
    const limited = flood.filter((r) => r.status === 429);
    expect(flood.filter((r) => r.status === 400)).toHaveLength(RATE);
    expect(limited).toHaveLength(45 - RATE);
    expect(limited[0]!.detail).toMatch(/too many new sessions from this address/);

    // ── SIGKILL n2 in the middle of a spoken reply.
    const victim = onN2[1]!;
    victim.client.sendText('show me running shoes');
    await victim.client.waitFor((m) => m.type === 'bot-llm-stopped', 30_000);
    const acknowledged = await eventually(async () => {
      const events = await eventsOf(n1, victim.session.id);
      return events.some((e) => e.type === 'assistant_text') ? events : undefined;
    }, 'the reply recorded before the kill');
    const killedAt = performance.now();
    n2.proc.kill('SIGKILL');
    await eventually(
      () => victim.client.closed,
      'the client of the killed node to see its socket close',
      5_000,
    );

    // Its sessions are marked ended by a surviving node; nothing recorded before is lost.
    const ended = await eventually(
      async () => {
        const all = await sessionsOn(n3);
        const theirs = all.filter((s) => s.node === 'n2');
        return theirs.length === 2 && theirs.every((s) => s.state === 'ended') ? theirs : undefined;
      },
      "n2's sessions marked ended",
      20_000,
      100,
    );
    const detectedMs = performance.now() - killedAt;
    console.info(`[nodes] n2's sessions marked ended ${detectedMs.toFixed(0)} ms after SIGKILL`);
    for (const s of ended) expect(s.endReason).toBe('node lost: n2 stopped sending heartbeats');
    const after = await eventsOf(n3, victim.session.id);
    for (const e of acknowledged) expect(after.find((a) => a.seq === e.seq)).toEqual(e);
    expect(after.map((e) => e.seq)).toEqual(after.map((_, i) => i + 1));
    expect(after.at(-1)).toMatchObject({
      type: 'session_end',
      payload: { reason: 'node lost: n2 stopped sending heartbeats', recovered: true },
    });

    // New sessions go to the live nodes only (n1 and n3 have one free slot each).
    const { nodes: live } = await admin<{ nodes: { id: string }[] }>(n3, '/api/admin/cluster');
    expect(live.map((n) => n.id)).toEqual(['n1', 'n3']);
    for (let i = 0; i < 2; i++) clients.push(await PipecatWsClient.connect(n3.base));
    const newest = await Promise.all(clients.slice(-2).map((c) => mine(c, n1)));
    expect(newest.map((s) => s.node).sort()).toEqual(['n1', 'n3']);
    // The cluster is now full: a clear 429, not a session on the dead node.
    const full = await fetch(`${n1.base}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ transport: 'websocket' }),
    });
    expect(full.status).toBe(429);
    expect(((await full.json()) as { detail: string }).detail).toMatch(
      /every node of the cluster is at its limit/,
    );

    // ── The debug stream of n3 shows a turn that runs on n1; ending that session from n3 works.
    const target = onN1[0]!;
    const debug = new WebSocket(`ws://127.0.0.1:${n3.port}/ws/debug?access_token=${ADMIN}`);
    const seen: { sessionId: string; node?: string }[] = [];
    debug.on('message', (raw) => seen.push(JSON.parse(String(raw))));
    await new Promise((resolve, reject) => {
      debug.once('open', resolve);
      debug.once('error', reject);
    });
    await typedTurn(n1, target.client, target.session.id, 'hello');
    await eventually(
      () => seen.some((e) => e.sessionId === target.session.id && e.node === 'n1'),
      "n1's events on n3's debug stream",
      5_000,
    );
    debug.close();
    const endedRemotely = await admin<ListedSession>(n3, `/api/sessions/${target.session.id}`, {
      method: 'DELETE',
    });
    expect(endedRemotely).toMatchObject({ id: target.session.id, state: 'ended', node: 'n1' });
    await eventually(() => target.client.closed, 'the ended session to close its client', 5_000);

    // ── The owner's emergency stop on n3 of a session n1 holds: n1 ends it, the incident is stored.
    const stopped = onN1[1]!;
    const stop = await admin<{ stopped: boolean; node?: string; reason: string }>(
      n3,
      `/api/admin/sessions/${stopped.session.id}/emergency-stop`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"reason":"abuse"}' },
    );
    expect(stop).toMatchObject({ stopped: true, node: 'n1', reason: 'emergency stop (admin): abuse' });
    await eventually(() => stopped.client.closed, 'the stopped session to close its client', 5_000);
    expect(await admin<ListedSession>(n1, `/api/sessions/${stopped.session.id}`)).toMatchObject({
      state: 'ended',
      endReason: 'emergency stop (admin): abuse',
    });
    const { incidents } = await admin<{ incidents: { sessionId: string; rule: string }[] }>(
      n1,
      `/api/admin/safety/incidents?session=${stopped.session.id}`,
    );
    expect(incidents).toEqual([expect.objectContaining({ rule: 'emergency-stop:admin' })]);
    // Stopping it again: it has ended, a 404 naming it, from any node.
    const again = await fetch(`${n3.base}/api/admin/sessions/${stopped.session.id}/emergency-stop`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(again.status).toBe(404);

    // ── SIGTERM on n3: it ends its own sessions (not "node lost") and leaves the cluster at once.
    const onN3 = (await sessionsOn(n1)).filter((s) => s.node === 'n3' && s.state === 'active');
    expect(onN3.length).toBeGreaterThan(0);
    const exited = new Promise<number | null>((resolve) => n3.proc.once('exit', (code) => resolve(code)));
    n3.proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    const { nodes: left } = await admin<{ nodes: { id: string }[] }>(n1, '/api/admin/cluster');
    expect(left.map((n) => n.id)).toEqual(['n1']);
    const afterTerm = await sessionsOn(n1);
    for (const s of onN3)
      expect(afterTerm.find((a) => a.id === s.id)).toMatchObject({ state: 'ended', endReason: 'SIGTERM' });
  }, 260_000);
});
