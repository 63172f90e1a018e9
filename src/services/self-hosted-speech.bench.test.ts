import { expect, it } from 'vitest';
import { runSelfHostedSpeechBench } from './self-hosted-speech.bench.ts';

// Checks the table, not the time: on a loaded two-core machine the quick run is slow, not wrong.
it('self-hosted speech bench smoke run produces its table', { timeout: 120_000 }, async () => {
  const tables = await runSelfHostedSpeechBench({ quick: true });
  expect(tables).toHaveLength(1);
  const table = tables[0]!;
  expect(table.rows).toHaveLength(7);
  for (const row of table.rows) {
    expect(row).toHaveLength(table.columns.length);
    expect(row[1]).toBeGreaterThan(0);
    expect(typeof row[2]).toBe('number');
  }
});
