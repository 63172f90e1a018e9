import { describe, expect, it } from 'vitest';
import { SETS } from './dev-sets.ts';

// The dev-sets-*.test.ts files must between them run every set, each once.
describe('development sets split over test files', () => {
  it('every set is in exactly one file', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const named: string[] = [];
    // Every split file there is (branches add their own numbers side by side).
    const files = (await readdir(new URL('.', import.meta.url))).filter((f) =>
      /^dev-sets-\d+\.test\.ts$/.test(f),
    );
    for (const f of files) {
      const text = await readFile(new URL(`./${f}`, import.meta.url), 'utf8');
      named.push(
        ...[...text.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '').filter((s) => !s.startsWith('./')),
      );
    }
    expect(named.toSorted()).toEqual(SETS.map((s) => s.name).toSorted());
  });
});
