import { expect, it } from 'vitest';
import { runNodeFailureBench } from './node-failure.bench.ts';

// The quick run is the whole bench with one session per node (three processes, PostgreSQL and
// Redis): it checks what a failure costs in sessions and events, never the times' values.
it('node-failure bench smoke run: the killed node loses only its own session', {
  timeout: 300_000,
}, async () => {
  const [table] = await runNodeFailureBench({ quick: true });
  const [row] = table!.rows;
  expect(row).toHaveLength(table!.columns.length);
  const [onVictim, survivors, eventsLost, ended, unplaced, starts] = row!;
  expect(onVictim).toBe(1);
  expect(survivors).toBe('2/2');
  expect(eventsLost).toBe(0);
  expect(String(ended)).toMatch(/^\d+ ms$/);
  expect(String(unplaced)).toMatch(/^\d+ ms$/);
  const [failed, started] = String(starts).split('/').map(Number);
  expect(started).toBeGreaterThan(0);
  expect(failed).toBeLessThan(started!);
});
