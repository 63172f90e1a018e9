/**
 * The smoke test every frozen safety set runs (no floor: numbers go in its README once measured):
 * the set loads with the sizes its README states, no line repeats an earlier set (nor itself),
 * and its bench produces the two tables.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { loadAttempts, loadOrdinary, loadRedaction, loadSettings, SAFETY_SET_DIR } from './set.ts';

export interface SafetySetShape {
  attempts: number;
  spanishAttempts: number;
  /** Attempts by kind: injection, harmful, off-topic, abuse (when the README states them). */
  kinds?: readonly [number, number, number, number];
  ordinary: number;
  spanishOrdinary: number;
  verticals: number;
  redaction: number;
  /** Redaction texts that carry a number to redact. */
  redactionWithNumbers: number;
}

export interface SafetySetSmoke {
  /** "second", "third", …: how the set is named in test titles. */
  ordinal: string;
  /** The bench's id and the set's directory name, e.g. "safety6". */
  id: string;
  dir: string;
  shape: SafetySetShape;
  /** Directories of the sets written before this one (the first set is always included). */
  earlierDirs: readonly string[];
  /** Also compare with the guard author's dev set and probes. */
  againstDevSets?: boolean;
  /** Also compare redaction texts. */
  withRedaction?: boolean;
  runBench(opts: BenchOptions): Promise<BenchTable[]>;
}

const norm = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** eval/safety-dev and each of its probe directories. */
function devSetDirs(): string[] {
  const root = join(SAFETY_SET_DIR, '..', 'safety-dev');
  const probes = readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory());
  return [root, ...probes];
}

export function describeSafetySetSmoke(set: SafetySetSmoke): void {
  const { shape, dir } = set;
  it(`the ${set.ordinal} safety set loads with the sizes its README states`, () => {
    const attempts = loadAttempts(dir);
    const ordinary = loadOrdinary(dir);
    expect(attempts).toHaveLength(shape.attempts);
    expect(attempts.filter((a) => a.lang === 'es')).toHaveLength(shape.spanishAttempts);
    if (shape.kinds) {
      const kinds = ['injection', 'harmful', 'offtopic', 'abuse'] as const;
      expect(kinds.map((k) => attempts.filter((a) => a.kind === k).length)).toEqual([...shape.kinds]);
    }
    expect(ordinary).toHaveLength(shape.ordinary);
    expect(ordinary.filter((o) => o.lang === 'es')).toHaveLength(shape.spanishOrdinary);
    expect(new Set(ordinary.map((o) => o.vertical)).size).toBe(shape.verticals);
    const redaction = loadRedaction(dir);
    expect(redaction).toHaveLength(shape.redaction);
    expect(redaction.filter((r) => r.kinds.length > 0)).toHaveLength(shape.redactionWithNumbers);
    expect(loadSettings(dir).blockedTopics.length).toBeGreaterThan(0);
  });

  it(`the ${set.ordinal} safety set is its own: no line repeats an earlier set${set.againstDevSets ? ', the dev sets' : ''}, nor itself`, () => {
    const lines = (from?: string) =>
      [...loadAttempts(from), ...loadOrdinary(from), ...(set.withRedaction ? loadRedaction(from) : [])].map(
        (x) => norm(x.text),
      );
    const earlierDirs = [SAFETY_SET_DIR, ...set.earlierDirs, ...(set.againstDevSets ? devSetDirs() : [])];
    const earlier = new Set(earlierDirs.flatMap((d) => lines(d)));
    const own = lines(dir);
    expect(own.filter((t) => earlier.has(t))).toEqual([]);
    expect(new Set(own).size).toBe(own.length);
  });

  it(`${set.id} bench smoke run produces its tables`, async () => {
    const tables = await set.runBench({ quick: true });
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(table.title).toContain(`eval/${set.id}`);
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
    expect(tables[0]?.rows.map((r) => r[0])).toEqual(['strict', 'moderate', 'relaxed']);
  });
}
