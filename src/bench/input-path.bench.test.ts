import { expect, it } from 'vitest';
import { runInputPathBench } from './input-path.bench.ts';

// The quick run does the bench's real work on fewer frames: it checks the table, not the time.
it('input-path bench smoke run produces its table', { timeout: 120_000 }, async () => {
  const [table] = await runInputPathBench({ quick: true });
  expect(table?.rows).toHaveLength(2);
  for (const row of table!.rows) {
    expect(row).toHaveLength(table!.columns.length);
    expect(Number(row[3])).toBeGreaterThan(0);
  }
});
