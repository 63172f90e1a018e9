import { describe, expect, it } from 'vitest';
import { askedPriceOf, askedQualifier } from './question-qualifier.ts';

describe('askedQualifier', () => {
  it('reads whom a discount is asked for, in English, Spanish and its machine English', () => {
    expect(askedQualifier('is there a discount for military families')).toBe('military families');
    expect(askedQualifier('do you have deals for seniors on weekdays?')).toBe('seniors');
    expect(askedQualifier('¿hay descuento para militares?')).toBe('militares');
    expect(askedQualifier('There is discount for soldiers?')).toBe('soldiers');
  });

  it('reads what the shopper would pay with, or have the shop accept', () => {
    expect(askedQualifier('can I pay the monthly fee with PayPal')).toBe('paypal');
    expect(askedQualifier('¿aceptan pagos con bitcoin?')).toBe('bitcoin');
    expect(askedQualifier('do you accept Apple Pay?')).toBe('apple pay');
  });

  it('leaves out conditions, figures, returns and other questions', () => {
    expect(askedQualifier('do you give a discount for buying two')).toBeUndefined();
    expect(askedQualifier('is there a discount for 3 kids or more')).toBeUndefined();
    expect(askedQualifier('do you accept returns on sale items?')).toBeUndefined();
    expect(askedQualifier('how much do you take up front when I reserve')).toBeUndefined();
    expect(askedQualifier('how long does delivery take?')).toBeUndefined();
  });
});

describe('askedPriceOf', () => {
  it('reads the thing whose price is asked and its head word, English head last, Spanish first', () => {
    expect(askedPriceOf('how much do the junior goggles cost')).toEqual({
      thing: 'junior goggles',
      head: 'goggles',
    });
    expect(askedPriceOf('how much is a felt sauna hat')).toEqual({ thing: 'felt sauna hat', head: 'hat' });
    expect(askedPriceOf('¿cuánto cuestan las gafas graduadas?')).toEqual({
      thing: 'gafas graduadas',
      head: 'gafas',
    });
  });

  it('is undefined for a price of "it", a measure, a service verb or no price at all', () => {
    expect(askedPriceOf('how much is it per month for group lessons')).toBeUndefined();
    expect(askedPriceOf('how much notice do I need to give')).toBeUndefined();
    expect(askedPriceOf('how much does the grand weigh')).toBeUndefined();
    expect(askedPriceOf('how much do you charge for a tuning')).toBeUndefined();
    expect(askedPriceOf('¿cuánto cuesta afinar el piano?')).toBeUndefined();
    expect(askedPriceOf('how much of what I paid do I get back')).toBeUndefined();
  });
});
