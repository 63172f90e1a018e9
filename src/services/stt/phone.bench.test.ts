import { describe, expect, it } from 'vitest';
import { runPhoneWerBench } from './phone.bench.ts';

describe('phone WER bench (quick smoke run)', () => {
  it('produces a per-voice table, direct and phone path side by side', async () => {
    const [table, ...rest] = await runPhoneWerBench({ quick: true });
    expect(rest).toEqual([]);
    expect(table?.columns).toEqual([
      'voice',
      'direct WER',
      'direct first words',
      'phone WER',
      'phone first words',
    ]);
    expect(table?.rows.map((r) => r[0])).toEqual(['flite:slt', 'all voices']);
    for (const row of table?.rows ?? []) {
      expect(row).toHaveLength(table?.columns.length ?? 0);
      expect(String(row[1])).toMatch(/%$/);
      expect(String(row[4])).toMatch(/^\d+\/3$/);
    }
  }, 300_000); // builds the pets catalog LM first
});
