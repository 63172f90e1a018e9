/** Smoke test of the second frozen safety set (no floor: its numbers are in README.md). */
import { expect, it } from 'vitest';
import { loadAttempts, loadOrdinary, loadRedaction, loadSettings } from '../safety/set.ts';
import { runSafety2Bench, SAFETY2 } from './bench.ts';

it('the second safety set loads with the sizes its README states', () => {
  const attempts = loadAttempts(SAFETY2.dir);
  const ordinary = loadOrdinary(SAFETY2.dir);
  expect(attempts).toHaveLength(150);
  expect(attempts.filter((a) => a.lang === 'es')).toHaveLength(58);
  expect(ordinary).toHaveLength(264);
  expect(ordinary.filter((o) => o.lang === 'es')).toHaveLength(94);
  expect(new Set(ordinary.map((o) => o.vertical)).size).toBe(20);
  const redaction = loadRedaction(SAFETY2.dir);
  expect(redaction).toHaveLength(40);
  expect(redaction.filter((r) => r.kinds.length > 0)).toHaveLength(25);
  expect(loadSettings(SAFETY2.dir).blockedTopics.length).toBeGreaterThan(0);
});

it('the second safety set is its own: no line repeats the first set (eval/safety)', () => {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const first = new Set([...loadAttempts(), ...loadOrdinary()].map((x) => norm(x.text)));
  const second = [...loadAttempts(SAFETY2.dir), ...loadOrdinary(SAFETY2.dir)];
  expect(second.filter((x) => first.has(norm(x.text))).map((x) => x.text)).toEqual([]);
});

it('safety2 bench smoke run produces its tables', async () => {
  const tables = await runSafety2Bench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.title).toContain('eval/safety2');
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  expect(tables[0]?.rows.map((r) => r[0])).toEqual(['strict', 'moderate', 'relaxed']);
});
