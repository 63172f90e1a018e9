import { describe, expect, it } from 'vitest';
import { dropExcludedNames, needWords } from '../words/need-words.ts';
import type { Slots } from '../words/slots.ts';

describe('need words and excluded names', () => {
  it('keeps the free words of a need, not superlatives or words left out', () => {
    expect(needWords(['wide', 'feet', 'fit'], new Set(), /^(lightest)$/)).toBe('wide feet fit');
    expect(needWords(['lightest', 'glass', 'ski'], new Set(['glass']), /^(lightest)$/)).toBe('ski');
    expect(needWords(['lightest'], new Set(), /^(lightest)$/)).toBeUndefined();
  });

  it('"not the kettle" refines without the kettle: the name its words also gave is dropped', () => {
    const slots: Slots = { exclude: 'kettle', productNames: ['Copperline 35 L Stainless Brew Kettle'] };
    dropExcludedNames(slots);
    expect(slots.productNames).toBeUndefined();
    const other: Slots = { exclude: 'glass', productNames: ['BrewCraft 30 L Fermenting Bucket'] };
    dropExcludedNames(other);
    expect(other.productNames).toEqual(['BrewCraft 30 L Fermenting Bucket']);
  });
});
