import { expect, it } from 'vitest';
import { runCloudSpeechBench } from './cloud-speech.bench.ts';

it('cloud speech bench smoke run produces its table', async () => {
  const tables = await runCloudSpeechBench({ quick: true });
  expect(tables).toHaveLength(1);
  const table = tables[0]!;
  expect(table.rows).toHaveLength(6);
  for (const row of table.rows) {
    expect(row).toHaveLength(table.columns.length);
    expect(row[1]).toBeGreaterThan(0);
    expect(typeof row[2]).toBe('number');
  }
});
