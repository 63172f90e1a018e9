import { describe, expect, it } from 'vitest';
import type { Row } from './search-candidates.ts';
import { generalPrior, rarity } from './search-scoring.ts';
import { concepts } from './terms.ts';

const row = (text: string): Row => ({
  id: text,
  document_id: 'd',
  heading_path: '[]',
  text,
  title: 'Help',
  source: 'help.md',
  kind: 'faq',
  language: 'en',
  rank: 0,
});

describe('general-English prior of a word no passage says', () => {
  it('keeps all the weight of a rare or unknown word, less of a common one, never under its floor', () => {
    expect(generalPrior(undefined)).toBe(1);
    expect(generalPrior(50_000)).toBe(1);
    expect(generalPrior(300)).toBeLessThan(generalPrior(3_000));
    expect(generalPrior(3_000)).toBeLessThan(1);
    expect(generalPrior(0)).toBeGreaterThanOrEqual(0.3);
  });

  it('weighs an unsaid everyday word ("already") under an unsaid rare one ("kayak"), and leaves said words alone', () => {
    const asked = concepts('I already have a kayak, is the paddle refundable');
    const byWord = new Map(asked.map((c) => [c.word, c]));
    const rows = [row('A paddle is refundable within 30 days.'), row('Paddles ship in a tube.')];
    const ranks = new Map([
      ['already', 400],
      ['kayak', 30_000],
      ['paddle', 20],
    ]);
    const withPrior = rarity(40, asked, rows, (w) => ranks.get(w));
    const without = rarity(40, asked, rows);
    const w = (r: typeof withPrior, word: string) => r.weight(byWord.get(word)!);
    expect(w(withPrior, 'already')).toBeLessThan(w(withPrior, 'kayak'));
    expect(w(without, 'already')).toBe(w(without, 'kayak'));
    // "paddle" is said by the shop: its weight is its rarity there, whatever its general rank.
    expect(w(withPrior, 'paddle')).toBe(w(without, 'paddle'));
  });
});
