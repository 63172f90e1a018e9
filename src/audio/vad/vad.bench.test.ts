import { expect, it } from 'vitest';
import { runVadBench } from './vad.bench.ts';

// Model inference is CPU work: under two sigterm loops on two cores it took over the 20 s default.
it('VAD bench smoke run produces its tables', { timeout: 120_000 }, async () => {
  const tables = await runVadBench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  const workerRow = tables[0]!.rows.find((r) => r[0] === 'worker engine');
  expect(typeof workerRow?.[2] === 'number' && workerRow[2] > 0).toBe(true);
});
