/**
 * Finding products: price caps however they are said, negation of a brand said by its first word,
 * a second kind said as what the first is for, and Spanish retail words, on an invented baby store.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const EN: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Nestling Cloud Convertible Car Seat',
    'Nestling Pebble Infant Car Seat',
    'Bramble Trek Jogging Stroller',
    'Bramble Rain Cover for Strollers',
    'Softstep Organic Cotton Sleep Sack',
    'Glowbug Night Light',
    'Hushly White Noise Machine',
  ],
  descriptionTerms: ['bpa-free', 'machine-washable'],
  categories: [
    'car seats',
    'car seat',
    'strollers',
    'stroller',
    'stroller accessories',
    'sleep sacks',
    'sleep sack',
  ],
  brands: ['Nestling Baby', 'Bramble Gear', 'Softstep'],
  colors: ['grey', 'sand', 'white'],
  sizes: ['S', 'M'],
  attributes: [
    'convertible',
    'infant',
    'jogging',
    'organic cotton',
    'rain cover',
    'night light',
    'white noise',
  ],
  minPrice: 19,
  maxPrice: 499,
  currency: 'USD',
};
const en = compileVocabulary(EN);
const es = compileVocabulary({ ...EN, language: 'es' });
const u = (text: string, lang: 'en' | 'es' = 'en') => understand(text, lang === 'en' ? en : es, lang);

describe('finding products on an unseen vocabulary', () => {
  it('reads a price cap said as a negated floor or after the figure', () => {
    expect(u('strollers, nothing over 300 bucks').slots).toMatchObject({ maxPrice: 300 });
    expect(u('strollers, nothing over 300 bucks').slots.minPrice).toBeUndefined();
    expect(u('car seats 150 dollars or less').slots).toMatchObject({ maxPrice: 150 });
    expect(u('car seats over 150').slots).toMatchObject({ minPrice: 150 });
    expect(u('sillas de coche que no pasen de 150 dólares', 'es').slots).toMatchObject({ maxPrice: 150 });
    expect(u('cochecitos que no cuesten más de 300', 'es').slots).toMatchObject({ maxPrice: 300 });
    expect(u('cochecitos que no cuesten más de 300', 'es').slots.minPrice).toBeUndefined();
    expect(u('cochecitos de más de 300', 'es').slots).toMatchObject({ minPrice: 300 });
  });

  it('reads a brand by the first word its titles open with, and "anything but" it', () => {
    expect(u('only Bramble').slots.brand).toBe('Bramble Gear');
    expect(u('hmm, anything but Nestling')).toMatchObject({
      intent: 'refine',
      slots: { excludeBrand: 'Nestling Baby' },
    });
    expect(u('mejor cualquiera menos Nestling', 'es')).toMatchObject({
      intent: 'refine',
      slots: { excludeBrand: 'Nestling Baby' },
    });
    expect(u('mejor cualquiera menos Nestling', 'es').slots.query).toBeUndefined();
  });

  it('"no X", "without X", "sin X" is the property the catalog states ("X-free")', () => {
    expect(u('something with no bpa for the baby').slots).toMatchObject({
      attributes: ['bpa free'],
      query: 'bpa free',
    });
    expect(u('bottles without bpa').slots.excludeColor).toBeUndefined();
    expect(u('bottles without bpa').slots.attributes).toEqual(['bpa free']);
    // A word the catalog states no property of stays what it was.
    expect(u('strollers with no canopy').slots.attributes ?? []).not.toContain('canopy free');
  });

  it('a tag of several words beats a colour word, and a tag in the plural is a kind', () => {
    expect(u('white noise machines').slots).toMatchObject({ attributes: ['white noise'] });
    expect(u('white noise machines').slots.color).toBeUndefined();
    const r = u('hmm, they are cute. just the night lights');
    expect(r.intent).toBe('refine');
    expect(r.slots.productNames).toBeUndefined();
    expect(r.slots.query).toBe('night light');
  });

  it('reads superlatives over pressure, duration and altitude, and over what is shown', () => {
    expect(u('which inflator goes to the highest pressure').slots.sort).toBe('highest_pressure');
    expect(u('¿qué inflador llega a más presión?', 'es').slots.sort).toBe('highest_pressure');
    expect(u('which night light stays on the longest').slots.sort).toBe('longest_lasting');
    expect(u('¿cuál dura más?', 'es').slots.sort).toBe('longest_lasting');
    // Words beside a superlative that name nothing in the catalog are not searched for.
    const r = u('which one is grown at the higher altitude');
    expect(r.slots.sort).toBe('highest_altitude');
    expect(r.slots.query).toBeUndefined();
  });

  it('"which <kind> has the most X" asks for a ranking of that kind, not one product by name', () => {
    const r = u('which car seat has the most recline positions');
    expect(r.intent).toBe('spec');
    expect(r.slots).toMatchObject({ category: expect.stringMatching(/^car seats?$/), amount: 'recline' });
    expect(r.slots.productNames).toBeUndefined();
    expect(u('¿cuál tiene más posiciones?', 'es').slots.amount).toBe('posiciones');
  });

  it('"X or Y" looks for either kind, not the first alone', () => {
    const r = u('which of your strollers or car seats is the lightest');
    expect(r.slots.category).toBeUndefined();
    expect(r.slots.attributes).toEqual(expect.arrayContaining(['strollers', 'car seats']));
  });

  it('a second kind said as what the first is for describes the first', () => {
    expect(u('sleep sacks for my stroller')).toMatchObject({
      intent: 'search',
      slots: { category: 'sleep sacks', attributes: expect.arrayContaining(['stroller']) },
    });
    // Two kinds side by side are not a purpose.
    expect(u('sleep sacks and strollers').slots.attributes ?? []).not.toContain('strollers');
  });
});

describe('"first" that is not a position in the list', () => {
  it("a good first stroller / my first car seat / su primera sillita is a beginner's, not the first result", () => {
    expect(u("what's a good first stroller under 300?").slots.ordinals).toBeUndefined();
    expect(u('my first car seat, what do you suggest').slots.ordinals).toBeUndefined();
    expect(u('busco su primera sillita de coche', 'es').slots.ordinals).toBeUndefined();
    // Positions still are.
    expect(u('add the first one').slots.ordinals).toEqual([1]);
    expect(u('la primera, por favor', 'es').slots.ordinals).toEqual([1]);
  });
});
