import { describe, expect, it } from 'vitest';
import { compareReply } from '../replies/compare-reply.ts';
import type { ProductInfo } from '../results.ts';
import type { DialogueState } from '../state.ts';
import type { DecideInput } from '../steps/actions.ts';
import { comparisonSides } from '../steps/compare-sides.ts';
import { answerProperty, askedProperties } from '../understand/properties.ts';
import { describedSubject, questionSubject, shortNameSubject } from '../understand/question-subject.ts';
import { dimensionOf, figureFor, figuresOf, rankByDimension } from './attribute-view.ts';

// Invented products of verticals no round covers: speakers, kayaks, heaters, blankets.
const product = (
  id: string,
  name: string,
  description: string,
  extra: Partial<ProductInfo> = {},
): ProductInfo => ({
  id,
  name,
  description,
  sizes: [],
  colors: [],
  ...extra,
});

const speakerSmall = product(
  'p1',
  'Tidewave Pebble Bluetooth Speaker',
  'A pocket speaker that plays for 12 hours on a charge. Connects up to 30 ft away. Splash resistant (IPX4). Weighs 9 oz.',
  { price: 39 },
);
const speakerBig = product(
  'p2',
  'Tidewave Boombox 2 Party Speaker',
  'Plays 20 hours on a charge and pairs from up to 150 ft away. Not waterproof: keep it dry. Weighs 6.5 lb.',
  { price: 199 },
);
const heater = product(
  'p3',
  'Emberline Oil-Filled Radiator Heater',
  'Heats a 150 sq ft room using 1500 watts, as warm as an old 2000 watt coil heater. For indoor use only. Not for use in bathrooms: dry locations only.',
);
const blanket = product(
  'p4',
  'Loomhaven Merino Throw Blanket',
  'Soft merino wool, 50 x 60 in. Hand wash cold and dry flat.',
);
const kayak = product(
  'p5',
  'Riverkin K2 Touring Kayak',
  'A 12 ft touring kayak with an adjustable padded seat and a rudder. Rated for 300 lb.',
);

describe('the figure view of a product', () => {
  it('files every number with a unit under its dimension, with its sentence', () => {
    const figs = figuresOf(speakerSmall);
    expect(figs.find((f) => f.dimension === 'duration')).toMatchObject({ value: 12, text: '12 hours' });
    expect(figs.find((f) => f.dimension === 'weight')?.value).toBeCloseTo(255.15, 1);
    expect(figs.find((f) => f.dimension === 'length')?.quote).toContain('Connects up to 30 ft away');
  });

  it('counts a figure said only to compare last', () => {
    expect(figureFor(heater, 'power')?.text).toBe('1500 watts');
    expect(figuresOf(heater).find((f) => f.text === '2000 watt')?.compared).toBe(true);
  });

  it('maps a shopper’s quality word to a dimension, in English and Spanish', () => {
    expect(dimensionOf('farthest')).toBe('distance');
    expect(dimensionOf('lightest')).toBe('weight');
    expect(dimensionOf('light')).toBe('brightness');
    expect(dimensionOf('alcance')).toBe('distance');
    expect(dimensionOf('colour')).toBeUndefined();
  });

  it('ranks products by a dimension, reach counting lengths said as a range', () => {
    const far = rankByDimension([speakerSmall, speakerBig], 'distance', false);
    expect(far?.best.id).toBe('p2');
    expect(far?.figure.text).toBe('150 ft');
    const light = rankByDimension([speakerSmall, speakerBig], 'weight', true);
    expect(light?.best.id).toBe('p1');
    // One product giving the figure among several is still the answer.
    expect(rankByDimension([speakerSmall, blanket], 'duration', false)?.best.id).toBe('p1');
    expect(rankByDimension([blanket], 'duration', false)).toBeUndefined();
  });
});

describe('yes / no properties asked by a need', () => {
  it('reads which property a question asks', () => {
    expect(askedProperties('can i throw it in the washer')).toEqual(['washable']);
    expect(askedProperties('could i use it out on the patio')).toEqual(['outdoor']);
    expect(askedProperties('will it be ok in a steamy bathroom')).toContain('damp');
    expect(askedProperties('what colour is it')).toEqual([]);
  });

  it('answers no from a denial, yes from a claim, nothing when the text is silent', () => {
    expect(answerProperty(blanket, 'can i throw it in the washer', 'en')).toMatch(/^No: .*Hand wash cold/);
    expect(answerProperty(heater, 'could i put it out on the deck', 'en')).toMatch(/^No: .*indoor use only/);
    expect(answerProperty(heater, 'is it ok in the bathroom', 'en')).toMatch(/^No: .*dry locations only/);
    expect(answerProperty(kayak, 'can you adjust the seat', 'en')).toMatch(/^Yes: .*adjustable padded seat/);
    expect(answerProperty(speakerBig, 'will it survive the rain', 'en')).toMatch(/^No: .*Not waterproof/);
    expect(answerProperty(kayak, 'is it dimmable', 'en')).toBeUndefined();
  });

  it('answers a Spanish shopper in Spanish, quoting only the claim', () => {
    const es = answerProperty(blanket, 'lo puedo meter en la lavadora', 'es');
    expect(es).toMatch(/^No, según la descripción de Loomhaven Merino Throw Blanket/);
    expect(es).toContain('«Hand wash');
  });
});

const state = (over: Partial<DialogueState>): DialogueState => ({
  lastResults: [],
  known: new Map(),
  identified: false,
  recent: [],
  ...over,
});

describe('the subject of a question and what is asked', () => {
  it('tells a pronoun subject, a describing word and a lead-in apart', () => {
    const tokens = (t: string) => t.split(' ');
    expect(questionSubject(tokens('would that one be ok next to the pool'), 'en')).toMatchObject({
      pronoun: true,
    });
    expect(questionSubject(tokens('does the blue one float'), 'en')).toMatchObject({
      pronoun: false,
      describing: ['blue'],
    });
    expect(questionSubject(tokens('and the k2 one does that have a rudder'), 'en')).toMatchObject({
      describing: ['k2'],
    });
    expect(questionSubject(tokens('la de madera flota'), 'es')).toMatchObject({ describing: ['madera'] });
  });

  it('finds the product seen that a describing word or a model number names', () => {
    const seen = state({ lastResults: [speakerSmall, speakerBig, kayak] });
    expect(describedSubject({ subjectWords: ['boombox'] }, seen)?.id).toBe('p2');
    expect(shortNameSubject('how long is the k2', seen, {})?.id).toBe('p5');
    expect(shortNameSubject('how long is it', seen, {})).toBeUndefined();
  });

  it('lets a product named in the question win over a seen one sharing a word of its name', () => {
    const seen = state({ lastResults: [speakerSmall, kayak], focus: speakerSmall });
    expect(shortNameSubject('is the tidewave boombox waterproof', seen, {})?.id).toBe('p1');
    const named = { productNames: ['Tidewave Boombox 2 Party Speaker'] };
    expect(shortNameSubject('is the tidewave boombox waterproof', seen, named)).toBeUndefined();
  });
});

describe('two products side by side', () => {
  it('sets the figures both texts give next to each other, with prices', () => {
    const reply = compareReply([speakerSmall, speakerBig], 'en')!;
    expect(reply).toContain('Tidewave Pebble Bluetooth Speaker: 12 hours');
    expect(reply).toContain('Tidewave Boombox 2 Party Speaker: 20 hours');
    expect(reply).toMatch(/\$39\.00/);
  });

  it('says what each description says first when no figure is shared', () => {
    const reply = compareReply([blanket, kayak], 'es')!;
    expect(reply).toMatch(/^Comparando: Loomhaven Merino Throw Blanket: /);
    expect(reply).toContain('Riverkin K2 Touring Kayak');
  });
});

describe('the two sides of a comparison', () => {
  const input = (text: string): DecideInput =>
    ({
      nlu: { text, language: 'en' },
      state: state({ lastResults: [speakerSmall, speakerBig, kayak] }),
    }) as unknown as DecideInput;

  it('places each side on the title that carries its words', () => {
    const s: { productNames?: string[] } = {};
    expect(comparisonSides(input('compare the pebble and the boombox'), s)).toBe(true);
    expect(s.productNames).toEqual(['Tidewave Pebble Bluetooth Speaker', 'Tidewave Boombox 2 Party Speaker']);
  });

  it('leaves a side most of whose words no title seen carries to the catalog lookup', () => {
    const s: { productNames?: string[] } = {};
    expect(comparisonSides(input('compare the pebble and the solar party lantern'), s)).toBe(false);
    expect(s.productNames).toBeUndefined();
  });
});
