/**
 * The general mechanisms of branch dlg-en10, on invented products of our own (not the scooter
 * set's lines), read by the pure answer readers the dialogue uses: a yes/no lead that follows the
 * sentence's polarity ("barely", "hardly", "mounts for X", an age bound said with under/over), and
 * figure questions that name the unit or the kind asked ("how many grams", "how big", "how often").
 */
import { describe, expect, it } from 'vitest';
import { yesNo } from '../../../src/shop/dialogue/answers/answer-lead.ts';
import { answerFeature } from '../../../src/shop/dialogue/answers/specs.ts';
import { answerFigure } from '../../../src/shop/dialogue/answers/text-answer.ts';
import { answerAge } from '../../../src/shop/dialogue/answers/text-lines.ts';
import type { ProductInfo } from '../../../src/shop/dialogue/results.ts';
import { useTestStore } from '../../store/databases.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { gridRow } from './variant-grid.ts';

const product = (name: string, description: string): ProductInfo => ({
  id: name,
  name,
  description,
  sizes: [],
  colors: [],
});

const kayak = product(
  'Reedline Touring Kayak',
  'A 12 ft sit-in touring kayak. The deck has fittings for a rudder; paddle sold separately. Not for paddlers under 16 without an adult. Weighs 22 kg. Rinse the hull every 2 weeks in salt water.',
);
const soap = product(
  'Brightwave Hull Soap',
  'Gentle hull soap in a 750 ml jug. Hardly any scent. Each sponge measures 12 x 8 cm.',
);
const jabon = product(
  'Jabón Marino Olaclara',
  'Jabón suave para cascos en bidón de 750 ml. Apenas deja olor. Preparado para una bomba dosificadora. Pesa 800 gramos. Aplicar una vez al mes.',
);

const q = (s: string) => s.toLowerCase().replace(/[?¿]/g, '').split(' ');

describe('dlg-en10 mechanisms: yes/no polarity follows the sentence', () => {
  it('"hardly any X" and "apenas" answer no', () => {
    expect(answerFeature(soap, ['scent'], 'en', q('does it have a strong scent?'))).toMatch(/^No\b/);
    expect(answerFeature(jabon, ['olor'], 'es', q('¿deja mucho olor?'))).toMatch(/^No\b/);
  });

  it('"mounts / preparado para X" leaves X itself out: no', () => {
    const rudder = answerFeature(
      product('Reedline Kayak', 'The deck has mounts for a rudder.'),
      ['rudder'],
      'en',
      q('does it come with a rudder?'),
    );
    expect(rudder).toMatch(/^No\b/);
    expect(answerFeature(jabon, ['bomba', 'dosificadora'], 'es', q('¿trae bomba dosificadora?'))).toMatch(
      /^No\b/,
    );
    // An affirmative sentence that states it still answers yes.
    expect(
      answerFeature(
        product('Reedline Kayak', 'Ships with a rudder.'),
        ['rudder'],
        'en',
        q('has it a rudder?'),
      ),
    ).toMatch(/^Yes\b/);
  });

  it('an age bound said with under/over decides, turned round by a negation', () => {
    expect(answerAge(kayak, q('can a 12 year old paddle it?'), 'en')).toMatch(/^No\b/);
    expect(answerAge(kayak, q('is it ok for a 30 year old?'), 'en')).toMatch(/^Yes\b/);
    const toy = product('Mini Paddle', 'For kids under 10.');
    expect(answerAge(toy, q('is it fine for a 6 year old?'), 'en')).toMatch(/^Yes\b/);
    expect(answerAge(toy, q('is it fine for a 12 year old?'), 'en')).toMatch(/^No\b/);
    // A bound of weight is no age.
    expect(answerAge(product('Seat', 'For loads under 100 kg.'), q('can a 12 year old use it?'), 'en')).toBe(
      undefined,
    );
  });
});

describe('dlg-en10 mechanisms: figures of the kind asked', () => {
  it('a unit named in the question asks its dimension', () => {
    expect(answerFigure(kayak, ['grams'], 'en', q('how many grams is it?'))).toMatch(/22 kg/);
    expect(answerFigure(soap, ['liters'], 'en', q('how many liters is the jug?'))).toMatch(/750 ml/);
    expect(answerFigure(jabon, ['gramos'], 'es', q('¿cuántos gramos tiene?'))).toMatch(/800 gramos/);
  });

  it('"how big" and "dimensions" ask a size', () => {
    expect(answerFigure(soap, ['big'], 'en', q('how big is each sponge?'))).toMatch(/12 x 8 cm/);
    expect(answerFigure(soap, ['dimensions'], 'en', q('what are the dimensions?'))).toMatch(/12 x 8 cm/);
  });

  it('"how often" picks the sentence saying a rate, in English and Spanish', () => {
    expect(answerFigure(kayak, ['often', 'rinse'], 'en', q('how often should i rinse it?'))).toMatch(
      /every 2 weeks/,
    );
    expect(answerFigure(jabon, ['aplicar'], 'es', q('cada cuanto lo aplico'))).toMatch(/una vez al mes/);
  });
});

// A small garden store of our own for the focus mechanisms, played through the real importer,
// tool loop and shop tools.
const gardenCsv = () =>
  shopifyCsv(
    [
      gridRow({
        handle: 'hose-reel-a',
        title: 'Rolltide Hose Reel',
        body: '<p>A wall hose reel holding 30 m of hose. Frost proof.</p>',
        vendor: 'Rolltide',
        type: 'Hose Reels',
        tags: 'hose reel, garden',
        price: 49,
      }),
      gridRow({
        handle: 'hose-reel-b',
        title: 'Coilmate Hose Reel',
        body: '<p>A cart hose reel holding 50 m of hose. Keep indoors in winter.</p>',
        vendor: 'Coilmate',
        type: 'Hose Reels',
        tags: 'hose reel, garden',
        price: 69,
      }),
      gridRow({
        handle: 'kneeler',
        title: 'Padded Garden Kneelers (Pair)',
        body: '<p>A foam kneeler pad for weeding. Machine washable cover.</p>',
        vendor: 'Softground',
        type: 'Kneelers',
        tags: 'kneeler, garden, pad',
        price: 19,
      }),
      gridRow({
        handle: 'patio-soap',
        title: 'Patio Wash Soap',
        body: '<p>A soap for stone patios in a 1 L bottle.</p>',
        vendor: 'Softground',
        type: 'Cleaning',
        tags: 'soap, patio, wash',
        price: 11,
      }),
    ],
    300,
  );

describe('dlg-en10 mechanisms: the product a question is about', () => {
  const t = useTestStore('sqlite');
  const opts = { timeout: DEV_SET_TIMEOUT_MS };

  async function play(script: DevScript) {
    await loadOutdoor(t.store.db, gardenCsv());
    const r = await playScript(t.store.db, script);
    expect(r.misses).toEqual([]);
  }

  it('a kind named in the question, several of it seen: the one in the cart', opts, async () => {
    await play({
      name: 'kind in cart',
      language: 'en',
      steps: [
        { say: 'show me hose reels', shown: { some: /Coilmate Hose Reel/ } },
        { say: 'add the Coilmate hose reel', cart: [{ name: /Coilmate Hose Reel/ }] },
        { say: 'do you have a kneeler?', shown: { some: /Garden Kneeler/ } },
        {
          say: 'is the hose reel fine outside in winter?',
          notCalls: ['search_products'],
          reply: [/Coilmate/],
          notReply: [/Kneeler|Rolltide/],
        },
      ],
    });
  });

  it("a verb the focus product's text makes an adjective of is asked of the focus", opts, async () => {
    await play({
      name: 'derived word',
      language: 'en',
      steps: [
        { say: 'do you have patio soap?', shown: { some: /Patio Wash Soap/ } },
        { say: 'tell me about the garden kneelers', reply: [/Kneelers/] },
        {
          say: 'can I machine-wash them?',
          notCalls: ['search_products'],
          reply: [/^Yes/, /Kneeler/],
          notReply: [/Patio/],
        },
      ],
    });
  });
});

describe('dlg-en10 mechanisms: the lead of a store-information answer', () => {
  it('"sold separately", "barely", "apenas" lead with no', () => {
    expect(yesNo('is the stand included?', ['The stand is sold separately.'])).toBe('no');
    expect(yesNo('does the cover get wet?', ['The cover barely gets wet in rain.'])).toBe('no');
    expect(yesNo('¿la funda se moja?', ['La funda apenas se moja con lluvia.'])).toBe('no');
  });
});
