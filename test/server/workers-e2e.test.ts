/**
 * `voice-shopper start --workers 2` as deployed (issue #18 part 2): one port, two worker
 * processes. Sessions land on both workers and their follow-up connections (the Pipecat
 * WebSocket, SmallWebRTC's offer and trickled candidates) reach the worker that reserved them;
 * malformed heads are refused by the primary without hurting a worker; a request that reaches the
 * wrong worker over a kept-alive connection is redirected; a worker killed mid-conversation is
 * replaced and its conversations are closed as interrupted; SIGTERM drains every worker (new
 * /start → 503, live sessions finish, the rest end at the drain deadline) and the primary exits 0
 * with every conversation recorded to its end.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipecatWsClient } from '../../src/bench/pipecat-ws-client.ts';
import { workerOfId } from '../../src/http/worker-tag.ts';
import { INTERRUPTED_REASON } from '../../src/server/session/recovery.ts';
import { SimulatedWebRtcClient } from '../../src/transports/webrtc/testing.ts';
import {
  eventually,
  listSessions,
  placeTwilioCall,
  type SessionRow,
  type TwilioCall,
} from './e2e-helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const DRAIN_S = 12;
let proc: ChildProcess;
let dir: string;
let base: string;
let port: number;
let out = '';
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
const webrtc: SimulatedWebRtcClient[] = [];
const ws: PipecatWsClient[] = [];
const twilio: TwilioCall[] = [];
const ADMIN_TOKEN = 'workers-e2e-admin-token-0123456789abcdef';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const p = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(p));
    });
  });
}

/** Writes `request` on a new connection and returns everything the server sent until it closed. */
function raw(request: string | Buffer, timeoutMs = 5_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let reply = '';
    socket.on('data', (d) => {
      reply += d.toString('latin1');
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(reply));
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`no close within ${timeoutMs} ms; got ${reply.slice(0, 200)}`));
    });
  });
}

const workerOf = (id: string) => workerOfId(id)?.workerId;
const workerPids = () =>
  execFileSync('pgrep', ['-P', String(proc.pid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(Number);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-workers-'));
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  proc = spawn(process.execPath, [path.join(root, 'src/cli/main.ts'), 'start', '--workers', '2'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: path.join(dir, 'shop.db'),
      WEB_DIR: path.join(dir, 'no-web-app'),
      SHUTDOWN_DRAIN_S: String(DRAIN_S),
      SHUTDOWN_TIMEOUT_S: '8',
      LOG_LEVEL: 'info',
      MAX_SESSIONS_PER_IDENTITY: '10',
      ADMIN_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  await eventually(
    () => {
      if (proc.exitCode !== null) throw new Error(`start exited ${proc.exitCode}: ${out.slice(-3000)}`);
      return out.includes('Voice Shopper is listening at');
    },
    'the primary to listen',
    // Two offline speech stacks start on a machine the rest of the suite may be loading too.
    150_000,
    100,
  ).catch((err: unknown) => {
    throw new Error(`${(err as Error).message}; output: ${out.slice(-3000)}`);
  });
}, 160_000);

afterAll(async () => {
  for (const c of webrtc) await c.close().catch(() => undefined);
  for (const c of ws) await c.close().catch(() => undefined);
  for (const c of twilio) c.close();
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    for (const pid of workerPids()) process.kill(pid, 'SIGKILL');
    proc.kill('SIGKILL');
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('one process per core (--workers 2)', () => {
  it('refuses malformed and oversized heads itself, closing the socket; the workers serve on', async () => {
    expect(await raw('GET /healthz\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 [\s\S]*malformed request line/);
    expect(await raw(`GET / HTTP/1.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 431 [\s\S]*larger than 16 KB/,
    );
    expect(await raw(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x05]))).toMatch(/^HTTP\/1\.1 400 /);
    for (let i = 0; i < 4; i++) expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('hands a connection over without losing bytes that arrive after the head', async () => {
    // The body comes in a later packet: just after the head (while the socket is on its way to
    // the worker: the primary must not read it) or well after.
    const body = JSON.stringify({ transport: 'websocket' });
    for (const delayMs of [0, 0, 1, 2, 5, 150]) {
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.write(
            `POST /start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
          );
          setTimeout(() => socket.write(body), delayMs);
        });
        let text = '';
        socket.on('data', (d) => {
          text += d;
        });
        socket.on('error', reject);
        socket.setTimeout(5_000, () => socket.destroy(new Error(`no reply (body sent after ${delayMs} ms)`)));
        socket.on('close', () => resolve(text));
      });
      expect(reply).toMatch(/^HTTP\/1\.1 200 [\s\S]*connection: close[\s\S]*"token":"w\d+\./i);
    }
  });

  it('spreads sessions over both workers; each conversation runs on the worker that reserved it', async () => {
    // One shopper, four sessions: each /start closes its connection, so each is placed afresh.
    ws.push(await PipecatWsClient.connect(base, { timeoutMs: 30_000 }));
    const { cookie } = ws[0]!;
    for (let i = 0; i < 3; i++) ws.push(await PipecatWsClient.connect(base, { cookie, timeoutMs: 30_000 }));
    const owners = ws.map((c) => workerOf(c.token));
    expect(owners.every((w) => w !== undefined)).toBe(true);
    expect(new Set(owners).size).toBe(2);
    // The session list is every worker's, whichever worker answers it.
    for (let i = 0; i < 3; i++) {
      const listed = await listSessions(base, cookie);
      expect(listed.filter((s) => s.state === 'active')).toHaveLength(4);
      expect(new Set(listed.map((s) => workerOf(s.id)))).toEqual(new Set(owners));
    }
    // So is /metrics: the live-session gauge is summed over the workers.
    for (let i = 0; i < 3; i++) {
      const text = await (await fetch(`${base}/metrics`)).text();
      expect(text).toMatch(/^vs_sessions_active\{transport="websocket"\} 4$/m);
    }
    // A typed turn on every session: the products and the spoken reply come back.
    await Promise.all(
      ws.map(async (c) => {
        const sentAt = performance.now();
        c.sendText('show me running shoes');
        await c.waitFor(
          (m) => m.type === 'server-message' && (m.data as { type?: string })?.type === 'products',
          30_000,
        );
        await c.waitForAudio(sentAt, 30_000);
      }),
    );
  }, 60_000);

  it('routes SmallWebRTC: the offer by session path, trickled candidates by the pc_id in the body', async () => {
    const started = await fetch(`${base}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ transport: 'webrtc' }),
    });
    expect(started.status).toBe(200);
    const cookie = started.headers.get('set-cookie')!.split(';')[0]!;
    const { sessionId } = (await started.json()) as { sessionId: string };
    const c = new SimulatedWebRtcClient({
      offerUrl: `${base}/sessions/${sessionId}/api/offer`,
      headers: { cookie },
    });
    webrtc.push(c);
    await c.connect({ timeoutMs: 20_000 });
    expect(workerOf(c.pcId!)).toBe(workerOf(sessionId));
    c.sendRtvi('client-ready', { version: '2.1.0' });
    await c.waitUntil(() => c.rtvi('bot-ready').length > 0, 20_000, 'bot-ready');
    // Trickle on new connections (no kept-alive socket to ride on): each one routed by pc_id.
    const body = JSON.stringify({ pc_id: c.pcId, candidates: [] });
    for (let i = 0; i < 3; i++) {
      const reply = await raw(
        `PATCH /api/offer HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      );
      expect(reply).toMatch(/^HTTP\/1\.1 200 [\s\S]*"status":"success"/);
    }
    // Hung up here: the rest of the file is about WebSocket sessions.
    await c.close();
    await eventually(
      async () => (await listSessions(base, cookie)).find((s) => s.id === sessionId)?.state === 'ended',
      'the WebRTC session to end',
    );
  }, 60_000);

  it('routes Twilio media streams by the worker in their URL path (Twilio allows no query)', async () => {
    // The TwiML's stream URL names the worker that took the call.
    const twiml = await (
      await fetch(`${base}/telephony/twilio`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ CallSid: 'CA0000000', From: '+34600000000', AccountSid: 'AC1' }),
      })
    ).text();
    expect(twiml).toMatch(/<Stream url="ws:\/\/127\.0\.0\.1:\d+\/_w\/\d+\.[a-z0-9]+\/telephony\/twilio\/ws"/);
    const calls = [await placeTwilioCall(base, 'CA0000001'), await placeTwilioCall(base, 'CA0000002')];
    twilio.push(...calls);
    const phone = await eventually(async () => {
      const res = await fetch(`${base}/api/sessions`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      const all = ((await res.json()) as { sessions: SessionRow[] }).sessions;
      const active = all.filter((s) => s.transport === 'twilio' && s.state === 'active');
      return active.length === 2 ? active : undefined;
    }, 'both calls to be running');
    // Each stream reached the worker holding its call's token (another would refuse the token).
    expect(phone.every((s) => workerOf(s.id) !== undefined)).toBe(true);
    for (const call of calls) call.close();
  }, 30_000);

  it('redirects a request that reaches the wrong worker over a kept-alive connection', async () => {
    const a = workerOfId(ws[0]!.token)!;
    const other = ws.find((c) => workerOf(c.token) !== a.workerId)!;
    const aTag = `w${a.workerId}.${a.run}-`;
    const otherTag = other.token.slice(0, other.token.indexOf('-') + 1);
    // The first request pins the connection to worker a; the second names the other worker.
    const reply = await raw(
      `GET /api/sessions/${aTag}none HTTP/1.1\r\nHost: x\r\n\r\n` +
        `GET /api/sessions/${otherTag}none HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    const [first, second] = reply.split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 404 /);
    expect(second).toMatch(/^HTTP\/1\.1 307 /);
    expect(second).toMatch(new RegExp(`location: /api/sessions/${otherTag.replace('.', '\\.')}none`, 'i'));
    expect(second).toMatch(/connection: close/i);
  });

  it('replaces a worker killed mid-conversation; its conversations end as interrupted, the others go on', async () => {
    const before = workerPids();
    expect(before).toHaveLength(2);
    // Which pid is which worker: the one whose clients lose their socket.
    const victim = before[0]!;
    process.kill(victim, 'SIGKILL');
    const lost = await eventually(
      () => {
        const closed = ws.filter((c) => c.closed);
        return closed.length > 0 ? closed : undefined;
      },
      "the killed worker's clients to lose their sockets",
      10_000,
    );
    const deadTag = workerOf(lost[0]!.token);
    expect(lost.every((c) => workerOf(c.token) === deadTag)).toBe(true);
    const survivors = ws.filter((c) => !c.closed);
    expect(survivors.length).toBeGreaterThan(0);

    // The survivor closes the dead worker's conversations (they were written through, so the
    // recording is intact), and a replacement is forked.
    await eventually(() => out.includes("closed crashed workers' conversations"), 'recovery', 20_000);
    const db = new Database(path.join(dir, 'shop.db'), { readonly: true });
    try {
      for (const c of lost) {
        const rows = db
          .prepare(
            "SELECT type, payload FROM conversation_events WHERE session_id LIKE ? || '%' ORDER BY seq",
          )
          .all(c.token.slice(0, c.token.indexOf('-') + 1)) as { type: string; payload: string }[];
        expect(rows.some((r) => r.type === 'assistant_text')).toBe(true);
        const ends = rows.filter((r) => r.type === 'session_end').map((r) => JSON.parse(r.payload).reason);
        expect(ends).toContain(INTERRUPTED_REASON);
      }
    } finally {
      db.close();
    }
    await eventually(() => workerPids().length === 2, 'a replacement worker', 10_000);

    // New sessions still start (on the survivor while the replacement warms up), and a live one answers.
    const fresh = await PipecatWsClient.connect(base, { timeoutMs: 30_000 });
    ws.push(fresh);
    const sentAt = performance.now();
    survivors[0]!.sendText('show me running shoes');
    await survivors[0]!.waitForAudio(sentAt, 30_000);
    // A client of the dead worker coming back with its old token is told, not left hanging.
    expect(await raw(`GET /ws?token=${lost[0]!.token} HTTP/1.1\r\nHost: x\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 404 [\s\S]*has stopped; start a new session/,
    );
  }, 60_000);

  it('drains every worker on SIGTERM: /start gets 503, live sessions finish, the rest end at the deadline, exit 0', async () => {
    const live = ws.filter((c) => !c.closed);
    expect(live.length).toBeGreaterThanOrEqual(2);
    const [finishing, ...lingering] = live as [PipecatWsClient, ...PipecatWsClient[]];
    proc.kill('SIGTERM');
    const refused = await eventually(async () => {
      const res = await fetch(`${base}/start`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      return res.status === 503 ? res : undefined;
    }, '/start to refuse with 503');
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/shutting down/);

    // A live session is still served during the drain, then its client hangs up.
    const sentAt = performance.now();
    finishing.sendText('show me running shoes');
    await finishing.waitForAudio(sentAt, DRAIN_S * 1000);
    await finishing.close();
    expect(proc.exitCode).toBeNull();

    const exit = await exited;
    expect({ ...exit, out: exit.code === 0 ? '' : out.slice(-6000) }).toEqual({
      code: 0,
      signal: null,
      out: '',
    });
    await eventually(() => lingering.every((c) => c.closed), 'the lingering sockets to close', 2_000);

    const db = new Database(path.join(dir, 'shop.db'), { readonly: true });
    try {
      const sessions = db.prepare('SELECT DISTINCT session_id AS id FROM conversation_events').all() as {
        id: string;
      }[];
      expect(new Set(sessions.map((s) => workerOf(s.id))).size).toBeGreaterThanOrEqual(2);
      for (const { id } of sessions) {
        const rows = db
          .prepare('SELECT seq, type, payload FROM conversation_events WHERE session_id = ? ORDER BY seq')
          .all(id) as { seq: number; type: string; payload: string }[];
        expect(
          rows.map((r) => r.seq),
          id,
        ).toEqual(rows.map((_, i) => i + 1));
        expect(rows.at(-1)?.type, id).toBe('session_end');
        const reason = String(JSON.parse(rows.at(-1)!.payload).reason);
        // WebSocket clients that hung up, the lingering ones, the killed worker's, WebRTC and phone.
        expect(reason, id).toMatch(
          /^(client disconnected|SIGTERM \(drain deadline reached\)|interrupted: .*|peer connection closed|data channel closed|twilio: connection closed \(1005\))$/,
        );
      }
    } finally {
      db.close();
    }
  }, 60_000);
});
