/**
 * Smoke runs of the concurrency bench's scale-out topologies (issue 18): two sessions of the
 * stand-in stack for two turns each, on one port with two worker processes and on three nodes
 * (PostgreSQL and Redis, as the node-failure bench). They check that the table is produced
 * and that the server placed the sessions on more than one process or node — never the numbers.
 */
import { describe, expect, it, vi } from 'vitest';
import { haveSynthesizers } from '../audio/testing/speech-fixtures.ts';
import { runConcurrencyBench } from './concurrency.bench.ts';

const speech = await haveSynthesizers();

/** "w1: 1 · w2: 1" → [['w1', 1], ['w2', 1]]. */
function places(cell: unknown): [string, number][] {
  return String(cell)
    .split(' · ')
    .map((p) => {
      const [place, n] = p.split(': ');
      return [place!, Number(n)];
    });
}

async function smoke(topology: string): Promise<(name: string) => unknown> {
  vi.stubEnv('BENCH_TOPOLOGY', topology);
  vi.stubEnv('BENCH_WORKERS', '2');
  const [steps, summary] = await runConcurrencyBench({ quick: true });
  expect(steps?.rows).toHaveLength(1);
  expect(summary?.rows).toHaveLength(1);
  const row = steps!.rows[0]!;
  expect(row).toHaveLength(steps!.columns.length);
  const col = (name: string) => row[steps!.columns.indexOf(name)];
  expect(Number(col('turns'))).toBe(4); // two turns in each of the two sessions
  expect(Number(col('RSS MB'))).toBeGreaterThan(0);
  expect(Number(col('server CPU (cores)'))).toBeGreaterThan(0);
  return col;
}

describe.skipIf(!speech)('concurrency bench topologies (quick smoke runs)', () => {
  it('workers: two worker processes behind one port, the sessions on both', async () => {
    const col = await smoke('workers');
    expect(col('topology')).toBe('2 worker processes');
    const where = places(col('sessions by process/node'));
    expect(where.map(([p]) => p).every((p) => /^w\d+$/.test(p))).toBe(true);
    expect(where).toHaveLength(2);
    expect(where.reduce((n, [, k]) => n + k, 0)).toBe(2);
  }, 240_000);

  it('nodes3: three nodes on PostgreSQL and Redis, the sessions on more than one', async () => {
    const col = await smoke('nodes3');
    expect(col('topology')).toBe('3 nodes');
    const where = places(col('sessions by process/node'));
    expect(where.map(([p]) => p).every((p) => /^n[123]$/.test(p))).toBe(true);
    expect(where.length).toBeGreaterThan(1);
    expect(where.reduce((n, [, k]) => n + k, 0)).toBe(2);
  }, 300_000);
});
