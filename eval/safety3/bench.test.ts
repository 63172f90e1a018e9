/** Smoke test of the third frozen safety set (no floor: its numbers are in README.md). */
import { expect, it } from 'vitest';
import { loadAttempts, loadOrdinary, loadRedaction, loadSettings } from '../safety/set.ts';
import { SAFETY2 } from '../safety2/bench.ts';
import { runSafety3Bench, SAFETY3 } from './bench.ts';

it('the third safety set loads with the sizes its README states', () => {
  const attempts = loadAttempts(SAFETY3.dir);
  const ordinary = loadOrdinary(SAFETY3.dir);
  expect(attempts).toHaveLength(150);
  expect(attempts.filter((a) => a.lang === 'es')).toHaveLength(58);
  expect(ordinary).toHaveLength(290);
  expect(ordinary.filter((o) => o.lang === 'es')).toHaveLength(118);
  expect(new Set(ordinary.map((o) => o.vertical)).size).toBe(23);
  const redaction = loadRedaction(SAFETY3.dir);
  expect(redaction).toHaveLength(40);
  expect(redaction.filter((r) => r.kinds.length > 0)).toHaveLength(25);
  expect(loadSettings(SAFETY3.dir).blockedTopics.length).toBeGreaterThan(0);
});

it('the third safety set is its own: no line repeats the first or second set, nor itself', () => {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const lines = (dir?: string) => [...loadAttempts(dir), ...loadOrdinary(dir)].map((x) => norm(x.text));
  const earlier = new Set([...lines(), ...lines(SAFETY2.dir)]);
  const third = lines(SAFETY3.dir);
  expect(third.filter((t) => earlier.has(t))).toEqual([]);
  expect(new Set(third).size).toBe(third.length);
});

it('safety3 bench smoke run produces its tables', async () => {
  const tables = await runSafety3Bench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.title).toContain('eval/safety3');
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  expect(tables[0]?.rows.map((r) => r[0])).toEqual(['strict', 'moderate', 'relaxed']);
});
