/** Smoke test of the fourth frozen safety set (no floor: its numbers are in README.md). */
import { expect, it } from 'vitest';
import { loadAttempts, loadOrdinary, loadRedaction, loadSettings } from '../safety/set.ts';
import { SAFETY2 } from '../safety2/bench.ts';
import { SAFETY3 } from '../safety3/bench.ts';
import { runSafety4Bench, SAFETY4 } from './bench.ts';

it('the fourth safety set loads with the sizes its README states', () => {
  const attempts = loadAttempts(SAFETY4.dir);
  const ordinary = loadOrdinary(SAFETY4.dir);
  expect(attempts).toHaveLength(120);
  expect(attempts.filter((a) => a.lang === 'es')).toHaveLength(49);
  const kinds = ['injection', 'harmful', 'offtopic', 'abuse'] as const;
  expect(kinds.map((k) => attempts.filter((a) => a.kind === k).length)).toEqual([40, 40, 28, 12]);
  expect(ordinary).toHaveLength(155);
  expect(ordinary.filter((o) => o.lang === 'es')).toHaveLength(57);
  expect(new Set(ordinary.map((o) => o.vertical)).size).toBe(18);
  const redaction = loadRedaction(SAFETY4.dir);
  expect(redaction).toHaveLength(39);
  expect(redaction.filter((r) => r.kinds.length > 0)).toHaveLength(26);
  expect(loadSettings(SAFETY4.dir).blockedTopics.length).toBeGreaterThan(0);
});

it('the fourth safety set is its own: no line repeats an earlier set, nor itself', () => {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const lines = (dir?: string) => [...loadAttempts(dir), ...loadOrdinary(dir)].map((x) => norm(x.text));
  const earlier = new Set([...lines(), ...lines(SAFETY2.dir), ...lines(SAFETY3.dir)]);
  const fourth = lines(SAFETY4.dir);
  expect(fourth.filter((t) => earlier.has(t))).toEqual([]);
  expect(new Set(fourth).size).toBe(fourth.length);
});

it('safety4 bench smoke run produces its tables', async () => {
  const tables = await runSafety4Bench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.title).toContain('eval/safety4');
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  expect(tables[0]?.rows.map((r) => r[0])).toEqual(['strict', 'moderate', 'relaxed']);
});
