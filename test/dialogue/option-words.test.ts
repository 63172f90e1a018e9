/**
 * Option values said in words and measures in product names, on an invented garden-power and
 * plumbing store: a number said with a unit names only what has that number in that unit, a
 * measure is never a count, fractions and "one litre" are read as the catalog writes them.
 */
import { describe, expect, it } from 'vitest';
import { optionKey } from '../../src/shop/catalog/option-values.ts';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { optionText } from '../../src/shop/dialogue/steps/actions.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { cognateForms, optionPhrase } from '../../src/shop/dialogue/variants/option-phrase.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const EN: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Voltmark 12 Amp Corded Leaf Blower',
    'Voltmark 40V Cordless String Trimmer',
    'Voltmark 40V Lithium Battery Pack',
    'Fenwick Brass Sprinkler Set, 15-Piece',
    'Fenwick Heavy Rubber Garden Hose',
    'Quillon Stainless Pipe Wrench',
    'Quillon Teflon Thread Seal Tape',
  ],
  categories: ['leaf blowers', 'leaf blower', 'trimmers', 'trimmer', 'batteries', 'battery', 'hoses', 'hose'],
  brands: ['Voltmark', 'Fenwick', 'Quillon'],
  colors: ['green', 'black'],
  sizes: [],
  attributes: ['cordless', 'corded', 'brass'],
  minPrice: 4,
  maxPrice: 199,
  currency: 'USD',
};
const en = compileVocabulary(EN);
const u = (text: string) => understand(text, en, 'en');

const values = (name: string, ...vs: string[]) => ({
  name,
  values: vs.map((value) => ({ value, inStock: true })),
});

describe('option values said in words', () => {
  it.each([
    ['a quarter inch', '1/4"'],
    ['three eighths inch', '3/8"'],
    ['half inch', '1/2"'],
    ['four amp hour', '4.0Ah'],
    ['6 amp hours', '6.0Ah'],
    ['the one liter bottle', '1 L'],
  ])('"%s" says the value %s', (said, stored) => {
    // The engine reads number words as digits first ("four" → "4").
    expect(optionKey(u(said).text)).toContain(optionKey(stored));
  });

  it('picks the value of a product option from a whole request', () => {
    const product = {
      options: [values('Size', '1/8"', '1/4"', '3/8"'), values('Capacity', '2.0Ah', '4.0Ah', '6.0Ah')],
    };
    expect(optionPhrase(optionText(u('add two of the bits, a quarter inch')), product)).toEqual({
      options: { Size: '1/4"' },
    });
    expect(optionPhrase(optionText(u('and a four amp hour one')), product)).toEqual({
      options: { Capacity: '4.0Ah' },
    });
  });
});

describe('a whole "one" with its fraction, and the amp symbol', () => {
  const charger = { options: [values('Output', '1 A', '1.5 A', '2 A')] };

  it('"one and a half amps" is the 1.5 A output, "one" alone stays a pronoun', () => {
    expect(optionPhrase(optionText(u('one and a half amps then')), charger)).toEqual({
      options: { Output: '1.5 A' },
    });
    expect(optionPhrase(optionText(u('the two amp one')), charger)).toEqual({ options: { Output: '2 A' } });
    expect(u('the green one and a hose').text).not.toMatch(/\d/);
  });

  it('a capital A after a number keys like "amps"; a lower-case "a" stays an article', () => {
    expect(optionKey('1.5 A')).toBe(optionKey('1.5 amps'));
    expect(optionKey('2 a day')).not.toBe(optionKey('2 amps day'));
  });
});

describe('measures are not counts, and name only what carries them', () => {
  it('a number with a unit is not the quantity', () => {
    expect(u('add a 40 volt battery').slots.quantity).toBeUndefined();
    expect(u('add a 50 foot hose').slots.quantity).toBeUndefined();
    expect(u('add the garden hose, the 3 pack').slots.quantity).toBeUndefined();
    expect(u('add two packs of the thread seal tape').slots.quantity).toBe(2);
  });

  it('a plural unit word right after the count is what is counted, a singular one a measure', () => {
    // "string" is a unit ("a 12 string guitar"), and still "add 2 strings" counts strings.
    expect(u('add 2 strings').slots.quantity).toBe(2);
    expect(u('add a 12 string trimmer').slots.quantity).toBeUndefined();
    expect(u('add the 6 strings').slots.quantity).toBeUndefined();
  });

  it('the number read as the quantity does not also pick an option value', () => {
    const n = u('I want three hoses in green');
    expect(n.slots.quantity).toBe(3);
    expect(optionPhrase(optionText(n), { options: [values('Pack', 'Single', '3-pack')] })).toEqual({});
  });

  it('"4 amp hour" does not name the 12 Amp blower, "15 ounce" not the 15-Piece set, "500 pack" not the Battery Pack', () => {
    expect(u('add a 4 amp hour voltmark battery').slots.productNames ?? []).not.toContain(
      'Voltmark 12 Amp Corded Leaf Blower',
    );
    expect(u('the 12 amp voltmark blower').slots.productNames).toEqual([
      'Voltmark 12 Amp Corded Leaf Blower',
    ]);
    expect(u('add the pipe wrench, the 15 ounce').slots.productNames).toEqual([
      'Quillon Stainless Pipe Wrench',
    ]);
    expect(u('add a 500 pack of the thread seal tape').slots.productNames).toEqual([
      'Quillon Teflon Thread Seal Tape',
    ]);
  });
});

describe('Spanish option words by the suffixes Spanish and English share', () => {
  const knife = {
    name: 'Ridgeway Pocket Knife',
    options: [values('Tools', '7-function', '14-function'), values('Lock', 'Friction', 'Compression')],
  };

  it('"funciones" is the catalog\'s "function", "compresión" its "compression"', () => {
    expect(cognateForms('funciones')).toContain('function');
    expect(cognateForms('compresion')).toContain('compression');
    expect(cognateForms('cuchillo')).toEqual([]);
    expect(optionPhrase('me llevo la de 14 funciones', knife)).toEqual({ options: { Tools: '14-function' } });
    expect(optionPhrase('con cierre de compresion', knife)).toEqual({ options: { Lock: 'Compression' } });
  });
});
