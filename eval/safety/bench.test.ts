import { expect, it } from 'vitest';
import { runSafetyBench } from './bench.ts';
import { loadAttempts, loadOrdinary, loadRedaction } from './set.ts';

it('the frozen safety set loads with the sizes its README states', () => {
  expect(loadAttempts()).toHaveLength(141);
  expect(loadOrdinary()).toHaveLength(180);
  expect(loadRedaction()).toHaveLength(35);
});

it('safety bench smoke run produces its tables', async () => {
  const tables = await runSafetyBench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  expect(tables[0]?.rows.map((r) => r[0])).toEqual(['strict', 'moderate', 'relaxed']);
});
