import { describe, expect, it } from 'vitest';
import { SETS } from './dev-sets.ts';

// The dev-sets-*.test.ts files must between them run every set, each once.
describe('development sets split over test files', () => {
  it('every set is in exactly one file', async () => {
    const { readFile } = await import('node:fs/promises');
    const named: string[] = [];
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      const text = await readFile(new URL(`./dev-sets-${n}.test.ts`, import.meta.url), 'utf8');
      named.push(
        ...[...text.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '').filter((s) => !s.startsWith('./')),
      );
    }
    expect(named.toSorted()).toEqual(SETS.map((s) => s.name).toSorted());
  });
});
