/** Price questions in their roundabout forms, read as price questions (not as spec questions). */
import { describe, expect, it } from 'vitest';
import { asksPrice } from './question.ts';

describe('asksPrice', () => {
  it.each([
    'how much would the Lumaroo kettle set me back?',
    'how much will that blender run?',
    'what would the Lumaroo go for',
    'how much does it cost',
  ])('English "%s" asks the price', (q) => {
    expect(asksPrice(q.toLowerCase().replace(/[?]/g, ''), 'en')).toBe(true);
  });

  it.each(['y cuanto me costaria la lumaroo', 'cuanto nos sale el hervidor', 'cuanto valdria la batidora'])(
    'Spanish "%s" asks the price',
    (q) => {
      expect(asksPrice(q, 'es')).toBe(true);
    },
  );

  it('other "how much" questions are not about the price', () => {
    expect(asksPrice('how much would the lumaroo kettle hold', 'en')).toBe(false);
    expect(asksPrice('how much water does it boil at once', 'en')).toBe(false);
    expect(asksPrice('cuanto pesa la lumaroo', 'es')).toBe(false);
  });
});
