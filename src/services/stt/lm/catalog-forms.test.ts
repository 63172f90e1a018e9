import { describe, expect, it } from 'vitest';
import {
  bareNumberForms,
  categoryForms,
  distinguishingPrefixes,
  integerReadings,
  productNameForms,
  sizeForms,
  spokenForms,
} from './catalog-forms.ts';
import { fillersFor, fixArticles, generateCorpus, optionForms } from './phrases.ts';

describe('catalog spoken forms', () => {
  it('reads number+unit tokens as words, singular, plural and bare', () => {
    expect(spokenForms('Traverse 45L Backpack')).toEqual([
      'traverse forty five liter backpack',
      'traverse forty five liters backpack',
      'traverse forty five backpack',
    ]);
    expect(spokenForms('900ml')).toContain('nine hundred milliliters');
    expect(spokenForms('20 degree')).toContain('twenty degrees');
    expect(spokenForms('Waterproof')).toEqual(['waterproof']);
  });

  it('reads the line-weight, yard and wire-gauge abbreviations as words', () => {
    expect(spokenForms('5 wt')).toContain('five weight');
    expect(spokenForms('100 yd')).toContain('one hundred yards');
    expect(spokenForms('12 AWG')).toContain('twelve gauge');
    expect(spokenForms('4 x 7 in')).toContain('four by seven inch');
  });

  it('leaves a spaced one-letter "unit" alone: "10 M" is a size, not ten meters', () => {
    expect(spokenForms('Size 10 M')).toEqual(['size ten m']);
  });

  it('speaks sizes as shoppers do, keeping the catalog spelling', () => {
    expect(sizeForms('9.5')).toContain('nine and a half');
    expect(sizeForms('S/M')).toContain('small medium');
    expect(sizeForms('Long')).toEqual(['long']);
    expect(sizeForms('110 cm')).toContain('one hundred ten centimeters');
    expect(sizeForms('XL')).toContain('extra large');
  });

  it('derives brand + model, model alone and model + type from a title', () => {
    const forms = productNameForms('Alpenglow Nimbus 2 Tent', ['Alpenglow'], ['tents', 'tent']);
    expect(forms).toEqual(
      expect.arrayContaining([
        'alpenglow nimbus two tent',
        'nimbus two tent',
        'nimbus two',
        'alpenglow nimbus two',
      ]),
    );
    const boot = productNameForms(
      'Basalt Talus GTX Hiking Boot',
      ['Basalt'],
      ['hiking boots', 'hiking boot'],
    );
    expect(boot).toEqual(expect.arrayContaining(['talus gtx', 'talus gtx boot', 'basalt talus gtx']));
    // A plural type in the title is also said in the singular, and the other way round.
    expect(productNameForms('Basalt Approach Gaiters', ['Basalt'], ['gaiters', 'gaiter'])).toEqual(
      expect.arrayContaining(['approach gaiter', 'approach gaiters', 'basalt approach']),
    );
  });

  it('falls back to dropping the head noun when the type is not in the catalog', () => {
    expect(productNameForms('Summit 65L Pack', [], [])).toEqual(
      expect.arrayContaining([
        'summit sixty five liter pack',
        'summit sixty five liter',
        'summit sixty five pack',
      ]),
    );
  });

  it('also names a product without its quantities, and by its first word + type', () => {
    const knife = productNameForms('Kasumi 20 cm Chef Knife', [], ['kitchen knives', 'kitchen knife']);
    expect(knife).toEqual(
      expect.arrayContaining(['kasumi twenty centimeter chef knife', 'kasumi chef knife']),
    );
    const oven = productNameForms('Heritage Cast Iron Dutch Oven 5.5L', [], ['dutch ovens', 'dutch oven']);
    expect(oven).toEqual(
      expect.arrayContaining([
        'heritage cast iron dutch oven five and a half liter',
        'heritage cast iron dutch oven',
        'heritage dutch oven',
      ]),
    );
    // The type is not in the title: first word + head noun.
    expect(productNameForms('Petite Cast Iron Cocotte 1.5L', [], ['dutch ovens'])).toContain(
      'petite cocotte',
    );
  });

  it('finds the leading words that tell a product line apart', () => {
    const prefixes = distinguishingPrefixes(
      [
        'Vortex Pro 1400 Blender',
        'Vortex Go Personal Blender',
        'Whirlmax Heritage Cast Iron Dutch Oven 5.5L',
        'Kasumi 20 cm Chef Knife',
        'Kasumi Paring Knife',
      ],
      ['Whirlmax'],
    );
    expect(prefixes.sort()).toEqual(['heritage', 'vortex go', 'vortex pro']);
  });

  it('adds the head noun of multi-word types', () => {
    expect(categoryForms(['trekking poles'])).toEqual(['trekking poles', 'poles']);
  });

  it('takes prices in the common currencies and bare, since a Shopify CSV names none', () => {
    const f = fillersFor({
      language: 'en',
      productNames: ['Loft Pad'],
      categories: ['pads'],
      brands: [],
      colors: ['moss'],
      sizes: ['Regular'],
      attributes: ['insulated'],
      minPrice: 20,
      maxPrice: 100,
      currency: 'EUR',
    });
    expect(f.price).toEqual(expect.arrayContaining(['fifty euros', 'fifty dollars', 'fifty']));
  });

  it('keeps no store words in the templates: an unrelated catalog yields only its own nouns', () => {
    const corpus = generateCorpus(
      {
        language: 'en',
        productNames: ['Copper Kettle'],
        categories: ['kettles'],
        brands: ['Hearth'],
        colors: ['copper'],
        sizes: ['1.5 L'],
        attributes: ['induction'],
        minPrice: 10,
        maxPrice: 90,
        currency: 'USD',
      },
      { sentences: 3000 },
    ).join(' ');
    // ("waterproof" is one of the generic property words now, like "cheapest": not a store word.)
    for (const w of ['hoodie', 'jacket', 'shoes', 'fleece', 'navy', 'tent'])
      expect(corpus).not.toMatch(new RegExp(`\\b${w}\\b`));
    expect(corpus).toMatch(/\bcopper kettle\b/);
  });

  it('reads fractions, mixed numbers, hyphenated and dotted units as shoppers say them', () => {
    expect(sizeForms('3/4"')).toEqual(expect.arrayContaining(['three quarter inch']));
    expect(sizeForms('1/8"')).toEqual(expect.arrayContaining(['one eighth inch', 'an eighth inch']));
    expect(sizeForms('5/32"')).toContain('five thirty seconds inch');
    expect(spokenForms('Hose 5/8 in. x 50 ft')).toContain('hose five eighths inch x fifty foot');
    expect(spokenForms('Clamp 2-1/2 in.')).toContain('clamp two and a half inch');
    expect(spokenForms('2.5Ah')).toEqual(expect.arrayContaining(['two and a half amp hour']));
    expect(spokenForms('3.0Ah')).toContain('three amp hour');
    expect(spokenForms('6-pack')).toEqual(expect.arrayContaining(['six pack', 'six packs']));
    expect(spokenForms('Socket Set, 40-Piece')).toContain('socket set forty piece');
    // Not units: "7-in-1", a gauge "14/2", a size letter after a space.
    expect(spokenForms('Kettle 7-in-1 Multi-Cooker')).toEqual(['kettle seven in one multi cooker']);
    expect(spokenForms('Cable 14/2 Wire')).toEqual(['cable fourteen two wire']);
  });

  it('reads a bare mixed number, spaced amps, quarters and a fraction of a unit as said', () => {
    // A grip size "4 1/8" was "four one eight"; "4 3/8" "four three eight".
    expect(sizeForms('4 1/8')).toEqual(['four and one eighth', 'four and an eighth', 'four one eighth']);
    expect(sizeForms('4 3/8')).toEqual(['four and three eighths', 'four three eighths']);
    expect(optionForms('4 1/4')).not.toContain('four one four');
    // "2.5 A" on a power supply is amps in an option value; a glued "34A" stays a cup size.
    expect(optionForms('2.5 A')).toEqual(
      expect.arrayContaining(['two and a half amps', 'two point five amp']),
    );
    expect(spokenForms('34A')).toEqual(['thirty four a']);
    expect(optionForms('1.75 in')).toEqual(expect.arrayContaining(['one and three quarters inch']));
    expect(optionForms('1.30 mm')).toContain('one point three millimeter');
    expect(optionForms('3/4 in')).toContain('three quarters of an inch');
    expect(optionForms('7/8"')).toContain('seven eighths of an inch');
    expect(optionForms('1 1/2 in')).toContain('an inch and a half');
    expect(optionForms('1/2 lb')).toContain('half a pound');
    expect(optionForms('1/2 lb')).not.toContain('a half of a pound');
  });

  it('reads round hundreds with "a" and three- or four-digit numbers in pairs', () => {
    expect(integerReadings(100)).toEqual(['one hundred', 'a hundred', 'hundred']);
    expect(integerReadings(250)).toEqual(['two hundred fifty', 'two fifty']);
    expect(integerReadings(1200)).toEqual(['one thousand two hundred', 'twelve hundred']);
    expect(integerReadings(407)).toContain('four oh seven');
    expect(spokenForms('100 ft')).toEqual(expect.arrayContaining(['a hundred foot', 'hundred foot']));
    expect(bareNumberForms('Jasmine 205')).toEqual(['jasmine two oh five']);
    expect(bareNumberForms('Jasmine')).toEqual([]);
  });

  it('speaks option values: "1 L" is a liter there, before a noun without the unit plural', () => {
    expect(optionForms('1 L')).toContain('one liter');
    expect(optionForms('250 ml')).toEqual(
      expect.arrayContaining(['two hundred fifty milliliters', 'two fifty milliliter']),
    );
    expect(optionForms('250 ml', { plural: false })).not.toContain('two hundred fifty milliliters');
    expect(optionForms('Mint 120')).toEqual(
      expect.arrayContaining(['mint one hundred twenty', 'mint one twenty']),
    );
    expect(optionForms('S/M')).toContain('small medium');
  });

  it('says "a" or "an" by the next word', () => {
    expect(fixArticles('add an mint tea and a orange tea')).toBe('add a mint tea and an orange tea');
    expect(fixArticles('an one liter bottle an hour')).toBe('a one liter bottle an hour');
  });

  it('puts option values, option names and the shop promo codes in the corpus', () => {
    const corpus = generateCorpus(
      {
        language: 'en',
        productNames: ['Copper Kettle'],
        categories: ['kettles'],
        brands: ['Hearth'],
        colors: [],
        sizes: [],
        attributes: ['induction'],
        options: ['1.5 L', '3-pack', 'Mint 120', 'finish', 'capacity'],
        promoCodes: ['BREW15'],
        minPrice: 10,
        maxPrice: 90,
        currency: 'USD',
      },
      { sentences: 6000 },
    );
    const text = corpus.join('\n');
    expect(text).toMatch(/\bone and a half liter\b/);
    expect(text).toMatch(/\bthree pack\b/);
    expect(text).toMatch(/\bmint one twenty\b/);
    expect(text).toMatch(/\bwhat finishes does\b/);
    expect(text).toMatch(/\bcode brew fifteen\b/);
    expect(text).toMatch(/^(apply|use|redeem|add) brew fifteen\b/m);
    expect(text).not.toMatch(/\ban (?![aeiou])\w/);
  });
});

describe('numbers under one and ranges, as said', () => {
  it('reads a decimal under one as its fraction or "point …", never "zero and …"', () => {
    expect(optionForms('0.75 inch')).toEqual(
      expect.arrayContaining(['three quarter inch', 'three quarters of an inch', 'point seven five inch']),
    );
    expect(optionForms('0.5 inch')).toEqual(
      expect.arrayContaining(['half inch', 'a half inch', 'half an inch']),
    );
    expect(optionForms('0.8 mm')).toEqual(
      expect.arrayContaining(['point eight millimeter', 'zero point eight millimeter']),
    );
    expect(sizeForms('0.5')).toEqual(expect.arrayContaining(['half', 'point five']));
    for (const v of ['0.75 inch', '0.5 inch', '0.5', '0.25 in']) {
      expect([...optionForms(v), ...sizeForms(v)].filter((f) => f.startsWith('zero and'))).toEqual([]);
    }
  });

  it('reads a range before a unit with "to", and leaves mixed fractions and dimensions alone', () => {
    expect(optionForms('4-5 oz')).toEqual(
      expect.arrayContaining(['four to five ounce', 'four to five ounces']),
    );
    expect(spokenForms('Belt 10-12 ft')).toContain('belt ten to twelve feet');
    expect(optionForms('1-1/2 inch')).toContain('one and a half inch');
    expect(optionForms('12 x 24 in')).toContain('twelve by twenty four inch');
    // Not a range: a model number with a dash ("Series 9-3 mm" stays as written, the bigger number first).
    expect(spokenForms('Tip 9-3 mm')[0]).toBe('tip nine three millimeter');
  });
});
