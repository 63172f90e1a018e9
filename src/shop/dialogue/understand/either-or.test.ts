import { describe, expect, it } from 'vitest';
import { answerFeature } from '../answers/specs.ts';
import type { ProductInfo } from '../results.ts';
import { eitherOrParts } from './either-or.ts';

const shelf: ProductInfo = {
  id: 'p1',
  name: 'Kilnmark Cordierite Kiln Shelf',
  sizes: [],
  colors: [],
  description: 'A round cordierite shelf for electric kilns. One-piece slab that stays flat at cone 10.',
};

describe('either-or questions (issue 12)', () => {
  it('splits the feature words at "or", in the order said', () => {
    const q = 'is the shelf all one piece or does it come apart'.split(' ');
    expect(eitherOrParts(['piece', 'apart'], q)).toEqual([['piece'], ['apart']]);
    expect(eitherOrParts(['piece'], q)).toBeUndefined();
    expect(eitherOrParts(['piece', 'apart'], 'is it one piece'.split(' '))).toBeUndefined();
  });

  it('answers from the clause that speaks to one alternative instead of "I don\'t know"', () => {
    // The second alternative has more words than the first: together, no clause says half of them.
    const q = 'is the shelf all one piece or does it break down'.split(' ');
    const reply = answerFeature(shelf, ['piece', 'break', 'down'], 'en', q);
    expect(reply).toMatch(/One-piece slab/);
    expect(reply).not.toMatch(/don't know/);
  });
});
