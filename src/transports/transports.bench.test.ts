import { expect, it } from 'vitest';
import { runTransportBench } from './transports.bench.ts';

it('transport bench smoke run produces its tables', async () => {
  const tables = await runTransportBench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  expect(tables[1]!.rows[0]![1]).toBe(50); // 2 s in 40 ms chunks
});
