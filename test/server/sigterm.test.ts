/**
 * `voice-shopper start` as deployed, stopped with SIGTERM in the middle of a spoken reply: the
 * process exits 0 within SHUTDOWN_TIMEOUT_S, the client's socket is closed, and the SQLite file
 * holds every event the API acknowledged before the signal, plus the session's end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PipecatWsClient } from '../../src/bench/pipecat-ws-client.ts';
import { eventually, listSessions, sessionEvents, sleep, speech } from './e2e-helpers.ts';

const SHUTDOWN_TIMEOUT_S = 8;
const root = path.resolve(import.meta.dirname, '../..');
let child: ChildProcess | undefined;
let dir: string | undefined;

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

interface Started {
  base: string;
  dbPath: string;
  stderr: () => string;
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  proc: ChildProcess;
}

/** `voice-shopper start` on a port of our choosing (PORT=0 would not say which) and a temp database. */
async function startCli(
  shutdownTimeoutS: number,
  reuseDb?: string,
  extraEnv: Record<string, string> = {},
): Promise<Started> {
  if (!reuseDb) dir = await mkdtemp(path.join(os.tmpdir(), 'vs-sigterm-'));
  const dbPath = reuseDb ?? path.join(dir!, 'shop.db');
  const port = await freePort();
  const proc = spawn(process.execPath, [path.join(root, 'src/cli/main.ts'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: dbPath,
      SHUTDOWN_TIMEOUT_S: String(shutdownTimeoutS),
      WEB_DIR: path.join(dir!, 'no-web-app'),
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let stdout = '';
  let stderr = '';
  proc.stdout?.on('data', (d) => {
    stdout += d;
  });
  proc.stderr?.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  await eventually(
    () => {
      if (proc.exitCode !== null) throw new Error(`start exited ${proc.exitCode}: ${stderr.slice(-2000)}`);
      return stdout.includes('Voice Shopper is listening at');
    },
    'the server to listen',
    60_000,
    100,
  );
  return {
    base: `http://127.0.0.1:${port}`,
    dbPath,
    stderr: () => stderr + stdout.slice(-4000),
    stdout: () => stdout,
    exited,
    proc,
  };
}

describe('SIGTERM', () => {
  it('exits 0 in time mid-reply, closes the client and keeps every acknowledged event on disk', async () => {
    const { base, dbPath, stderr, exited, proc } = await startCli(SHUTDOWN_TIMEOUT_S);
    const client = await PipecatWsClient.connect(base);
    client.sendText('show me running shoes'); // about 18 s of speech: still talking at the signal
    await client.waitFor((m) => m.type === 'bot-started-speaking', 20_000);
    const [session] = await listSessions(base, client.cookie);
    const acknowledged = await eventually(async () => {
      const events = await sessionEvents(base, client.cookie, session!.id);
      return events.some((e) => e.type === 'assistant_text') ? events : undefined;
    }, 'the reply in the recorded conversation');
    expect(acknowledged.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'session_start',
        'user_transcript',
        'tool_call',
        'tool_result',
        'assistant_text',
      ]),
    );

    const signalledAt = performance.now();
    proc.kill('SIGTERM');
    const exit = await exited;
    const exitMs = exit.at - signalledAt;
    console.info(`[sigterm] exited ${exit.code ?? exit.signal} ${exitMs.toFixed(0)} ms after SIGTERM`);
    expect({
      code: exit.code,
      signal: exit.signal,
      stderr: exit.code === 0 ? '' : stderr().slice(-6000),
    }).toEqual({
      code: 0,
      signal: null,
      stderr: '',
    });
    expect(exitMs).toBeLessThan(SHUTDOWN_TIMEOUT_S * 1000);
    await eventually(() => client.closed, 'the client socket to close', 2_000);

    const db = new Database(dbPath, { readonly: true });
    try {
      const rows = db
        .prepare('SELECT seq, type, payload FROM conversation_events WHERE session_id = ? ORDER BY seq')
        .all(session!.id) as { seq: number; type: string; payload: string }[];
      for (const e of acknowledged) {
        expect(rows.find((r) => r.seq === e.seq)).toMatchObject({
          type: e.type,
          payload: JSON.stringify(e.payload),
        });
      }
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
      const end = rows.at(-1)!;
      expect(end.type).toBe('session_end');
      expect(JSON.parse(end.payload).reason).toMatch(/SIGTERM/);
    } finally {
      db.close();
    }
  }, 110_000);

  it('exits 0 within the bound even while a session is draining its reply (disconnect-bot)', async () => {
    const timeoutS = 3;
    const { base, stderr, exited, proc } = await startCli(timeoutS);
    const client = await PipecatWsClient.connect(base);
    client.sendText('show me running shoes'); // about 18 s of speech
    await client.waitFor((m) => m.type === 'bot-started-speaking', 20_000);
    // A graceful end: the session plays the rest of its reply before it finishes.
    client.send({ label: 'rtvi-ai', type: 'disconnect-bot', id: 'bye', data: {} });
    await sleep(300);
    const signalledAt = performance.now();
    proc.kill('SIGTERM');
    const exit = await exited;
    const exitMs = exit.at - signalledAt;
    console.info(
      `[sigterm draining] exited ${exit.code ?? exit.signal} ${exitMs.toFixed(0)} ms after SIGTERM`,
    );
    expect({
      code: exit.code,
      signal: exit.signal,
      stderr: exit.code === 0 ? '' : stderr().slice(-6000),
    }).toEqual({
      code: 0,
      signal: null,
      stderr: '',
    });
    expect(exitMs).toBeLessThan(timeoutS * 1000 + 1_500);
  }, 90_000);
});

describe('SIGTERM with a drain (SHUTDOWN_DRAIN_S)', () => {
  it('takes no new sessions, serves the live ones until they end or the drain deadline, records both ends, exits 0', async () => {
    // Long enough that the finishing session's reply lands inside it on a loaded machine.
    const drainS = 20;
    const { base, dbPath, stderr, exited, proc } = await startCli(SHUTDOWN_TIMEOUT_S, undefined, {
      SHUTDOWN_DRAIN_S: String(drainS),
    });
    const finishing = await PipecatWsClient.connect(base);
    const lingering = await PipecatWsClient.connect(base);
    const [finishingId, lingeringId] = (await Promise.all(
      [finishing, lingering].map(async (c) => (await listSessions(base, c.cookie))[0]!.id),
    )) as [string, string];

    proc.kill('SIGTERM');
    // New shoppers are turned away (a load balancer reads /readyz and goes elsewhere)…
    const refused = await eventually(async () => {
      const res = await fetch(`${base}/start`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      return res.status === 503 ? res : undefined;
    }, '/start to refuse with 503');
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/shutting down/);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ checks: { acceptingSessions: false } });

    // …while a live session is still served: a new request gets its products and speech.
    const sentAt = performance.now();
    finishing.sendText('show me running shoes');
    await finishing.waitFor(
      (m) => m.type === 'server-message' && (m.data as { type?: string })?.type === 'products',
      drainS * 1000,
    );
    await finishing.waitForAudio(sentAt, drainS * 1000);
    await finishing.close();
    // The other session keeps the process draining until the deadline ends it.
    expect(proc.exitCode).toBeNull();
    expect(lingering.closed).toBe(false);

    const exit = await exited;
    expect({
      code: exit.code,
      signal: exit.signal,
      stderr: exit.code === 0 ? '' : stderr().slice(-6000),
    }).toEqual({ code: 0, signal: null, stderr: '' });
    await eventually(() => lingering.closed, 'the lingering client socket to close', 2_000);

    const db = new Database(dbPath, { readonly: true });
    try {
      const ends = new Map<string, string>();
      for (const id of [finishingId, lingeringId]) {
        const rows = db
          .prepare('SELECT seq, type, payload FROM conversation_events WHERE session_id = ? ORDER BY seq')
          .all(id) as { seq: number; type: string; payload: string }[];
        expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
        expect(rows.at(-1)?.type).toBe('session_end');
        ends.set(id, String(JSON.parse(rows.at(-1)!.payload).reason));
        if (id === finishingId)
          expect(rows.map((r) => r.type)).toEqual(
            expect.arrayContaining(['user_transcript', 'tool_call', 'tool_result', 'assistant_text']),
          );
      }
      expect(ends.get(finishingId)).toBe('client disconnected');
      expect(ends.get(lingeringId)).toBe('SIGTERM (drain deadline reached)');
    } finally {
      db.close();
    }
  }, 120_000);
});

describe('SIGTERM under load', () => {
  it('exits 0 with many sessions decoding speech, every conversation recorded to its end', async () => {
    const { base, dbPath, stdout, stderr, exited, proc } = await startCli(SHUTDOWN_TIMEOUT_S, undefined, {
      MAX_SESSIONS: '30',
      // Each worker keeps one idle decoder: most sessions that end free theirs, while the others
      // on the worker decode with the LM sets the first session loaded (see decoder-worker.ts).
      STT_IDLE_DECODERS_PER_WORKER: '1',
      LOG_LEVEL: 'info',
    });
    const utterance = await speech('show me running shoes in size forty two please', 100, 1500);
    // Many sessions feeding the offline speech workers, some of them mid-reply.
    const clients = await Promise.all(
      Array.from({ length: 10 }, () => PipecatWsClient.connect(base, { timeoutMs: 60_000 })),
    );
    const stop = new AbortController();
    const streaming = clients.map(async (c, i) => {
      if (i % 3 === 0) c.sendText('show me running shoes');
      while (!stop.signal.aborted && !c.closed) await c.streamAudio(utterance, stop.signal);
    });
    // Every pipeline has started (its decoders are open) and every session hears speech.
    await eventually(
      () => stdout().split('"msg":"session started"').length - 1 >= clients.length,
      'every session started',
      60_000,
    );
    await Promise.all(clients.map((c) => c.waitFor((m) => m.type === 'user-started-speaking', 60_000)));
    proc.kill('SIGTERM');
    const exit = await exited;
    stop.abort();
    await Promise.allSettled(streaming);
    expect({
      code: exit.code,
      signal: exit.signal,
      stderr: exit.code === 0 ? '' : stderr().slice(-6000),
    }).toEqual({ code: 0, signal: null, stderr: '' });
    // Nothing was closed under a live session, and the exit was not forced.
    const complaints = stdout()
      .split('\n')
      .filter((l) =>
        /is closed|closed;|still ending|still closing|handles still open|"level":(50|60)/.test(l),
      );
    expect(complaints).toEqual([]);

    const db = new Database(dbPath, { readonly: true });
    try {
      const ids = (
        db.prepare('SELECT DISTINCT session_id AS id FROM conversation_events').all() as { id: string }[]
      ).map((r) => r.id);
      expect(ids.length).toBeGreaterThanOrEqual(clients.length);
      for (const id of ids) {
        const rows = db
          .prepare('SELECT seq, type, payload FROM conversation_events WHERE session_id = ? ORDER BY seq')
          .all(id) as { seq: number; type: string; payload: string }[];
        expect(
          rows.map((r) => r.seq),
          id,
        ).toEqual(rows.map((_, i) => i + 1));
        expect(rows[0]?.type, id).toBe('session_start');
        expect(rows.at(-1)?.type, id).toBe('session_end');
        expect(JSON.parse(rows.at(-1)!.payload).reason, id).toMatch(/SIGTERM/);
      }
    } finally {
      db.close();
    }
  }, 150_000);
});

describe('SIGKILL', () => {
  it('the next start closes the conversation the killed process left open, at its last activity', async () => {
    const first = await startCli(SHUTDOWN_TIMEOUT_S);
    const client = await PipecatWsClient.connect(first.base);
    client.sendText('show me running shoes');
    await client.waitFor((m) => m.type === 'bot-started-speaking', 20_000);
    const [session] = await listSessions(first.base, client.cookie);
    const before = await eventually(async () => {
      const events = await sessionEvents(first.base, client.cookie, session!.id);
      return events.some((e) => e.type === 'assistant_text') ? events : undefined;
    }, 'the reply in the recorded conversation');
    first.proc.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await startCli(SHUTDOWN_TIMEOUT_S, first.dbPath);
    const res = await fetch(`${second.base}/api/conversations`, { headers: { cookie: client.cookie ?? '' } });
    const { conversations } = (await res.json()) as {
      conversations: { id: string; endedAt: string | null; endReason: string | null }[];
    };
    const after = conversations.find((c) => c.id === session!.id);
    expect(after?.endReason).toMatch(/interrupted/);
    const events = await sessionEvents(second.base, client.cookie, session!.id);
    // What was recorded stays as it was; only the end is added, numbered after it.
    expect(events.slice(0, before.length)).toEqual(before);
    const end = events.at(-1)!;
    expect(end).toMatchObject({ type: 'session_end', payload: { recovered: true } });
    expect(String(end.payload.reason)).toMatch(/interrupted/);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    // It ended when its last event was recorded, not when the server came back.
    expect(after?.endedAt).toBe(events.at(-2)!.createdAt);
    second.proc.kill('SIGTERM');
    await second.exited;
  }, 120_000);
});

describe('a start that fails', () => {
  it('says why and exits 1 instead of hanging on the engines it had started', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vs-failed-start-'));
    const unreachable = await freePort(); // nothing listens there
    const proc = spawn(process.execPath, [path.join(root, 'src/cli/main.ts'), 'start'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
        DATABASE_PATH: path.join(dir, 'shop.db'),
        WEB_DIR: path.join(dir, 'no-web-app'),
        LOG_LEVEL: 'warn',
        LLM_PROVIDER: 'openai-compatible',
        LLM_BASE_URL: `http://127.0.0.1:${unreachable}/v1`,
        LLM_MODEL: 'any-model',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let stderr = '';
    proc.stderr?.on('data', (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve) => proc.once('exit', (c) => resolve(c)));
    expect(stderr).toMatch(/LLM_PROVIDER=openai-compatible .* is not usable/);
    expect(code).toBe(1);
  }, 90_000);
});
