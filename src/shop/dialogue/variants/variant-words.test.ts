/**
 * Variant values as shoppers say them (issue 12), on invented material (a yarn shop, a paint
 * shop, a tea shop, a climbing shop): colours by their own words and by family, numbers in words,
 * dozens, fractions, "in" after a number, familiar words, two-size labels, "the bigger one",
 * several values of one product in one request.
 */
import { describe, expect, it } from 'vitest';
import { bestColors, colorMatchRank } from '../../catalog/search-colors.ts';
import { colorByWords } from '../words/color-words.ts';
import { asNamedValue, saysOnlyValue } from '../words/multi-values.ts';
import { numberTokens } from '../words/numbers.ts';
import { sizeByRank, sizePairSynonyms } from '../words/size-pairs.ts';
import { decimalFractions, optionPhrase } from './option-phrase.ts';
import { withoutLeadFiller } from './variant-words.ts';

const values = (...vs: string[]) => vs.map((value) => ({ value, inStock: true }));
const colors = (...cs: string[]) => cs.map((color) => ({ color, inStock: true }));

describe('colours: one table, families and shades between them', () => {
  it('takes a shade of the family said before one only also called by it', () => {
    // A paint shop's swatches: "beige" is Linen Cream (a beige) before Pebble Stone (grey, also beige).
    expect(bestColors(['Pebble Stone', 'Linen Cream', 'Ink'], 'beige')).toEqual(['Linen Cream']);
    expect(bestColors(['Pebble Stone', 'Ink', 'Fern'], 'beige')).toEqual(['Pebble Stone']);
    expect(colorMatchRank('Pebble Stone', 'grey')).toBe(2);
    expect(colorMatchRank('Pebble Stone', 'beis')).toBe(1);
    expect(colorMatchRank('Fern', 'beige')).toBe(0);
  });

  it('reaches metal finishes and warm shades by their family word', () => {
    expect(bestColors(['Satin Brass', 'Graphite'], 'gold')).toEqual(['Satin Brass']);
    expect(bestColors(['Ember', 'Graphite'], 'naranja')).toEqual(['Ember']);
    expect(bestColors(['Titanium', 'Ink Black'], 'gray')).toEqual(['Titanium']);
  });

  it('reads a catalog colour by some of its own words', () => {
    const yarn = { name: 'Merino Worsted Skein', colors: colors('Deep Sea Teal', 'Sea Foam', 'Deep Forest') };
    expect(colorByWords('the deep sea one please', yarn)).toBe('Deep Sea Teal');
    expect(colorByWords('sea foam', yarn)).toBe('Sea Foam');
    // "deep" alone is in two of them: no one colour.
    expect(colorByWords('the deep one', yarn)).toBeUndefined();
  });
});

describe('numbers and units in values', () => {
  it('reads dozens as counts', () => {
    const text = (s: string) =>
      numberTokens(s.split(' '), 'en')
        .map((n) => n.text)
        .join(' ');
    expect(text('just a dozen')).toBe('just 12');
    expect(text('two dozen eggs')).toBe('24 eggs');
    expect(text('half a dozen')).toBe('6');
    expect(numberTokens('media docena'.split(' '), 'es')[0]?.value).toBe(6);
  });

  it('reads a whole and a fraction said in words as the decimal a catalog writes', () => {
    expect(decimalFractions(['the', '1', '3', '4in', 'cam'])).toEqual(['the', '1.75in', 'cam']);
    const cams = { options: [{ name: 'Width', values: values('1.25 in', '1.75 in') }] };
    expect(optionPhrase('the 1 3 4 inch one', cams)).toEqual({ options: { Width: '1.75 in' } });
  });

  it('reads "in" after a number as the preposition when inches name nothing', () => {
    const kettle = { options: [{ name: 'Power', values: values('1200W', '1800W') }] };
    expect(optionPhrase('put a 1800 in', kettle)).toEqual({ options: { Power: '1800W' } });
    const rope = { options: [{ name: 'Length', values: values('40 in', '60 in') }] };
    expect(optionPhrase('the 60 in one', rope)).toEqual({ options: { Length: '60 in' } });
  });

  it('reads familiar words for values ("righty")', () => {
    const shoe = { options: [{ name: 'Foot', values: values('Left', 'Right') }] };
    expect(optionPhrase('a righty please', shoe)).toEqual({ options: { Foot: 'Right' } });
  });
});

describe('sizes said in words', () => {
  it('says two-size labels as both sizes', () => {
    expect(sizePairSynonyms('S/M')).toContainEqual(['small medium', 'S/M']);
    expect(sizePairSynonyms('ML')).toContainEqual(['medium large', 'ML']);
    expect(sizePairSynonyms('L/XL')).toContainEqual(['large to extra large', 'L/XL']);
    expect(sizePairSynonyms('M')).toEqual([]);
  });

  it('takes the largest or smallest letter size for "the bigger one"', () => {
    expect(sizeByRank(['the', 'bigger', 'one'], ['Small', 'Medium', 'Large'])).toBe('Large');
    expect(sizeByRank(['el', 'pequeno'], ['M', 'XL', 'S'])).toBe('S');
    expect(sizeByRank(['the', 'big', 'one'], ['8 oz', '16 oz'])).toBeUndefined();
  });
});

describe('several values of one product in one request', () => {
  it('makes a value-only part the named product, borrowing the unit said once', () => {
    const named = {
      slots: { productNames: ['Summit Belay Carabiner'] },
      clause: ['a', '24', 'kilonewton', 'carabiner'],
    };
    const part = { slots: { quantity: 22, quantityAt: 1 }, clause: ['a', '22'] };
    expect(saysOnlyValue(part.clause, part.slots)).toBe(true);
    expect(asNamedValue(part, named)).toEqual({
      productNames: ['Summit Belay Carabiner'],
      clause: 'a 22 kilonewton',
    });
    expect(saysOnlyValue(['the', 'tea'], { category: 'tea' })).toBe(false);
  });
});

describe('discourse words before a request', () => {
  it('are left out', () => {
    expect(withoutLeadFiller('ok so then two of the green ones')).toBe('two of the green ones');
    expect(withoutLeadFiller('vale pues y una de 500 g')).toBe('y una de 500 g');
    expect(withoutLeadFiller('then')).toBe('then');
  });
});
