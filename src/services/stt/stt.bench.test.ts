import { describe, expect, it } from 'vitest';
import { runSttBench } from './stt.bench.ts';

describe('STT bench (quick smoke run)', () => {
  it('produces accuracy, latency and cost tables with rows', async () => {
    const tables = await runSttBench({ quick: true });
    expect(tables.map((t) => t.title)).toHaveLength(5);
    for (const t of tables) {
      expect(t.rows.length).toBeGreaterThan(0);
      for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
    }
    const wer = tables[0]?.rows[0]?.[1];
    expect(String(wer)).toMatch(/%$/);
  }, 300_000); // a fresh clone builds several language models first
});
