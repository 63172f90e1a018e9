import { describe, expect, it } from 'vitest';
import { descriptionSentences } from '../../../shop/catalog/vocabulary.ts';
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { descriptionFeatures, descriptionLines, phrasePlurals, pluralWord } from './description-phrases.ts';
import { fillersFor, generateCorpus } from './phrases.ts';

/** An invented aquarium shop: no eval catalog sells fish tanks. */
const AQUARIUM_DESCRIPTIONS = [
  '<p>A rimless nano tank for shrimp and small fish.</p><ul><li>Low-iron glass for clear viewing</li><li>Holds 20 gallons</li></ul>',
  '<p>Canister filter with adjustable flow rate. Quiet pump, 300 GPH flow rate.</p>',
  '<p>Full spectrum LED light with sunrise timer.</p>',
];

const AQUARIUM: CatalogVocabulary = {
  language: 'en',
  productNames: ['Reefline Nano Tank', 'Tidewater Canister Filter', 'Lumen Spectrum Light'],
  categories: ['tank', 'tanks', 'filter', 'filters', 'light', 'lights'],
  brands: ['Reefline', 'Tidewater', 'Lumen'],
  colors: ['black'],
  sizes: [],
  attributes: ['planted', 'freshwater', 'nano tank', 'heater'],
  options: ['capacity', '10 gal', '20 gal'],
  descriptionSentences: descriptionSentences(AQUARIUM_DESCRIPTIONS),
  minPrice: 20,
  maxPrice: 300,
  currency: 'USD',
};

const KNOWN = new Set(['freshwater', 'tanks', 'heaters', 'filters', 'glasses', 'batteries', 'lights']);

describe('description sentences (vocabulary)', () => {
  it('splits descriptions at paragraphs, list items and full stops, without markup', () => {
    expect(AQUARIUM.descriptionSentences).toEqual([
      'A rimless nano tank for shrimp and small fish',
      'Low-iron glass for clear viewing',
      'Holds 20 gallons',
      'Canister filter with adjustable flow rate',
      'Quiet pump, 300 GPH flow rate',
      'Full spectrum LED light with sunrise timer',
    ]);
  });

  it('takes the lines of a plain-text description as its clauses', () => {
    expect(descriptionSentences(['Quiet pump\nHolds 20 gallons. Low-iron glass'])).toEqual([
      'Quiet pump',
      'Holds 20 gallons',
      'Low-iron glass',
    ]);
  });
});

describe('description phrases for the LM', () => {
  it('speaks the sentences (numbers as words)', () => {
    expect(descriptionLines(['Holds 20 gallons', 'Low-iron glass'])).toEqual([
      'holds twenty gallons',
      'low iron glass',
    ]);
  });

  it('takes content words and pairs of them as features, most frequent first', () => {
    const features = descriptionFeatures(descriptionLines(AQUARIUM.descriptionSentences ?? []));
    expect(features.slice(0, 3)).toEqual(['flow', 'flow rate', 'rate']);
    expect(features).toContain('canister filter');
    expect(features).toContain('sunrise timer');
    expect(features).not.toContain('with');
    expect(features).not.toContain('twenty');
  });

  it('makes English plurals, only of words the dictionary knows', () => {
    expect(pluralWord('battery')).toBe('batteries');
    expect(pluralWord('glass')).toBe('glasses');
    expect(pluralWord('prongs')).toBeUndefined();
    const plurals = phrasePlurals(['nano tank', 'heater', 'planted', 'freshwater'], (w) => KNOWN.has(w));
    expect(plurals).toEqual(['nano tanks', 'heaters']);
  });

  it('puts the description words into the corpus: lines, spec questions, tag plurals', () => {
    const corpus = generateCorpus(AQUARIUM, { sentences: 8000, knownWord: (w) => KNOWN.has(w) });
    expect(corpus).toContain('canister filter with adjustable flow rate');
    const featureQuestions = corpus.filter((s) => /^how much (flow rate|flow|rate) (does|do) /.test(s));
    expect(featureQuestions.length).toBeGreaterThan(0);
    expect(corpus.some((s) => / nano tanks\b/.test(s))).toBe(true);
    // Without a dictionary no plural is guessed.
    expect(fillersFor(AQUARIUM).category).not.toContain('heaters');
    expect(fillersFor(AQUARIUM, undefined, (w) => KNOWN.has(w)).category).toContain('heaters');
  });

  it('keeps an option name that is plural already ("prongs" is not "prongses")', () => {
    const v: CatalogVocabulary = { ...AQUARIUM, options: ['prongs', '16', '100', 'capacity', '10 gal'] };
    const names = fillersFor(v).optionName;
    expect(names).toContain('prongs');
    expect(names).toContain('capacities');
    expect(names).not.toContain('prongses');
  });
});
