import { expect, it } from 'vitest';
import { runFailoverBench } from './failover.bench.ts';

// The quick run does the bench's real work (every failure, every stage) and checks the table, not the time.
it('failover bench smoke run produces its table', { timeout: 120_000 }, async () => {
  const [table] = await runFailoverBench({ quick: true });
  expect(table?.rows.map((r) => r[0])).toEqual(['stt', 'llm', 'llm', 'tts', 'tts']);
  for (const row of table?.rows ?? []) {
    expect(row).toHaveLength(table?.columns.length ?? 0);
    expect(row[2]).toBeGreaterThan(0); // every failover reached the backup's answer
    expect(row[6]).toBe(2);
  }
});
