/**
 * How shoppers name variants in any catalog (issue 12), on an invented hardware-and-linen store
 * the engine was not written for: a basic colour word is never another family's shade, joined
 * sizes ("Double/Queen", "S/M") are reached by either part, "the big one" among measured sizes,
 * counts before measures, count words before "pack", what several items share said once, and a
 * bare number after "in" read as a measured value the shop may have sold out.
 */
import { describe, expect, it } from 'vitest';
import { optionTokens } from '../../src/shop/catalog/option-values.ts';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import type { ProductInfo } from '../../src/shop/dialogue/results.ts';
import type { DecideInput } from '../../src/shop/dialogue/steps/action-types.ts';
import { matchColor, matchSize } from '../../src/shop/dialogue/steps/resolve.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { optionPhrase, sizeBySpan } from '../../src/shop/dialogue/variants/option-phrase.ts';
import { unlistedOption } from '../../src/shop/dialogue/variants/variant-options.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';
import { matchVariants } from '../../src/shop/products/variant-match.ts';

const V: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Brightwell Linen Tablecloth',
    'Brightwell Cotton Napkin Set',
    'Corvex Hex Key Set',
    'Corvex Torque Driver',
    'Stowline USB Flash Drive',
  ],
  categories: ['tablecloths', 'tablecloth', 'napkins', 'napkin', 'hex keys', 'drivers', 'flash drives'],
  brands: ['Brightwell', 'Corvex', 'Stowline'],
  // "Chalk" is the store's white, "Taupe" its beige; "Ivory" a shade the colour lists disagree on.
  colors: ['Chalk', 'Taupe', 'Ivory', 'Slate'],
  sizes: ['Double/Queen', 'King', 'S/M', 'L/XL', '60 x 84 in', '60 x 120 in'],
  attributes: ['linen', 'cotton'],
  minPrice: 5,
  maxPrice: 90,
  currency: 'USD',
};
const en = compileVocabulary(V);
const es = compileVocabulary({ ...V, language: 'es' });

const tablecloth: ProductInfo = {
  id: 'p_tablecloth',
  name: 'Brightwell Linen Tablecloth',
  sizes: [
    { size: '60 x 84 in', inStock: true },
    { size: '60 x 120 in', inStock: true },
  ],
  colors: [
    { color: 'Taupe', inStock: true },
    { color: 'Chalk', inStock: true },
  ],
};

describe('colour words', () => {
  it('keeps a basic colour word as the family, so each product resolves its own shade', () => {
    // One shade list puts "Ivory" beside "beige", the other under white: "beige" stays the
    // family, and the tablecloth's beige is its Taupe.
    expect(understand('the beige one is fine', en, 'en').slots.color).toBe('beige');
    expect(matchColor(tablecloth, 'beige')).toBe('Taupe');
    expect(matchColor(tablecloth, 'white')).toBe('Chalk');
  });
});

describe('joined sizes', () => {
  const duvet: ProductInfo = {
    id: 'p_duvet',
    name: 'Brightwell Cotton Duvet',
    sizes: [
      { size: 'Double/Queen', inStock: true },
      { size: 'King', inStock: true },
    ],
    colors: [],
  };
  it('reaches "Double/Queen" by either part, and an exact size first', () => {
    expect(matchSize(duvet, 'queen')).toBe('Double/Queen');
    expect(matchSize(duvet, 'double')).toBe('Double/Queen');
    expect(matchSize(duvet, 'king')).toBe('King');
    expect(matchSize(duvet, 'twin')).toBeUndefined();
  });
  it('lets the shop match a variant sold in a joined size ("S/M" for "small")', () => {
    const variants = [
      { id: 'a', size: 'S/M', color: 'Chalk' },
      { id: 'b', size: 'L/XL', color: 'Chalk' },
    ];
    expect(matchVariants(variants, { size: 'small' }).map((v) => v.id)).toEqual(['a']);
    expect(matchVariants(variants, { size: 'XL' }).map((v) => v.id)).toEqual(['b']);
    expect(matchVariants(variants, { size: 'XXL' })).toEqual([]);
  });
});

describe('sizes in words', () => {
  it('"the big one" is the largest measured size, "the small one" the smallest', () => {
    expect(sizeBySpan('the big linen one in taupe', tablecloth)).toBe('60 x 120 in');
    expect(sizeBySpan('the small one', tablecloth)).toBe('60 x 84 in');
    expect(sizeBySpan('the taupe one', tablecloth)).toBeUndefined();
  });
  it('never reads a word of the product name as a size word', () => {
    const big = { ...tablecloth, name: 'Brightwell Big Table Tablecloth' };
    expect(sizeBySpan('the big table one', big)).toBeUndefined();
  });
});

describe('counts and measures', () => {
  it('reads a count right before a measure as the quantity', () => {
    const u = understand('fine, two 128 gig ones', en, 'en');
    expect(u.slots.quantity).toBe(2);
    expect(optionTokens('two 128 gig ones').includes('128gb')).toBe(true);
  });
  it('reads count words before "pack" as the pack size', () => {
    expect(optionTokens('the twin pack')).toContain('2pack');
    expect(optionTokens('a single pack')).toContain('1pack');
    expect(optionTokens('the double pack')).toContain('2pack');
    // A bed size "Twin" stays a word.
    expect(optionTokens('the twin sheets')).toContain('twin');
    const napkins = {
      name: 'Brightwell Cotton Napkin Set',
      options: [
        {
          name: 'Pack',
          values: [
            { value: '1-pack', inStock: true },
            { value: '2-pack', inStock: true },
          ],
        },
      ],
    };
    expect(optionPhrase('the twin pack', napkins)).toEqual({ options: { Pack: '2-pack' } });
  });
});

describe('several items in one request', () => {
  it('gives every item the value said once after "both"', () => {
    const u = understand('add the hex key set and the torque driver, both metric', en, 'en');
    expect(u.slots.items).toHaveLength(2);
    for (const item of u.slots.items ?? []) expect(item.clause).toContain('metric');
  });
  it('gives every item the colour said "for both"', () => {
    const u = understand('add the linen tablecloth and the cotton napkin set, chalk for both', en, 'en');
    expect(u.slots.items?.map((i) => i.color)).toEqual(['Chalk', 'Chalk']);
  });
  it('reads "los dos de …" in Spanish the same way', () => {
    const u = understand('añade el hex key set y el torque driver, los dos de 4 mm', es, 'es');
    expect(u.slots.items).toHaveLength(2);
    expect(u.slots.items?.[0]?.clause).toContain('4');
  });
  it('leaves one item alone when nothing is shared', () => {
    const u = understand('add the hex key set and the torque driver', en, 'en');
    expect(u.slots.items?.[0]?.clause).not.toContain('driver');
  });
});

describe('Spanish ordinals', () => {
  it('"el cuarto de invitados" is a room, "el cuarto" alone the fourth', () => {
    expect(
      understand('para el cuarto de invitados quiero el mantel', es, 'es').slots.ordinals,
    ).toBeUndefined();
    expect(understand('dame el cuarto', es, 'es').slots.ordinals).toEqual([4]);
  });
});

describe('a bare number after "in" for a measured option', () => {
  const drive: ProductInfo = {
    id: 'p_drive',
    name: 'Stowline USB Flash Drive',
    sizes: [],
    colors: [],
    // Search lists only what is in stock: the 256GB is sold out and missing here.
    options: Object.assign(
      [
        {
          name: 'Capacity',
          values: [
            { value: '64GB', inStock: true },
            { value: '128GB', inStock: true },
          ],
        },
      ],
      { partial: true as const },
    ),
  };
  const input = (said: string) => ({ nlu: understand(said, en, 'en') }) as unknown as DecideInput;
  it('passes "in 256" on, so the shop can refuse the sold-out 256GB with what is in stock', () => {
    expect(unlistedOption(input('two of the flash drives in 256'), drive, undefined)).toBe('256');
  });
  it('does not read a listed value or the quantity as unlisted', () => {
    expect(unlistedOption(input('two of the flash drives in 128'), drive, undefined)).toBeUndefined();
    expect(unlistedOption(input('I want 2'), drive, undefined)).toBeUndefined();
  });
});
