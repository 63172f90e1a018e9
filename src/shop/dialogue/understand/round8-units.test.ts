/**
 * Units of round 8's mechanisms (issue 12) that need no shop: fractions said in words, the count
 * read from "a couple of" and not from "a 17", and a thing the text says is not included.
 */
import { describe, expect, it } from 'vitest';
import { saysLeftOut } from '../answers/text-answer.ts';
import { numberTokens } from '../words/numbers.ts';
import { extractQuantity } from '../words/quantity.ts';
import { tokenize } from '../words/text.ts';
import { compileVocabulary } from '../words/vocab.ts';
import { mergeHalves } from './constraints.ts';

const numbers = (s: string) =>
  mergeHalves(numberTokens(tokenize(s), 'en'), 'en')
    .filter((n) => n.value !== undefined)
    .map((n) => n.value);

describe('round 8 units', () => {
  it('reads a whole and quarters said in words as one decimal', () => {
    expect(numbers('5 and three quarters')).toEqual([5.75]);
    expect(numbers('four and three quarter inch')).toEqual([4.75]);
    expect(numbers('two and a quarter')).toEqual([2.25]);
    expect(numbers('nine and a half')).toEqual([9.5]);
    // A count before a size is not a fraction.
    expect(numbers('3 4 inch bolts')).toEqual([3, 4]);
  });

  it('counts "a couple of" as two and never "a 17" as seventeen', () => {
    const vocab = compileVocabulary({
      categories: [],
      brands: [],
      colors: [],
      sizes: [],
      attributes: [],
      productNames: [],
    } as never);
    const count = (s: string, lang: 'en' | 'es' = 'en') => {
      const slots: { quantity?: number } = {};
      extractQuantity(
        numberTokens(tokenize(s), lang).map((n) => n.text),
        lang,
        slots,
        new Set(),
        vocab,
      );
      return slots.quantity;
    };
    expect(count('toss in a couple of the kits')).toBe(2);
    expect(count('keep it a 17')).toBeUndefined();
    expect(count('I need an 8')).toBeUndefined();
    expect(count('cambialo a 2', 'es')).toBe(2);
  });

  it('answers no when a clause leaves the thing out, even after one that mentions it', () => {
    const p = {
      id: 'p1',
      name: 'Trail Pad',
      sizes: [],
      colors: [],
      description: 'A foam pad with loops for straps; straps are not included.',
    };
    expect(saysLeftOut(p, ['straps'], 'en')).toMatch(/^No: .*straps are not included/);
    expect(saysLeftOut({ ...p, description: 'A foam pad with loops for straps.' }, ['straps'], 'en')).toBe(
      undefined,
    );
  });
});
