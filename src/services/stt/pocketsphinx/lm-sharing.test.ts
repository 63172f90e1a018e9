/**
 * Decoders sharing one LM set must not depend on the decoder that read it (commit 8873325).
 * sphinxbase's ngram models keep the log-math table they were read with without a reference, and
 * ps_free frees each decoder's own table: when the session whose decoder read the set ended first,
 * every other decoder on the set scored through freed memory (SIGSEGV in logmath_add under load).
 *
 * In a normal heap the freed table often still holds its old values, so the bug came and went.
 * The child process runs with glibc's malloc made strict: MALLOC_PERTURB_ overwrites every freed
 * block with 0x2a, and GLIBC_TUNABLES disables the per-thread cache (whose frees skip the
 * overwrite). A freed table then reads as a huge positive "log zero", logmath_add returns its
 * second operand, the set scores with its last model alone, and the decode changes ("two" → "to")
 * every time, or the process crashes on a clobbered table pointer. Both fail this test; with the
 * set holding its own reference, every shared decoder reads what a lone decoder reads.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface ChildReport {
  ok: boolean;
  reference: string;
  checks: { round: number; check: string; text: string }[];
  crashes: number;
}

function runChild(): Promise<{
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'lm-sharing.child.ts')], {
    env: {
      ...process.env,
      MALLOC_PERTURB_: '42',
      GLIBC_TUNABLES: 'glibc.malloc.tcache_count=0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('pocketsphinx shared LM set under strict malloc', () => {
  it('decodes the same with the set reader gone, with late joiners and with any free order', async () => {
    const { code, signal, stdout, stderr } = await runChild();
    // A use-after-free that lands on a clobbered pointer kills the child (SIGSEGV, SIGABRT).
    expect({ signal, stderr: signal ? stderr.slice(-2000) : '' }).toEqual({ signal: null, stderr: '' });
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildReport;
    expect(report.reference).toBe('please add two blue kettles to my basket');
    expect(report.checks.length).toBeGreaterThanOrEqual(9);
    for (const c of report.checks) expect(`${c.check}: ${c.text}`).toBe(`${c.check}: ${report.reference}`);
    expect(report.crashes).toBe(0);
    expect(code).toBe(0);
  }, 60_000);
});
