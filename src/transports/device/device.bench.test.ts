import { expect, it } from 'vitest';
import { runDeviceBench } from './device.bench.ts';

// The quick run does the bench's real work (a server process, a client process, spoken turns):
// it checks the table, not the time.
it('device bench smoke run produces its table with answered turns', { timeout: 180_000 }, async () => {
  const [table] = await runDeviceBench({ quick: true });
  expect(table!.rows).toHaveLength(1);
  const row = table!.rows[0]!;
  expect(row).toHaveLength(table!.columns.length);
  expect(row[1]).toBe(2);
  expect(row[2]).toBe(0); // every turn was answered with audio
  expect(row[6]).toBeGreaterThan(0);
  // The stage times come from the server's debug stream, not from a fixed text.
  expect(table!.notes?.at(-1)).toMatch(/time to first output .*: .*stt \d+ \/ \d+ ms/);
});
