/** The corpus is sampled per template (stable under template changes); model numbers and small decimals read as said. */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { numberReadings, productNameForms } from './catalog-forms.ts';
import { deckPicker, expand, fillersFor, sampleTemplates } from './phrases.ts';

const WELD: CatalogVocabulary = {
  language: 'en',
  productNames: ['Arcforge 7018 Stick Electrodes', 'Arcforge Solid Mig Wire'],
  categories: ['electrodes', 'mig wire'],
  brands: ['Arcforge'],
  colors: ['Flame'],
  sizes: [],
  attributes: [],
  options: ['diameter', '0.035 in', '1/8 in'],
  promoCodes: [],
  descriptionTerms: [],
  descriptionSentences: [],
  minPrice: 9,
  maxPrice: 60,
  currency: 'USD',
};

describe('corpus sampling', () => {
  const fillers = fillersFor(WELD);
  const a = 'add [the|a] {product} [please|]';
  const b = 'do you have {category} in {option}';
  const c = 'show me [the|] {color} {product}';

  it("keeps each template's sentences when another template is added before it", () => {
    const before = sampleTemplates([a, b], fillers, 40);
    const after = sampleTemplates([a, c, b], fillers, 40);
    expect(after.slice(0, 40)).toEqual(before.slice(0, 40));
    expect(after.slice(80)).toEqual(before.slice(40));
    expect(after.slice(40, 80).every((s) => s.startsWith('show me'))).toBe(true);
  });

  it('deals each choice point from a deck: over k rounds every alternative is taken k times', () => {
    let x = 7;
    const rand = () => {
      x = (x * 48271) % 2147483647;
      return x / 2147483647;
    };
    const picker = deckPicker(rand);
    const counts = new Map<string, number>();
    for (let i = 0; i < 4 * 3; i++) {
      const s = expand('[add|get|put] the {category}', fillers, rand, picker) as string;
      const key = s.split(' ')[0] as string;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({ add: 4, get: 4, put: 4 });
    const slot = new Map<string, number>();
    for (let i = 0; i < 5 * fillers.category.length; i++) {
      const s = expand('show me {category}', fillers, rand, picker) as string;
      slot.set(s, (slot.get(s) ?? 0) + 1);
    }
    expect(new Set(slot.values())).toEqual(new Set([5]));
    expect(slot.size).toBe(fillers.category.length);
  });

  it('gives more sentences of a template as a prefix of the longer sample', () => {
    expect(sampleTemplates([b], fillers, 60).slice(0, 25)).toEqual(sampleTemplates([b], fillers, 25));
  });
});

describe('numbers as shoppers say them', () => {
  it('reads a model number in a title in pairs ("seventy eighteen"), not only "seven thousand eighteen"', () => {
    const forms = productNameForms('Arcforge 7018 Stick Electrodes', ['Arcforge'], ['electrodes']);
    expect(forms).toContain('seventy eighteen stick electrodes');
    expect(forms).toContain('arcforge seventy eighteen stick electrodes');
  });

  it('reads zeros after the point as "oh" too ("point oh three five")', () => {
    expect(numberReadings('0.035')).toEqual(
      expect.arrayContaining(['point oh three five', 'point zero three five']),
    );
    expect(numberReadings('0.5')).not.toContain('point oh five');
  });
});
