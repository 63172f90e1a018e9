import { describe, expect, it } from 'vitest';
import { concepts, sameWord, strength } from './terms.ts';

const asked = (q: string) => concepts(q).map((c) => c.word);

describe('question concepts', () => {
  it('leaves out what a contraction leaves once its apostrophe splits it', () => {
    expect(asked("we don't want the lamp and it isn't working")).toEqual(['lamp', 'working']);
  });

  it('leaves out a number said aloud: it is the shopper’s own figure, not what the passage says', () => {
    expect(asked('my fifteen year old is home, can he take the delivery')).toEqual([
      'year',
      'old',
      'home',
      'delivery',
    ]);
    expect(asked('I weigh two hundred eighty, is the commuter ok')).toEqual(['weigh', 'commuter']);
    expect(asked('ya tiene como ciento cincuenta millas')).not.toContain('cincuenta');
    // Figures stay (a passage may say the same one), and "one" is mostly "the folding one".
    expect(asked('why did I pay 10 cents extra')).toContain('10');
    expect(asked('how heavy is the folding one')).toContain('one');
  });

  it('leaves out words that frame a question rather than say what it is about', () => {
    expect(asked('is there a minimum where the delivery becomes free')).toEqual([
      'minimum',
      'delivery',
      'free',
    ]);
    expect(asked('can somebody come out if it gets windy')).toEqual(['come', 'windy']);
  });
});

describe('a concept said in a passage', () => {
  const said = (q: string, text: string) => strength(concepts(q)[0]!, text);

  it('is not said by another long word sharing only its five-letter stem', () => {
    // "discount" and "Discover" (the card) share "disco": the cards page said nothing of discounts.
    expect(said('discount', 'We accept Visa, Mastercard and Discover.')).toBe(0);
    expect(sameWord('discount', 'discover')).toBe(false);
  });

  it('is said by the forms of one word', () => {
    expect(said('refund', 'Orders are refunded within 5 days.')).toBe(1);
    expect(said('instalar', 'La instalación cuesta 80 euros.')).toBe(1);
    expect(said('returns', 'You can return it.')).toBe(1);
    expect(sameWord('delivery', 'delivered')).toBe(true);
  });
});

describe('money back said in a Spanish verb form', () => {
  it('reads "¿me devuelven el dinero?" as a refund, as "devolver el dinero" is', () => {
    expect(asked('¿me devuelven el dinero?')).toContain('reembolso');
    expect(asked('¿me pueden devolver el dinero?')).toContain('reembolso');
  });
});

describe('a concrete change to a thing said as the policy’s general word', () => {
  it('reads "soldered" and "rewired" as "modified" / "altered", in Spanish too', () => {
    const soldered = concepts('I soldered a new plug on').find((c) => c.word === 'soldered');
    expect(soldered && strength(soldered, 'The warranty is void if the machine has been modified.')).toBe(
      0.6,
    );
    const rewired = concepts('I rewired it').find((c) => c.word === 'rewired');
    expect(rewired && strength(rewired, 'La garantía no cubre equipos alterados.')).toBe(0.6);
    // A soldier is not a soldering: the military group stays apart.
    const soldier = concepts('discount for soldiers').find((c) => c.word === 'soldiers');
    expect(soldier && strength(soldier, 'Void if the item has been modified.')).toBe(0);
  });
});
