import { describe, expect, it } from 'vitest';
import { normalizeSpokenId, spokenIdMatches } from './normalize.ts';

describe('normalizeSpokenId', () => {
  it.each([
    ['C-10042', 'C10042'],
    ['c 1 0 0 4 2', 'C10042'],
    ['c dash one zero zero four two', 'C10042'],
    ['see dash one oh oh four two', 'C10042'],
    ['charlie one double oh forty two', 'C10042'],
    ['ce guion uno cero cero cuatro dos', 'C10042'],
    ['ce guión uno cero cero cuarenta y dos', 'C10042'],
    ['my customer number is C-10042', 'C10042'],
    ['mi número de cliente es c 10042', 'C10042'],
    ['12345678-z', '12345678Z'],
    ['sw1a 1aa', 'SW1A1AA'],
    ['two eight zero zero one', '28001'],
    ['', ''],
  ])('%s → %s', (spoken, canonical) => {
    expect(normalizeSpokenId(spoken)).toBe(canonical);
  });
});

describe('spokenIdMatches', () => {
  it('matches spoken forms and an omitted letter prefix', () => {
    expect(spokenIdMatches('C-10042', 'c dash one zero zero four two')).toBe(true);
    expect(spokenIdMatches('C-10042', '10042')).toBe(true);
  });
  it('rejects near misses, partial numbers and empty input', () => {
    expect(spokenIdMatches('C-10042', '10043')).toBe(false);
    expect(spokenIdMatches('C-10042', '042')).toBe(false);
    expect(spokenIdMatches('C-10042', 'D10042')).toBe(false);
    expect(spokenIdMatches('C-10042', '')).toBe(false);
    expect(spokenIdMatches('AB-10042', '10042')).toBe(true);
    expect(spokenIdMatches('9-10042', '10042')).toBe(false);
  });
});
