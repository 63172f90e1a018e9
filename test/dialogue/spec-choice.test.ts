/**
 * A choice between two named products by a quality, answered from each product's own text
 * (issue 12): the sides of "A or B" / "between A and B" / "entre A y B", the comparative said
 * ("quieter", "more durable", "más ligera", "abriga más"), and the answer naming both products
 * with what each text says. A fan and kettle store's words, not an evaluation round's.
 */
import { describe, expect, it } from 'vitest';
import {
  answerChoice,
  askedQuality,
  choiceSides,
  productForSide,
} from '../../src/shop/dialogue/answers/spec-choice.ts';
import type { ProductInfo } from '../../src/shop/dialogue/results.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const product = (id: string, name: string, description: string): ProductInfo => ({
  id,
  name,
  description,
  sizes: [],
  colors: [],
});
const breeze = product(
  'breeze',
  'Aerolux Breeze 12 Desk Fan',
  'Our quietest fan: 28 dB on low. Three speeds.',
);
const tempest = product(
  'tempest',
  'Aerolux Tempest Tower Fan',
  'A quiet tower fan with a remote. Oscillates 90 degrees.',
);
const gust = product('gust', 'Aerolux Gust Floor Fan', 'Moves a lot of air. Not quiet on high.');
const kettle = product('kettle', 'Brewhaus Steel Kettle', 'Brushed steel, 1.7 L.');

const norm = (said: string) =>
  understand(
    said,
    compileVocabulary({
      language: 'en',
      productNames: [],
      categories: [],
      brands: [],
      colors: [],
      sizes: [],
      attributes: [],
      minPrice: 1,
      maxPrice: 2,
      currency: 'USD',
    }),
    'en',
  ).text;

describe('the question read', () => {
  it('finds the two sides and the quality', () => {
    expect(choiceSides(norm('Breeze or Tempest, which one is quieter?'), 'en')).toEqual([
      ['breeze'],
      ['tempest'],
    ]);
    expect(choiceSides('between the tempest tower and the gust which is more durable', 'en')).toEqual([
      ['tempest', 'tower'],
      ['gust'],
    ]);
    expect(choiceSides('entre el breeze y el tempest cual es mas silencioso', 'es')).toEqual([
      ['breeze'],
      ['tempest'],
    ]);
    expect(askedQuality('breeze or tempest which one is quieter', 'en')?.words).toContain('quiet');
    expect(askedQuality('which is hotter the kettle or the pot', 'en')?.words).toContain('hot');
    expect(askedQuality('between the tempest and the gust which is more durable', 'en')?.words).toEqual([
      'durable',
    ]);
    expect(askedQuality('la breeze o la tempest cual es mas silenciosa', 'es')?.words).toContain('quiet');
    expect(askedQuality('la sherpa o la de lana cual abriga mas', 'es')?.words).toContain('warm');
  });
  it('a noun ending in -er is no comparative', () => {
    expect(askedQuality('which one has a filter the breeze or the tempest', 'en')).toBeUndefined();
    expect(askedQuality('breeze or tempest which is better', 'en')).toBeUndefined();
  });
  it('each side names the product sharing the most of its words', () => {
    const all = [breeze, tempest, gust, kettle];
    expect(productForSide(['tempest', 'tower'], all)?.id).toBe('tempest');
    expect(productForSide(['night', 'breeze'], all)?.id).toBe('breeze');
    expect(productForSide(['aerolux'], all)).toBeUndefined();
  });
});

describe('the answer', () => {
  it('the text calling itself the most of it wins, and both are named', () => {
    const a = answerChoice(tempest, breeze, { words: ['quiet'], said: 'quieter' }, 'en');
    expect(a).toMatch(/^Of the two, Aerolux Breeze 12 Desk Fan: its description says "Our quietest fan/);
    expect(a).toContain('Aerolux Tempest Tower Fan: "A quiet tower fan');
  });
  it('a negated mention does not count', () => {
    const a = answerChoice(gust, tempest, { words: ['quiet'], said: 'quieter' }, 'en');
    expect(a).toMatch(/^Of the two, Aerolux Tempest Tower Fan/);
    expect(a).toContain("Aerolux Gust Floor Fan: its description doesn't say");
  });
  it('neither text saying it is "I don\'t know", in the shopper\'s language', () => {
    expect(answerChoice(kettle, gust, { words: ['light'], said: 'lighter' }, 'en')).toMatch(
      /^I don't know: neither/,
    );
    expect(answerChoice(kettle, gust, { words: ['light'], said: 'mas ligera' }, 'es')).toMatch(
      /^No lo sé: ni la descripción/,
    );
  });
});

describe('two products set side by side', () => {
  it('"A stacks up against B", "A versus B" are choices with two sides', async () => {
    const { asksChoice } = await import('../../src/shop/dialogue/steps/choice-action.ts');
    expect(asksChoice('how does the breeze stack up against the tempest', 'en')).toBe(true);
    expect(asksChoice('breeze versus tempest which one is quieter', 'en')).toBe(true);
    expect(asksChoice('que diferencia hay entre el breeze y el tempest', 'es')).toBe(true);
    expect(asksChoice('show me fans under 50 or kettles', 'en')).toBe(false);
  });
  it('a number said names the product whose title writes it with its unit', () => {
    const lens = (id: string, name: string) => product(id, name, '');
    const all = [lens('a50', 'Lumora Art 50mm f/1.4 Lens'), lens('a14', 'Lumora Art 14mm f/1.8 Lens')];
    expect(productForSide(['art', '50'], all)?.id).toBe('a50');
  });
});

describe('a figure written with its unit in one word', () => {
  it('"33MP" in a title is 33 megapixels', async () => {
    const { rankAmount } = await import('../../src/shop/dialogue/answers/specs-amount.ts');
    const cams = [
      product('c1', 'Vela 5 26MP Camera', 'APS-C.'),
      product('c2', 'Vela 9 50MP Camera', 'Full frame.'),
    ];
    expect(rankAmount(cams, 'megapixels', true, 'en')).toMatch(/^Vela 9 50MP Camera: 50 mp, against 26 mp/);
  });
});

describe("a side's own words are no quality", () => {
  it('"the trail runner" names a product, "better" names no quality', () => {
    expect(askedQuality('which is better the trail runner or the hiking boots', 'en')).toBeUndefined();
    expect(askedQuality('the trail runner or the hiking boots which is lighter', 'en')?.words).toContain(
      'light',
    );
  });
});
