import { describe, expect, it } from 'vitest';
import { runDialogueBench } from './dialogue.bench.ts';

describe('dialogue bench (quick smoke run)', () => {
  // The quick run still does the bench's real work: on a loaded two-core machine it is slow, not wrong
  // (it checks the tables, not the time), so it gets the 120 s the TTS and VAD smoke runs have.
  it('returns the per-call and time-to-first-part tables with numeric rows', {
    timeout: 120_000,
  }, async () => {
    const tables = await runDialogueBench({ quick: true });
    expect(tables.map((t) => t.title)).toHaveLength(2);
    for (const t of tables) {
      expect(t.rows.length).toBeGreaterThan(0);
      for (const row of t.rows) {
        expect(row).toHaveLength(t.columns.length);
        for (const cell of row.slice(2)) expect(Number.isFinite(Number(cell))).toBe(true);
      }
    }
    expect(Number(tables[0]!.rows[0]![2])).toBeGreaterThan(0);
  });
});
