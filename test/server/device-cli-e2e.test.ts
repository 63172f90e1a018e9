/**
 * The real `voice-shopper device` client process against a real server process: WAV in, spoken
 * reply WAV out; its settings file; its errors (unreachable, bad credentials); and the server
 * killed mid-conversation and started again — the client reconnects by itself, sends the turn
 * the dead server never answered, and the conversation goes on.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rms } from '../../src/audio/pcm16.ts';
import { readWav, writeWav } from '../../src/audio/wav.ts';
import { eventually, speech } from './e2e-helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'src/cli/main.ts');
const ADMIN = 'device-cli-admin-token-0123456789';

let dir: string;
let port: number;
let server: ChildProcess | undefined;
let device: { id: string; secret: string };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

async function startServerProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN, 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: path.join(dir, 'shop.db'),
      ADMIN_TOKEN: ADMIN,
      LOG_LEVEL: 'silent',
      // The greeting is spoken in real time before every conversation (greetings have their own
      // tests): without it each run here is about 8 s shorter.
      AGENT_GREETING: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await eventually(
    async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok,
    'the server to listen',
    120_000,
    200,
  );
  return child;
}

async function kill(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], onStdout?: (text: string) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, 'device', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      onStdout?.(stdout);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function wavOf(text: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, writeWav({ sampleRate: 16_000, channels: 1, samples: await speech(text, 100, 100) }));
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-device-cli-'));
  port = await freePort();
  server = await startServerProcess();
  const res = await fetch(`http://127.0.0.1:${port}/api/admin/devices`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'cli box' }),
  });
  device = (await res.json()) as { id: string; secret: string };
}, 180_000);

afterAll(async () => {
  await kill(server);
  await rm(dir, { recursive: true, force: true });
});

const url = () => `ws://127.0.0.1:${port}/device/ws`;

describe('voice-shopper device (the client process)', () => {
  it('keeps its settings, sends a WAV as a push-to-talk turn and writes the spoken reply to a WAV', async () => {
    const config = path.join(dir, 'device.json');
    const saved = await runCli([
      'configure',
      '--config',
      config,
      '--url',
      url(),
      '--id',
      device.id,
      '--secret',
      device.secret,
    ]);
    expect(saved.code).toBe(0);
    expect(JSON.parse(await readFile(config, 'utf8'))).toMatchObject({
      url: url(),
      deviceId: device.id,
      mode: 'push-to-talk',
    });
    const out = path.join(dir, 'reply.wav');
    const run = await runCli([
      'run',
      '--config',
      config,
      '--in',
      await wavOf('show me running shoes', 'a.wav'),
      '--out',
      out,
      // Longer than this test may take: the client must exit when its turns are done, not when
      // this runs out (a pending give-up timer once kept it alive for the whole timeout).
      '--turn-timeout',
      '300',
    ]);
    expect(run.stderr).not.toMatch(/refused|unreachable/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('you: show me running shoes');
    expect(run.stdout).toMatch(/\[screen\] products/);
    expect(run.stdout).toMatch(/assistant: .*options/);
    const reply = readWav(new Uint8Array(await readFile(out)));
    expect(reply.sampleRate).toBe(16_000);
    expect(reply.samples.length).toBeGreaterThan(3 * 16_000); // the answer: seconds of speech
    expect(rms(reply.samples)).toBeGreaterThan(0.01);
  }, 120_000);

  it('says clearly when the server is unreachable or the credentials are wrong', async () => {
    const closed = await freePort();
    const args = [
      '--id',
      device.id,
      '--secret',
      device.secret,
      '--in',
      path.join(dir, 'a.wav'),
      '--out',
      path.join(dir, 'x.wav'),
    ];
    const unreachable = await runCli([
      'run',
      '--config',
      path.join(dir, 'none.json'),
      '--url',
      `ws://127.0.0.1:${closed}/device/ws`,
      '--connect-timeout',
      '1',
      ...args,
    ]);
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toContain(`server unreachable at ws://127.0.0.1:${closed}/device/ws`);
    const wrong = await runCli([
      'run',
      '--config',
      path.join(dir, 'none.json'),
      '--url',
      url(),
      ...args,
      '--secret',
      'wrong',
    ]);
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain('refused: bad device credentials');
    const incomplete = await runCli(['run', '--config', path.join(dir, 'none.json'), '--url', url()]);
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toContain('device settings incomplete');
  }, 60_000);

  it('reconnects by itself after the server is killed mid-conversation and restarted; the conversation goes on', async () => {
    const first = await wavOf('show me running shoes', 'k1.wav');
    const second = await wavOf('show me hoodies', 'k2.wav');
    let killed: Promise<void> | undefined;
    const run = runCli(
      [
        'run',
        '--config',
        path.join(dir, 'none.json'),
        '--url',
        url(),
        '--id',
        device.id,
        '--secret',
        device.secret,
        '--in',
        first,
        '--in',
        second,
        '--out',
        path.join(dir, 'k.wav'),
        '--turn-timeout',
        '90',
        // Each whole reply plays before the next file: with only the first words awaited, a late
        // line of the greeting (spoken then) counted as the first answer, the second file went out
        // at once, and the client could finish before the kill landed (a CI run saw no [offline]).
        '--wait',
        'reply',
      ],
      (stdout) => {
        // Mid-conversation: the first request was heard and its answer is being spoken.
        if (!killed && /assistant: .*options/.test(stdout))
          killed = (async () => {
            await kill(server);
            server = await startServerProcess();
          })();
      },
    );
    const result = await run;
    await killed;
    expect(result.stderr, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toContain('[offline]');
    expect(result.stderr).toMatch(/\[online\] new session[\s\S]*\[offline\][\s\S]*\[online\] new session/);
    expect(result.stdout).toContain('you: show me running shoes');
    expect(result.stdout).toContain('you: show me hoodies');
    expect(result.code).toBe(0);
  }, 240_000);
});
