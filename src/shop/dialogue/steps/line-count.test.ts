import { describe, expect, it } from 'vitest';
import { conjoinedLines, removedCount, settledCount } from './line-count.ts';
import { sameSize } from './shown-reference.ts';

describe('counts said of a cart line', () => {
  it('reads how many are taken off a line', () => {
    expect(removedCount('remove one pair of the summer gloves', 'en')).toBe(1);
    expect(removedCount('take 2 of the suet cakes out', 'en')).toBe(2);
    expect(removedCount('quita un par de los guantes de verano', 'es')).toBe(1);
    expect(removedCount('quita una bolsa de la de girasol', 'es')).toBe(1);
    // The whole line: no count before "of".
    expect(removedCount('remove the summer gloves', 'en')).toBeUndefined();
    expect(removedCount('quita los guantes de verano', 'es')).toBeUndefined();
  });

  it('reads the count settled on', () => {
    expect(settledCount('actually one pair is enough', 'en')).toBe(1);
    expect(settledCount('no 2 will be fine', 'en')).toBe(2);
    expect(settledCount('mejor solo un par', 'es')).toBe(1);
    expect(settledCount('con uno basta', 'es')).toBe(1);
    expect(settledCount('one pair of the summer gloves', 'en')).toBeUndefined();
    expect(settledCount('un par de guantes', 'es')).toBeUndefined();
  });

  it('removes two products named with a conjunction only when each is one line', () => {
    const lines = [
      { name: 'Chain Lube', itemId: 'a' },
      { name: 'Chain Cleaner', itemId: 'b' },
    ];
    const s = { productNames: ['Chain Cleaner', 'Chain Lube'] };
    expect(conjoinedLines(lines, s, 'remove the lube and the cleaner')?.map((l) => l.itemId)).toEqual([
      'b',
      'a',
    ]);
    expect(conjoinedLines(lines, s, 'remove the chain one')).toBeUndefined();
    expect(
      conjoinedLines([...lines, { name: 'Chain Lube', itemId: 'c' }], s, 'remove the lube and the cleaner'),
    ).toBeUndefined();
  });

  it('takes a letter size and its word as the same size', () => {
    expect(sameSize('Medium', 'M')).toBe(true);
    expect(sameSize('L', 'grande')).toBe(true);
    expect(sameSize('9.5', '9.5')).toBe(true);
    expect(sameSize('M', 'L')).toBe(false);
  });
});
