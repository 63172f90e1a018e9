import { describe, expect, it } from 'vitest';
import { questionKind } from './question-kind.ts';
import { bestSentence, type FitReader, sentencesOf, spread } from './sentence-fit.ts';
import { concepts, strength } from './terms.ts';

/** Every concept weighs the same and is said only in its own words: the fit alone is tested. */
const plain: FitReader = { says: strength, weight: () => 1 };

describe('sentencesOf', () => {
  it('cuts after a full stop, a question mark or a line break', () => {
    expect(sentencesOf('Lessons start at 5 pm. Are you new?\nBring a tuner')).toEqual([
      'Lessons start at 5 pm.',
      'Are you new?',
      'Bring a tuner',
    ]);
  });
});

describe('bestSentence', () => {
  const text =
    'Our piano tuners visit homes in the city. A tuning takes about an hour. Tuning a piano costs €90.';

  it('picks the sentence that says the question, and with the fact asked among equals', () => {
    const q = 'how much does tuning a piano cost?';
    const fit = bestSentence(concepts(q), questionKind(q), [], text, plain);
    expect(fit.sentence).toBe('Tuning a piano costs €90.');
    expect(fit.holds).toBe(true);
    expect(fit.share).toBe(1);
  });

  it('counts the headings for every sentence', () => {
    const q = 'how long does a piano tuning take?';
    const visit = 'Our tuners come to your home. A visit takes 1 hour.';
    const withHeading = bestSentence(concepts(q), questionKind(q), ['Piano tuning'], visit, plain);
    expect(withHeading).toEqual({ share: 1, holds: true, sentence: 'A visit takes 1 hour.' });
    const without = bestSentence(concepts(q), questionKind(q), [], visit, plain);
    expect(without.share).toBeLessThan(withHeading.share);
  });

  it('says nothing fits when no sentence says a word of the question', () => {
    const q = 'do you repair drums?';
    const fit = bestSentence(concepts(q), questionKind(q), [], text, plain);
    expect(fit.share).toBe(0);
  });
});

describe('spread', () => {
  const asked = concepts('is there a minimum for free delivery');
  const shareOf = (text: string) => asked.filter((c) => strength(c, text) > 0).length / asked.length;

  it('reads a page of unrelated paragraphs half by its best paragraph', () => {
    const page =
      'Rewards are free to join.\nA minimum of 500 points buys a reward.\nDelivery of rewards is by email.';
    // The whole says all three words, no paragraph more than one.
    expect(shareOf(page)).toBe(1);
    expect(spread(page, shareOf, shareOf(page))).toBeCloseTo(0.5 * (1 / 3) + 0.5 * 1);
    const section = 'Delivery is free on orders with a minimum of $50.';
    expect(spread(section, shareOf, shareOf(section))).toBe(1);
  });
});
