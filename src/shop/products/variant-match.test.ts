import { describe, expect, it } from 'vitest';
import { colorKey, localizeColor, matchVariants, sizeKey } from './variant-match.ts';

describe('variant matching', () => {
  it.each([
    ['M', 'M'],
    ['medium', 'M'],
    ['talla mediana', 'M'],
    ['Extra Large', 'XL'],
    ['42', '42'],
    ['forty two', '42'],
    ['cuarenta y dos', '42'],
    ['10,5', '10.5'],
    ['ten and a half', '10.5'],
  ])('size %s → %s', (spoken, key) => {
    expect(sizeKey(spoken)).toBe(key);
  });
  it('colours match across case, accents and Spanish names', () => {
    expect(colorKey('Azul')).toBe('blue');
    expect(colorKey('marrón')).toBe('brown');
    expect(colorKey('Gray')).toBe('grey');
    expect(colorKey('Navy Blue')).toBe('navy blue');
    expect(localizeColor('Blue', 'es')).toBe('azul');
    expect(localizeColor('grey', 'es')).toBe('gris');
    expect(localizeColor('Teal', 'es')).toBe('Teal');
    expect(localizeColor('Blue', 'en')).toBe('Blue');
  });
  it('filters by what was said and nothing else', () => {
    const vs = [
      { id: 1, size: '42', color: 'Blue' },
      { id: 2, size: '43', color: 'Blue' },
      { id: 3, size: '42', color: 'Black' },
      { id: 4, size: null, color: null },
    ];
    expect(matchVariants(vs, { size: 'forty two' }).map((v) => v.id)).toEqual([1, 3]);
    expect(matchVariants(vs, { size: '42', color: 'azul' }).map((v) => v.id)).toEqual([1]);
    expect(matchVariants(vs, {}).map((v) => v.id)).toEqual([1, 2, 3, 4]);
    expect(matchVariants(vs, { color: 'green' })).toEqual([]);
  });
});
