import { describe, expect, it } from 'vitest';
import { generateCatalog, runSearchBench } from './search.bench.ts';

describe('search bench', () => {
  // The quick run still does the bench's real work: on a loaded two-core machine it is slow, not wrong
  // (it checks the tables, not the time), so it gets the 120 s the TTS and VAD smoke runs have.
  it('quick run measures both dialects', { timeout: 120_000 }, async () => {
    const [table] = await runSearchBench({ quick: true });
    expect(table!.rows.map((r) => r[0])).toEqual(['sqlite', 'postgres']);
    for (const row of table!.rows) {
      expect(row[1]).toBe(500);
      expect(Number(row[8])).toBeGreaterThan(0);
    }
  });

  it('generates the same catalog for the same seed', () => {
    expect(generateCatalog(20)).toEqual(generateCatalog(20));
    expect(new Set(generateCatalog(200).flatMap((p) => p.variants.map((v) => v.sku))).size).toBe(
      generateCatalog(200).reduce((n, p) => n + p.variants.length, 0),
    );
  });
});
