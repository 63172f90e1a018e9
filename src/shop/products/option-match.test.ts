import { describe, expect, it } from 'vitest';
import { describeOptionValues, matchOptions, optionAlternatives } from './option-match.ts';

const hose = [
  { id: 'h50', options: { Length: '50 ft', Material: 'Rubber' }, stock: 3 },
  { id: 'h100', options: { Length: '100 ft', Material: 'Rubber' }, stock: 0 },
  { id: 'h100v', options: { Length: '100 ft', Material: 'Vinyl' }, stock: 2 },
];
const ids = (vs: { id: string }[]) => vs.map((v) => v.id);

describe('choosing variants by their options', () => {
  it('matches a named option with unit normalisation', () => {
    expect(ids(matchOptions(hose, { options: { Length: '100 feet' } }).variants)).toEqual(['h100', 'h100v']);
    expect(ids(matchOptions(hose, { options: { longitud: '50 pies' } }).variants)).toEqual(['h50']);
  });

  it('matches a value said without its option name, across options', () => {
    expect(ids(matchOptions(hose, { option: '100 ft vinyl' }).variants)).toEqual(['h100v']);
    expect(ids(matchOptions(hose, { option: 'the 50 foot one' }).variants)).toEqual(['h50']);
  });

  it('reports what matches no value, and narrows nothing with it', () => {
    const r = matchOptions(hose, { option: '75 ft' });
    expect(r.unmatched).toEqual(['75 ft']);
    expect(ids(r.variants)).toEqual(['h50', 'h100', 'h100v']);
    expect(matchOptions(hose, { options: { Length: '75 ft' } }).unmatched).toEqual(['Length 75 ft']);
  });

  it('an unknown option name falls back to the value', () => {
    expect(ids(matchOptions(hose, { options: { Size: '50 ft' } }).variants)).toEqual(['h50']);
  });

  it('lists the options and the in-stock alternatives to a sold-out value', () => {
    expect(describeOptionValues(hose)).toBe('Length 50 ft, 100 ft; Material Rubber, Vinyl');
    expect(optionAlternatives(hose, hose[1]!, 1, () => true)).toEqual({
      Length: ['50 ft'],
      Material: ['Vinyl'],
    });
  });
});
