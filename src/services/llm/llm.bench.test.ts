import { expect, it } from 'vitest';
import { runLlmBench } from './llm.bench.ts';

it('LLM bench smoke run produces its tables', async () => {
  const tables = await runLlmBench({ quick: true });
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) {
      expect(row).toHaveLength(table.columns.length);
      expect(Number.isFinite(row[2])).toBe(true);
    }
  }
});
