import { describe, expect, it } from 'vitest';
import { splitGluedWord, spokenPromoCode, type WordRank } from './code-words.ts';

// A stand-in frequency list: the order is what matters (0 = most common).
const COMMON = [
  'all',
  'up',
  'big',
  'new',
  'day',
  'season',
  'line',
  'lines',
  'tight',
  'catch',
  'board',
  'aboard',
  'gigs',
  'gig',
  'tack',
  'tank',
];
const rank: WordRank = (w) => {
  const i = COMMON.indexOf(w);
  return i < 0 ? undefined : i;
};
const known = (w: string) => COMMON.includes(w) || ['canter', 'alla', 'eason'].includes(w);

describe('splitGluedWord', () => {
  it('splits a glued word into common words, preferring the split whose rarest word is most common', () => {
    expect(splitGluedWord('bigcatch', rank)).toEqual(['big', 'catch']);
    expect(splitGluedWord('tightlines', rank)).toEqual(['tight', 'lines']);
    expect(splitGluedWord('allaboard', rank)).toEqual(['all', 'aboard']);
    expect(splitGluedWord('gigseason', rank)).toEqual(['gig', 'season']);
    expect(splitGluedWord('tackup', rank)).toEqual(['tack', 'up']);
  });

  it('splits into three words only when two do not work', () => {
    expect(splitGluedWord('bignewday', rank)).toEqual(['big', 'new', 'day']);
  });

  it('leaves common words and words with no clean split alone', () => {
    expect(splitGluedWord('season', rank)).toBeUndefined();
    expect(splitGluedWord('nectar', rank)).toBeUndefined();
    expect(splitGluedWord('bigx', rank)).toBeUndefined();
  });
});

describe('spokenPromoCode', () => {
  it('reads the digits as numbers and splits glued words the dictionary lacks', () => {
    expect(spokenPromoCode('BIGCATCH25', rank, known)).toBe('big catch twenty five');
    expect(spokenPromoCode('NEWTANK10', rank, known)).toBe('new tank ten');
  });

  it('keeps a word the dictionary has, even when it could be split', () => {
    expect(spokenPromoCode('CANTER10', (w) => (w === 'cant' || w === 'er' ? 1 : rank(w)), known)).toBe(
      'canter ten',
    );
  });

  it('without a frequency list, only normalises', () => {
    expect(spokenPromoCode('BIGCATCH25')).toBe('bigcatch twenty five');
  });
});
