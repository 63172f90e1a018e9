import { describe, expect, it } from 'vitest';
import { figureIn, figureSaid, spansIn } from './figures.ts';

describe('figureIn: the kind of the shopper’s own figure', () => {
  it('reads ages, weights, lengths and money, units converted to the kind’s base', () => {
    expect(figureIn('can my 8 year old come in with me', '8')).toEqual({
      value: 8,
      kind: 'age',
      units: ['year', 'old'],
    });
    expect(figureIn('¿mi hija de 2 años puede ir?', '2')).toMatchObject({ value: 2, kind: 'age' });
    expect(figureIn("I'm 23, am I allowed to rent a van", '23')).toMatchObject({ value: 23, kind: 'age' });
    expect(figureIn('mi hijo pesa 25 kilos', '25')).toMatchObject({ value: 25, kind: 'weight' });
    expect(figureIn('is 40 pounds okay for the vest', '40')?.value).toBeCloseTo(18.14, 1);
    expect(figureIn('do I pay shipping on a $40 order', '40')).toMatchObject({ value: 40, kind: 'money' });
  });

  it('leaves a bare count and a figure without a unit alone', () => {
    expect(figureIn('can I order 30 of the same soda?', '30')).toBeUndefined();
    expect(figureIn('the compressor died after 18 months', '18')).toBeUndefined();
  });
});

describe('spansIn and figureSaid: the passage’s limits', () => {
  it('reads age ranges and limits, not durations in years', () => {
    expect(spansIn('Preschool classes take children aged 3 to 5.', 'age')).toEqual([{ lo: 3, hi: 5 }]);
    expect(spansIn('For babies from 6 months to 3 years old.', 'age')).toEqual([{ lo: 0.5, hi: 3 }]);
    expect(spansIn('Children under 12 must come with an adult.', 'age')).toEqual([{ lo: 0, hi: 12 }]);
    expect(spansIn('Wine is delivered to adults 21 or older.', 'age')).toEqual([
      { lo: 21, hi: Number.POSITIVE_INFINITY },
    ]);
    expect(spansIn('Heaters are covered for five years.', 'age')).toEqual([]);
    expect(spansIn('We take students from the age of five.', 'age')).toEqual([
      { lo: 5, hi: Number.POSITIVE_INFINITY },
    ]);
  });

  it('says a figure fully where a range holds it, units converted; partly where only its kind is stated', () => {
    const chart = 'Size 6 fits 19 to 22 kg. Size 8 fits 23 to 27 kg.';
    const vest = 'The vest is rated for children weighing 30 to 50 pounds.';
    expect(figureSaid({ value: 25, kind: 'weight' }, chart, 0.5)).toBe(1);
    expect(figureSaid({ value: 25, kind: 'weight' }, vest, 0.5)).toBe(0.5);
    expect(figureSaid({ value: 18.14, kind: 'weight' }, vest, 0.5)).toBe(1);
    expect(
      figureSaid({ value: 8, kind: 'age' }, 'The 6 kW and 8 kW heaters need a 240-volt circuit.', 0.5),
    ).toBe(0);
    expect(figureSaid({ value: 4, kind: 'age' }, 'Ages three to four join the group class.', 0.5)).toBe(1);
  });
});
