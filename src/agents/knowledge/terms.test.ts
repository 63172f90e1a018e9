import { describe, expect, it } from 'vitest';
import { concepts } from './terms.ts';

const asked = (q: string) => concepts(q).map((c) => c.word);

describe('question concepts', () => {
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
