/**
 * Pure mechanisms added for unseen shops: spoken units read as catalog spellings, figures and
 * features answered only from a product's own text (with "no" for weaker claims), and the
 * Spanish retail vocabulary's alternatives and plurals.
 */
import { describe, expect, it } from 'vitest';
import { englishOf, spanishPhrases } from '../../src/shop/catalog/retail-vocabulary.ts';
import { answerFeature } from '../../src/shop/dialogue/answers/specs.ts';
import { answerAmount, rankAmount } from '../../src/shop/dialogue/answers/specs-amount.ts';
import type { ProductInfo } from '../../src/shop/dialogue/results.ts';
import { canonicalUnits, splitNumberUnit } from '../../src/shop/dialogue/words/units.ts';

const product = (id: string, name: string, description: string): ProductInfo => ({
  id,
  name,
  description,
  sizes: [],
  colors: [],
});

const ignite = product('a', 'Ignite Pre-Workout', 'Fruit punch pre-workout with 300 mg caffeine per scoop.');
const calm = product('b', 'Calm Pump', 'Stimulant-free pre-workout, 0 mg caffeine, with citrulline.');
const buds = product(
  'c',
  'Pulse Buds',
  'True wireless earbuds, splash resistant (IPX4), 8 hour battery life.',
);
const halo = product('d', 'Halo ANC', 'Noise cancelling headphones with 40 hour battery life. Weight 250 g.');
const sofa = product('e', 'Cloud Sofa', 'Deep-seat sofa, width 280 cm. Covers are spot clean only.');

describe('units as said and as catalogs write them', () => {
  it('reads a spoken unit after a number as its abbreviation, and a title figure as number + unit', () => {
    expect(canonicalUnits(['65', 'watt', 'charger'])).toEqual(['65', 'w', 'charger']);
    expect(canonicalUnits(['5', 'libras'])).toEqual(['5', 'lb']);
    expect(canonicalUnits(['watt', 'meter'])).toEqual(['watt', 'meter']);
    expect(splitNumberUnit('65w')).toEqual(['65', 'w']);
    expect(splitNumberUnit('s24')).toEqual(['s24']);
  });
});

describe('figures and features from the product text only', () => {
  it('gives the figure next to the word asked about, or says it does not know', () => {
    expect(answerAmount(ignite, 'caffeine', 'en')).toMatch(/300 mg caffeine/);
    expect(answerAmount(sofa, 'width', 'en')).toMatch(/width 280 cm/);
    expect(answerAmount(buds, 'battery', 'en')).toMatch(/8 hour battery/);
    expect(answerAmount(sofa, 'calories', 'en')).toMatch(/don.t know/);
    expect(answerAmount(ignite, 'cafeína', 'es')).toMatch(/300 mg caffeine, según su descripción/);
  });

  it('ranks compared products by that figure', () => {
    expect(rankAmount([buds, halo], 'battery', true, 'en')).toMatch(/^Halo ANC: 40 hour battery/);
    expect(rankAmount([buds, halo], 'battery', false, 'en')).toMatch(/^Pulse Buds/);
    expect(rankAmount([buds, sofa], 'battery', true, 'en')).toBeUndefined();
  });

  it('reads power in amps or watts ("2,000 peak amps"), in either language', () => {
    // A tool card (no battery word): only the amps its description gives tell the power apart.
    const small = product(
      'j1',
      'Spark Mini Booster',
      'A pocket booster for small cars. 1,000 peak amps. LED light.',
    );
    const big = product('j2', 'Spark Max Booster', 'Starts trucks. 2,500 peak amps. USB-C 18 W in and out.');
    expect(rankAmount([small, big], 'power', true, 'en')).toMatch(/^Spark Max Booster: 2500 peak amps/);
    expect(rankAmount([small, big], 'potencia', true, 'es')).toMatch(/^Spark Max Booster: 2500 peak amps/);
  });

  it('answers no for 0 mg, -free and weaker claims, yes when the text says it', () => {
    expect(answerFeature(calm, ['caffeine'], 'en')).toMatch(/^No/);
    expect(answerFeature(ignite, ['caffeine'], 'en')).toMatch(/^Yes/);
    expect(answerFeature(buds, ['waterproof'], 'en')).toMatch(/^No: .*splash resistant/);
    expect(answerFeature(sofa, ['washable'], 'en')).toMatch(/^No: .*spot clean only/);
    expect(answerFeature(buds, ['resistentes', 'agua'], 'es')).toMatch(/^No: .*splash resistant/);
    expect(answerFeature(halo, ['waterproof'], 'en')).toMatch(/don.t know/);
  });
});

describe('Spanish retail vocabulary', () => {
  it('uses the first alternative the catalog knows, and reads -ces and -les plurals', () => {
    const known = (english: string) => ['bookshelf', 'speakers', 'charging cables'].includes(english);
    expect(spanishPhrases(['estanterias'], known).map((h) => h.english)).toEqual(['bookshelf']);
    expect(spanishPhrases(['altavoces'], known).map((h) => h.english)).toEqual(['speakers']);
    expect(spanishPhrases(['cables', 'de', 'carga'], known).map((h) => h.english)).toEqual([
      'charging cables',
    ]);
    expect(englishOf('estanteria')).toBe('bookcase');
  });
});
