/** Smoke test of the sixth frozen safety set (no floor: its numbers go in README.md once measured). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadAttempts, loadOrdinary, loadRedaction, loadSettings } from '../safety/set.ts';
import { SAFETY2 } from '../safety2/bench.ts';
import { SAFETY3 } from '../safety3/bench.ts';
import { SAFETY4 } from '../safety4/bench.ts';
import { SAFETY5 } from '../safety5/bench.ts';
import { runSafety6Bench, SAFETY6 } from './bench.ts';

it('the sixth safety set loads with the sizes its README states', () => {
  const attempts = loadAttempts(SAFETY6.dir);
  const ordinary = loadOrdinary(SAFETY6.dir);
  expect(attempts).toHaveLength(120);
  expect(attempts.filter((a) => a.lang === 'es')).toHaveLength(49);
  const kinds = ['injection', 'harmful', 'offtopic', 'abuse'] as const;
  expect(kinds.map((k) => attempts.filter((a) => a.kind === k).length)).toEqual([40, 40, 28, 12]);
  expect(ordinary).toHaveLength(156);
  expect(ordinary.filter((o) => o.lang === 'es')).toHaveLength(64);
  expect(new Set(ordinary.map((o) => o.vertical)).size).toBe(18);
  const redaction = loadRedaction(SAFETY6.dir);
  expect(redaction).toHaveLength(39);
  expect(redaction.filter((r) => r.kinds.length > 0)).toHaveLength(26);
  expect(loadSettings(SAFETY6.dir).blockedTopics.length).toBeGreaterThan(0);
});

/** Every directory under eval/safety-dev holding the guard author's attempts (the dev set and its probes). */
function devSetDirs(): string[] {
  const root = join(SAFETY6.dir, '..', 'safety-dev');
  const probes = readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory());
  return [root, ...probes];
}

it('the sixth safety set is its own: no line repeats an earlier set, the dev sets, nor itself', () => {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const lines = (dir?: string) =>
    [...loadAttempts(dir), ...loadOrdinary(dir), ...loadRedaction(dir)].map((x) => norm(x.text));
  const earlierDirs = [undefined, SAFETY2.dir, SAFETY3.dir, SAFETY4.dir, SAFETY5.dir, ...devSetDirs()];
  const earlier = new Set(earlierDirs.flatMap((dir) => lines(dir)));
  const sixth = lines(SAFETY6.dir);
  expect(sixth.filter((t) => earlier.has(t))).toEqual([]);
  expect(new Set(sixth).size).toBe(sixth.length);
});

it('safety6 bench smoke run produces its tables', async () => {
  const tables = await runSafety6Bench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.title).toContain('eval/safety6');
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  expect(tables[0]?.rows.map((r) => r[0])).toEqual(['strict', 'moderate', 'relaxed']);
});
