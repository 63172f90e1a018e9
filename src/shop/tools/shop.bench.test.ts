import { expect, it } from 'vitest';
import { runShopBench } from './shop.bench.ts';

// The quick run still does the bench's real work: on a loaded two-core machine it is slow, not wrong
// (it checks the tables, not the time), so it gets the 120 s the TTS and VAD smoke runs have.
it('the shop bench runs (quick) on both databases and reports every timed tool', {
  timeout: 120_000,
}, async () => {
  const [table] = await runShopBench({ quick: true });
  expect(table!.columns).toEqual(['database', 'tool', 'calls', 'p50', 'p95']);
  const tools = new Set(table!.rows.map((r) => r[1]));
  expect([...tools].sort()).toEqual(
    [
      'add_to_cart',
      'confirm_order',
      'get_product',
      'order_status',
      'prepare_order',
      'search_products',
      'view_cart',
    ].sort(),
  );
  expect(new Set(table!.rows.map((r) => r[0]))).toEqual(new Set(['sqlite', 'postgres']));
  for (const row of table!.rows) expect(Number(row[3])).toBeGreaterThan(0);
});
