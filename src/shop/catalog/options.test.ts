import { describe, expect, it } from 'vitest';
import { optionRole, splitOptions } from './options.ts';

describe('which option is the size', () => {
  it.each([
    ['Size', 'size'],
    ['Shoe Size', 'size'],
    ['US Size', 'size'],
    ["Women's Size", 'size'],
    ['Talla (EU)', 'size'],
    ['Size / Talla', 'size'],
    ['Tamaño', 'size'],
    ['Nib Size', null],
    ['Bit Size', null],
    ['Cup Size', null],
    ['Colour', 'color'],
  ])('%s → %s', (name, role) => {
    expect(optionRole(name)).toBe(role);
  });

  it('an "<X> Size" option that is not worn stays its own option', () => {
    expect(splitOptions({ 'Nib Size': 'Fine', Material: 'Brass' })).toEqual({
      size: null,
      color: null,
      extras: { 'Nib Size': 'Fine', Material: 'Brass' },
    });
  });
});
