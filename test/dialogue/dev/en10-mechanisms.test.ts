/**
 * The general mechanisms of branch dlg-en10, on invented products of our own (not the scooter
 * set's lines), read by the pure answer readers the dialogue uses: a yes/no lead that follows the
 * sentence's polarity ("barely", "hardly", "mounts for X", an age bound said with under/over), and
 * figure questions that name the unit or the kind asked ("how many grams", "how big", "how often").
 */
import { describe, expect, it } from 'vitest';
import { answerFeature } from '../../../src/shop/dialogue/answers/specs.ts';
import { answerFigure } from '../../../src/shop/dialogue/answers/text-answer.ts';
import { answerAge } from '../../../src/shop/dialogue/answers/text-lines.ts';
import type { ProductInfo } from '../../../src/shop/dialogue/results.ts';

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
