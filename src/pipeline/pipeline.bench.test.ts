import { expect, it } from 'vitest';
import { runPipelineBench } from './pipeline.bench.ts';

it('pipeline bench smoke run produces its tables', async () => {
  const tables = await runPipelineBench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
  const fps = tables[0]!.rows[0]![2];
  expect(typeof fps === 'number' && fps > 0).toBe(true);
});
