/**
 * 200 sessions opened and closed in a row against the real server (in a child process, so the
 * heap is measured after full GCs without the test runner's own allocations): memory, handles,
 * threads and Prometheus series stay flat, and no session is left running.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Snapshot {
  live: number;
  metricsLines: number;
  series: string[];
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
  handles: Record<string, number>;
  threads: number;
}

function runChild(
  sessions: number,
): Promise<{ sessions: number; ms: number; before: Snapshot; after: Snapshot }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(import.meta.dirname, 'churn-child.ts'), String(sessions)],
      {
        env: { ...process.env, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{"sessions"'));
      if (code !== 0 || !line) reject(new Error(`churn child exited ${code}: ${err.slice(-2000)}`));
      else resolve(JSON.parse(line));
    });
  });
}

const MB = 1024 * 1024;

describe('session churn', () => {
  it('200 sessions in a row: no growth in heap, handles, threads or metric series', async () => {
    const { sessions, ms, before, after } = await runChild(200);
    const heapGrowth = after.heapUsed - before.heapUsed;
    console.info(
      `[churn] ${sessions} sessions in ${(ms / 1000).toFixed(1)} s; heap ${(before.heapUsed / MB).toFixed(1)} → ` +
        `${(after.heapUsed / MB).toFixed(1)} MB (${(heapGrowth / sessions / 1024).toFixed(1)} KB/session), ` +
        `external ${((after.external - before.external) / 1024).toFixed(0)} KB, rss ${(before.rss / MB).toFixed(0)} → ` +
        `${(after.rss / MB).toFixed(0)} MB, handles ${JSON.stringify(after.handles)}, threads ${after.threads}`,
    );
    expect(before.live).toBe(0);
    expect(after.live).toBe(0);
    // A live session holds about 200 KB of heap (measured, client included): a leak of each
    // would add tens of MB here; measured growth is about 3 KB/session (JIT code, noise).
    expect(heapGrowth).toBeLessThan(3 * MB);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(1 * MB);
    // Per-session labels would add histogram series with every session.
    expect(after.series.filter((l) => !before.series.includes(l))).toEqual([]);
    expect(after.series.filter((l) => /[0-9a-f]{8}/.test(l))).toEqual([]);
    for (const [kind, n] of Object.entries(after.handles)) {
      // Keep-alive HTTP connections of the child's own API calls come and go (both ends).
      expect(n, kind).toBeLessThanOrEqual((before.handles[kind] ?? 0) + 2);
    }
    expect(after.threads).toBeLessThanOrEqual(before.threads);
  }, 110_000);
});
