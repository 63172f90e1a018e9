/**
 * Smoke runs of the end-to-end benchmarks (quick mode: one cold start, one spoken turn, two
 * sessions on the stand-in stack for two turns each) so they cannot rot. Numbers are not
 * checked: a benchmark never fails on its numbers, only on not producing them.
 */
import { describe, expect, it } from 'vitest';
import { haveSynthesizers } from '../audio/testing/speech-fixtures.ts';
import { runConcurrencyBench } from './concurrency.bench.ts';
import { runStartupBench } from './startup.bench.ts';
import { runTurnLatencyBench } from './turn-latency.bench.ts';

const speech = await haveSynthesizers();

describe.skipIf(!speech)('end-to-end benchmarks (quick smoke runs)', () => {
  it('turn latency: a row per stage with a measured client latency, and the speech-in scores', async () => {
    const [summary, latency, speechIn, voices] = await runTurnLatencyBench({ quick: true });
    // Issue 12's columns in one row: v2v p50/p95, turn-wait share, waits, cut-offs, first words.
    expect(summary?.rows).toHaveLength(1);
    expect(summary?.rows[0]).toHaveLength(summary?.columns.length ?? -1);
    expect(summary?.rows[0]?.[0]).toBe(2);
    expect(summary?.rows[0]?.[6]).toMatch(/^\d+\/1 \/ \d+\/1$/); // one complete request
    expect(summary?.rows[0]?.[7]).toMatch(/^\d\/1$/); // one paused request
    expect(latency?.rows.length).toBe(13);
    expect(latency?.rows[0]?.[1]).toBe(2); // two answered turns: a complete request and a paused one
    expect(Number(latency?.rows[0]?.[2])).toBeGreaterThan(0);
    const all = speechIn?.rows.at(-1);
    expect(all?.[0]).toBe('all');
    expect(all?.[1]).toBe(2); // both turns scored (first word, wait, cut-off)
    expect(voices?.rows.length).toBeGreaterThan(0);
  }, 180_000);

  it('concurrency: the stand-in stack step and its summary', async () => {
    const [steps, summary] = await runConcurrencyBench({ quick: true });
    expect(steps?.rows).toHaveLength(1);
    const col = (name: string) => steps?.rows[0]?.[steps.columns.indexOf(name)];
    expect(col('topology')).toBe('one process');
    expect(col('stack')).toBe('I/O-bound');
    expect(col('sessions by process/node')).toBe('the process: 2');
    expect(Number(col('turns'))).toBe(4); // two turns in each of the two sessions
    expect(Number(col('RSS MB'))).toBeGreaterThan(0); // server RSS sampled
    expect(Number(col('main thread CPU (cores)'))).toBeGreaterThan(0); // /proc/<pid>/task/<pid>
    expect(Number(col('main thread CPU (cores)'))).toBeLessThanOrEqual(Number(col('server CPU (cores)')));
    // Per-thread split from /proc/<pid>/task: the event loop is always one of the groups.
    expect(String(col('CPU ms per session-minute: total (by thread)'))).toMatch(/^\d+ \(.*main \d+/);
    expect(summary?.rows).toHaveLength(1);
  }, 180_000);

  it('start-up: readiness, bot-ready and a first turn from a cold process', async () => {
    const [table] = await runStartupBench({ quick: true });
    const byName = new Map(table?.rows.map((r) => [r[0], r]));
    expect(Number(byName.get('process start → /readyz 200')?.[2])).toBeGreaterThan(0);
    expect(byName.get('POST /start → bot-ready (first session)')?.[1]).toBe(1);
    expect(byName.get('first spoken turn after a cold start (last voiced sample → bot audio)')?.[1]).toBe(1);
  }, 180_000);
});
