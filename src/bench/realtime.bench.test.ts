import { expect, it } from 'vitest';
import { runRealtimeBench } from './realtime.bench.ts';

// The quick run does the bench's real work (one typed and one spoken turn per stand-in): it
// checks the table, never the time.
it('realtime bench smoke run produces its table', { timeout: 120_000 }, async () => {
  const [table] = await runRealtimeBench({ quick: true });
  expect(table!.rows).toHaveLength(4);
  for (const row of table!.rows) {
    expect(row).toHaveLength(table!.columns.length);
    expect(row[2]).toBe(1);
    expect(Number.isFinite(row[3])).toBe(true);
  }
});
