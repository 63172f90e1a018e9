import { expect, it } from 'vitest';
import { runCloudSpeechBench } from './cloud-speech.bench.ts';

// The quick run still does the bench's real work: on a loaded two-core machine it is slow, not wrong
// (it checks the tables, not the time), so it gets the 120 s the TTS and VAD smoke runs have.
it('cloud speech bench smoke run produces its table', { timeout: 120_000 }, async () => {
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
