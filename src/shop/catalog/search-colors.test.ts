import { describe, expect, it } from 'vitest';
import { colorFamilies, colorSatisfies } from './search-colors.ts';

describe('two-tone catalog colours (issue 12)', () => {
  it('are reached by the family word of either tone', () => {
    expect(colorSatisfies('Black/Blue', 'blue')).toBe(true);
    expect(colorSatisfies('Black/Red', 'rojo')).toBe(true);
    expect(colorSatisfies('Black/Red', 'blue')).toBe(false);
    expect(colorSatisfies('Navy & White', 'white')).toBe(true);
    expect(colorFamilies('Black/Charcoal')).toEqual(['black', 'grey']);
  });

  it('keep one-colour names as they were', () => {
    expect(colorSatisfies('Abyssal Black', 'black')).toBe(true);
    expect(colorSatisfies('Off White', 'white')).toBe(true);
    expect(colorFamilies('Volt Yellow')).toEqual(['yellow']);
  });
});
