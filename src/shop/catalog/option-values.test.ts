import { describe, expect, it } from 'vitest';
import { optionKey, optionValueScore, storedOptionTokens } from './option-values.ts';

describe('option value normalisation', () => {
  it.each([
    ['100 ml', '100ml'],
    ['100ml', '100ml'],
    ['100 millilitres', '100ml'],
    ['100 mililitros', '100ml'],
    ['20V', '20v'],
    ['20 volt', '20v'],
    ['20 voltios', '20v'],
    ['50 ft', '50ft'],
    ['50 feet', '50ft'],
    ["50'", '50ft'],
    ['1000 pieces', '1000pc'],
    ['1,000-piece', '1000pc'],
    ['1000 piezas', '1000pc'],
    ['1000 pcs', '1000pc'],
    ['3-pack', '3pack'],
    ['pack of 3', '3pack'],
    ['paquete de 3', '3pack'],
    ['1,5 l', '1.5l'],
    ['1.5 litres', '1.5l'],
    ['8 fl oz', '8floz'],
    ['12"', '12in'],
    ['Lavender', 'lavender'],
  ])('%s → %s', (said, key) => {
    expect(optionKey(said)).toBe(key);
  });

  it('reads a bare number with the unit its option name implies', () => {
    expect(storedOptionTokens('Pieces', '1000')).toEqual(['1000pc']);
    expect(storedOptionTokens('Voltage', '18')).toEqual(['18v']);
    expect(storedOptionTokens('Keys', '88')).toEqual(['88key']);
    expect(storedOptionTokens('Scent', 'Lavender')).toEqual(['lavender']);
  });

  it('scores exact, contained and numeric matches, and never a different number', () => {
    expect(optionValueScore('1000 pieces', 'Pieces', '1000')).toBe(2);
    expect(optionValueScore('the 1000', 'Pieces', '1000')).toBe(2);
    expect(optionValueScore('100', 'Pieces', '1000')).toBe(0);
    expect(optionValueScore('lavender scent', 'Scent', 'Lavender')).toBe(1);
    expect(optionValueScore('pack of 3', 'Pack', '3-Pack')).toBe(2);
    expect(optionValueScore('50 feet', 'Length', '50 ft')).toBe(2);
    expect(optionValueScore('100 feet', 'Length', '50 ft')).toBe(0);
    expect(optionValueScore('50 ml', 'Length', '50 ft')).toBe(0);
    expect(optionValueScore('light', 'Gauge', 'Light 12-53')).toBe(1);
    expect(optionValueScore('12', 'Gauge', 'Light 12-53')).toBe(1);
    expect(optionValueScore('light 12-53', 'Gauge', 'Light 12-53')).toBe(2);
  });
});

describe('units shoppers say for one another (issue 12)', () => {
  it('reads gallons, and ounces for fluid ounces', () => {
    expect(optionKey('the gallon jug')).toContain('1gal');
    expect(optionValueScore('1 gallon', 'Volume', '1 gal')).toBe(2);
    expect(optionValueScore('64 ounce', 'Volume', '64 fl oz')).toBe(2);
    expect(optionValueScore('64 ounce', 'Volume', '16 fl oz')).toBe(0);
  });
});
