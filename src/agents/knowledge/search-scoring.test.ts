import { describe, expect, it } from 'vitest';
import { questionKind } from './question-kind.ts';
import { askedPriceOf, askedQualifier } from './question-qualifier.ts';
import type { Row } from './search-candidates.ts';
import { generalPrior, type QuestionReading, rarity, scorePassage } from './search-scoring.ts';
import { type Concept, concepts, strength } from './terms.ts';

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

describe('a figure no passage says', () => {
  it("is the shopper's own and weighs as the most common words do", () => {
    expect(generalPrior(undefined, '7')).toBe(generalPrior(0));
    expect(generalPrior(undefined, '12kg')).toBe(generalPrior(0));
    expect(generalPrior(undefined, 'kayak')).toBe(1);
  });
});

describe('scorePassage', () => {
  const weights = new Map([['kayak', 2]]);
  const reading = (query: string, says = strength): QuestionReading => {
    const asked = concepts(query);
    return {
      asked,
      kind: questionKind(query),
      offered: [],
      qualified: [],
      priced: [],
      renting: undefined,
      telling: asked,
      weight: (c) => weights.get(c.word) ?? 0.5,
      says,
      plainSays: says,
      minCoverage: 0.3,
      minSimilarity: 0.5,
    };
  };
  const candidate = (text: string) => ({ row: row(text), fused: 0, similarity: 0, reading: undefined });

  it('weighs the coverage minimum by rarity: filler words do not shut out the passage saying the rare one', () => {
    const q = reading('would my nephew tag along in the kayak');
    // One of four words said: 0.25 counted equally, under the 0.3 minimum; by weight 2 of 3.5.
    expect(q.asked.map((c) => c.word)).toEqual(['nephew', 'tag', 'along', 'kayak']);
    expect(scorePassage(q, candidate('Kayak outings welcome guests from age ten.'))).toBeDefined();
    expect(scorePassage(q, candidate('Guests under ten need an adult.'))).toBeUndefined();
  });

  it('counts a telling word said only loosely as not said (the refusal rule)', () => {
    // "repair" and "possible" taken as the shop's everyday words: only "accordion" tells.
    const ask = (closeness: number) => {
      const says = (c: Concept, text: string) =>
        strength(c, text) || (c.word === 'accordion' ? closeness : 0);
      const q = reading('is accordion repair possible', says);
      const telling = q.asked.filter((c) => c.word === 'accordion');
      return scorePassage({ ...q, telling, weight: () => 1 }, candidate('Piano repair is possible at home.'));
    };
    expect(ask(0.2)?.telling).toBe(false);
    expect(ask(0.4)?.telling).toBe(true);
  });
});

describe('scorePassage: whom a discount is for, what one pays with', () => {
  const reading = (query: string): QuestionReading => {
    const asked = concepts(query);
    return {
      asked,
      kind: questionKind(query),
      offered: [],
      qualified: concepts(askedQualifier(query) ?? ''),
      priced: concepts(askedPriceOf(query)?.thing ?? ''),
      pricedHead: concepts(askedPriceOf(query)?.head ?? '')[0]?.word,
      renting: undefined,
      telling: asked,
      weight: () => 1,
      says: strength,
      plainSays: strength,
      minCoverage: 0.3,
      minSimilarity: 0.5,
    };
  };
  const candidate = (text: string) => ({ row: row(text), fused: 0, similarity: 0, reading: undefined });
  const sibling = 'Sibling discount: the second child from the same family gets 10% off the monthly fee.';

  it('does not answer a discount for another audience with the page sharing its other words', () => {
    expect(
      scorePassage(reading('is there a discount for military families'), candidate(sibling)),
    ).toBeUndefined();
    expect(scorePassage(reading('is there a discount for families'), candidate(sibling))).toBeDefined();
  });

  it('reads the audience in its lexicon group, in Spanish too', () => {
    expect(scorePassage(reading('¿hay descuento para hermanos?'), candidate(sibling))).toBeDefined();
  });

  it('does not answer another payment method with the card-payment page', () => {
    const cards = 'We accept credit cards and debit cards; monthly fees are charged on the 1st.';
    expect(scorePassage(reading('can I pay the monthly fee with PayPal'), candidate(cards))).toBeUndefined();
    expect(
      scorePassage(reading('can I pay the monthly fee with a debit card'), candidate(cards)),
    ).toBeDefined();
  });

  it('does not answer the price of a thing with a page that names it but holds no price, or prices another', () => {
    const q = reading('how much do the junior goggles cost');
    expect(scorePassage(q, candidate('Junior goggles are for ages 3 to 8.'))).toBeUndefined();
    expect(scorePassage(q, candidate('The Junior life jacket costs $48.'))).toBeUndefined();
    expect(scorePassage(q, candidate('Junior goggles cost $12.'))).toBeDefined();
  });
});
