/**
 * Starts the server as its own process exactly as `voice-shopper start` does (own temporary
 * SQLite file, PORT 0, admin token for the debug stream), reads its URL from stdout and
 * measures process start → `/readyz` 200. `stop()` sends SIGTERM and waits for the exit (so a
 * `--cpu-prof` profile gets written).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../cli/main.ts', import.meta.url));
const REPO = path.resolve(path.dirname(CLI), '../..');

export interface ServerProcessOptions {
  /** Extra environment (merged over the parent's). */
  env?: Record<string, string>;
  /** Extra arguments after `start` (a topology: workers, a node's role). */
  args?: string[];
  /** Write a V8 CPU profile of the server into this folder (written at exit). */
  cpuProfDir?: string;
  /** Longest wait for the URL and readiness. */
  startTimeoutMs?: number;
}

export interface ServerProcess {
  url: string;
  pid: number;
  adminToken: string;
  /** Spawn → URL printed (listening), ms. */
  listeningMs: number;
  /** Spawn → first `/readyz` 200, ms. */
  readyMs: number;
  /** Last lines the server wrote (for error messages). */
  output(): string;
  /** Exit code once the process has exited, undefined while it runs. */
  exitCode(): number | null | undefined;
  stop(): Promise<number | null>;
}

export async function startServerProcess(opts: ServerProcessOptions = {}): Promise<ServerProcess> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-bench-'));
  const adminToken = randomBytes(18).toString('base64url');
  const args = [
    '--disable-warning=ExperimentalWarning',
    ...(opts.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`] : []),
    CLI,
    'start',
    ...(opts.args ?? []),
  ];
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: path.join(dir, 'shop.db'),
      ADMIN_TOKEN: adminToken,
      LOG_LEVEL: 'warn',
      MAX_SESSIONS: '2000',
      MAX_SESSIONS_PER_IDENTITY: '10',
      SESSION_RATE_PER_MINUTE: '100000',
      // Load clients are cookieless: each session is a new guest from one address.
      AUTH_GUEST_RATE_PER_IP_PER_MINUTE: '100000',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(line.slice(0, 500));
    if (lines.length > 60) lines.splice(0, lines.length - 60);
  };
  child.stderr?.on('data', remember);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
      resolve(code);
    }),
  );
  const output = () => lines.join('\n');

  const timeoutMs = opts.startTimeoutMs ?? 120_000;
  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server did not start within ${timeoutMs} ms`)),
        timeoutMs,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        remember(chunk);
        const m = /listening at (http:\/\/\S+)/.exec(chunk.toString());
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1].replace('localhost', '127.0.0.1'));
        }
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with code ${code} before it was ready`));
      });
    });
  } catch (err) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`${(err as Error).message}\n${output()}`);
  }
  const listeningMs = performance.now() - t0;
  let readyMs = Number.NaN;
  while (performance.now() - t0 < timeoutMs) {
    const res = await fetch(`${url}/readyz`).catch(() => undefined);
    if (res?.status === 200) {
      readyMs = performance.now() - t0;
      break;
    }
    await res?.body?.cancel();
    await new Promise((r) => setTimeout(r, 20));
  }

  let stopping: Promise<number | null> | undefined;
  return {
    url,
    pid: child.pid ?? -1,
    adminToken,
    listeningMs,
    readyMs,
    output,
    exitCode: () => exitCode,
    stop() {
      stopping ??= (async () => {
        child.kill('SIGTERM');
        const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
        const code = await exited;
        clearTimeout(kill);
        await rm(dir, { recursive: true, force: true });
        return code;
      })();
      return stopping;
    },
  };
}
