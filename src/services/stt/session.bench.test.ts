import { describe, expect, it } from 'vitest';
import { runSttSessionBench } from './session.bench.ts';

describe('STT session bench (quick smoke run)', () => {
  it('produces a per-voice table with WER, first words and a CPU note', async () => {
    const [table, ...rest] = await runSttSessionBench({ quick: true });
    expect(rest).toEqual([]);
    expect(table?.rows.map((r) => r[0])).toEqual(['espeak:en-us+f3', 'all voices']);
    for (const row of table?.rows ?? []) expect(row).toHaveLength(table?.columns.length ?? 0);
    expect(String(table?.rows[0]?.[1])).toMatch(/%$/);
    expect(table?.notes?.some((n) => n.includes('CPU s per audio s'))).toBe(true);
  }, 300_000); // builds the outdoor-gear catalog LM first
});
