import { expect, it } from 'vitest';
import { runTransportBench } from './transports.bench.ts';

// The quick run still does the bench's real work: on a loaded two-core machine it is slow, not wrong
// (it checks the tables, not the time), so it gets the 120 s the TTS and VAD smoke runs have.
it('transport bench smoke run produces its tables', { timeout: 120_000 }, async () => {
  const tables = await runTransportBench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  expect(tables[1]!.rows[0]![1]).toBe(50); // 2 s in 40 ms chunks
});
