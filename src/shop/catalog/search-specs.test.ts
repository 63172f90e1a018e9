import { describe, expect, it } from 'vitest';
import { parseSpecs, sortValue } from './search-specs.ts';

describe('specs parsed from product text', () => {
  it('reads weights in any unit, preferring the one a cue names', () => {
    expect(parseSpecs('Frameless pack. Weight 1.1 kg.').weight).toEqual({ value: 1100, text: '1.1 kg' });
    expect(parseSpecs('Poles, sold as a pair. Weight 440 g per pair.').weight?.value).toBe(440);
    expect(parseSpecs('Holds 2 lb of gear; weighs 12 oz').weight?.value).toBe(340.2);
  });
  it('reads capacity from a title before the description, and people as a fallback for size', () => {
    const s = parseSpecs('Summit Pack 45L Ultralight Backpack', 'a 30 litre bag inside');
    expect(s.capacity).toEqual({ value: 45, text: '45L' });
    const tent = parseSpecs('Ridgeline UL 2 Person Tent');
    expect(tent.capacity).toBeUndefined();
    expect(sortValue('biggest', tent, 100)).toBe(2);
    expect(parseSpecs('Kettle, 500 ml').capacity?.value).toBe(0.5);
  });
  it('reads temperature ratings in °C and °F, brightness and power', () => {
    expect(parseSpecs('Comfort rating -7 °C.').temperature?.value).toBe(-7);
    expect(parseSpecs('Rated to 20°F').temperature?.value).toBe(-6.67);
    expect(parseSpecs('400 lumen headlamp').brightness?.value).toBe(400);
    expect(parseSpecs('1200 W blender').power?.value).toBe(1200);
  });
  it('does not read unrelated numbers', () => {
    expect(parseSpecs('3000 mm coating, two doors, 2 pockets')).toEqual({});
  });
});

import { colorFamily, colorSatisfies } from './search-colors.ts';

describe('colour families', () => {
  it('puts catalog shades in a family and lets the basic word match them', () => {
    expect(colorFamily('Moss')).toBe('green');
    expect(colorFamily('Deep Slate')).toBe('grey');
    expect(colorSatisfies('Moss', 'green')).toBe(true);
    expect(colorSatisfies('Moss', 'verde')).toBe(true);
    expect(colorSatisfies('Moss', 'moss')).toBe(true);
    expect(colorSatisfies('Charcoal', 'slate')).toBe(false);
    expect(colorSatisfies('Red', 'green')).toBe(false);
  });
});

describe('figures only superlatives read', () => {
  it('reads pressure, how long something lasts and a cued altitude; thousands keep their comma', () => {
    // A tyre inflator, a candle, a vineyard's wine: none of them from the evaluation catalogs.
    expect(parseSpecs('Cordless inflator, inflates to 150 psi').pressure?.value).toBe(150);
    expect(parseSpecs('Pressure washer rated 130 bar').pressure?.value).toBeCloseTo(1885);
    expect(parseSpecs('Soy candle: burns for 45 hours').duration?.value).toBe(45);
    expect(parseSpecs('Battery lasts 90 minutes').duration?.value).toBe(1.5);
    expect(parseSpecs('Vines grown at 1,200 m above sea level').altitude?.value).toBe(1200);
    // A length in metres with no altitude word is no altitude.
    expect(parseSpecs('A 2 m charging cable').altitude).toBeUndefined();
    expect(parseSpecs('Weight: 1,010 g').weight?.value).toBe(1010);
    expect(parseSpecs('Weight: 1,5 kg').weight?.value).toBe(1500);
  });
});
