import { describe, expect, it } from 'vitest';
import { numberTokens } from './numbers.ts';

const read = (text: string, lang: 'en' | 'es') =>
  numberTokens(text.split(' '), lang)
    .map((n) => n.text)
    .join(' ');

describe('"mil" after a number', () => {
  it('is millimetres in English, said with digits or number words', () => {
    expect(read('a 10 mil one', 'en')).toBe('a 10 mm one');
    expect(read('the twelve mil chisel', 'en')).toBe('the 12 mm chisel');
    expect(read('twenty mils', 'en')).toBe('20 mm');
  });

  it('stays the thousand in Spanish', () => {
    expect(read('dos mil', 'es')).toBe('2000');
    expect(read('10 mil', 'es')).not.toContain('mm');
  });
});
