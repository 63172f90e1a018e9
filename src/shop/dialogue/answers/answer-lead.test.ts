import { describe, expect, it } from 'vitest';
import { questionKind } from '../../../agents/knowledge/index.ts';
import { focusSentences, yesNo } from './answer-lead.ts';
import { knowledgeAnswer } from './knowledge-answer.ts';

const RETURNS =
  'Helmets can be returned within 20 days. Helmets can be returned only if they are unused. Gloves cannot be returned.';

describe('question kinds', () => {
  it('tells a price, a duration, a count and a yes/no question apart, in English and Spanish', () => {
    expect(questionKind('how much is the tune-up?')).toBe('price');
    expect(questionKind('¿cuánto cuesta la revisión?')).toBe('price');
    expect(questionKind('how long does the repair take?')).toBe('duration');
    expect(questionKind('¿cuántos días tarda?')).toBe('duration');
    expect(questionKind('what is the maximum number of bikes per order?')).toBe('count');
    expect(questionKind('I scratched the frame, can I still send it back?')).toBe('yesno');
    expect(questionKind('¿aceptáis tarjetas?')).toBe('yesno');
    expect(questionKind('what happens to my old bike')).toBe('other');
    // "Unos cuantos" is "a few", not "how many".
    expect(questionKind('he dado unos cuantos golpes con la bici, ¿la puedo devolver?')).toBe('yesno');
  });
});

describe('answer sentences and yes/no leads', () => {
  it('picks the sentence holding the fact asked', () => {
    const text = 'The workshop is in Cork. A repair takes 3 working days. Repairs are done by our mechanics.';
    expect(focusSentences(text, 'how long does a repair take?')).toEqual(['A repair takes 3 working days.']);
  });

  it('says no for a negation or a condition the shopper says is not met, yes only when all is said', () => {
    expect(yesNo('can I return gloves?', ['Gloves cannot be returned.'])).toBe('no');
    expect(
      yesNo('I wore my helmet twice, can I return it?', ['Helmets can be returned only if they are unused.']),
    ).toBe('no');
    // A condition the shopper did not contradict: no lead, the sentence is said as it is.
    expect(
      yesNo('can I return a helmet?', ['Helmets can be returned only if they are unused.']),
    ).toBeUndefined();
    expect(yesNo('can I return a helmet?', ['Helmets can be returned within 20 days.'])).toBe('yes');
    // Says nothing about a child seat: no "yes".
    expect(yesNo('can I return a child seat?', ['Helmets can be returned within 20 days.'])).toBeUndefined();
    expect(
      yesNo('how long do I have to return a helmet?', ['Helmets can be returned within 20 days.']),
    ).toBeUndefined();
  });

  it('answers from a passage with the lead, and quotes an English passage after a Spanish lead-in', () => {
    const gloves = { title: 'Returns', source: 'returns.md', text: RETURNS, language: 'en' as const };
    expect(knowledgeAnswer([gloves], 'can I return gloves?', 'en')).toMatch(/^No\. Our returns says: /);
    const es = knowledgeAnswer([gloves], '¿puedo devolver unos guantes?', 'es');
    expect(es).toMatch(/^Según nuestra página «Returns», que está en inglés: «/);
    expect(es).toContain('20 days');
  });
});

describe('policy text answers', () => {
  const TEXT =
    'Payment: we accept Visa and PayPal. We do not accept Maestro. Shipping: orders ship within 2 days. Standard shipping costs $5 and takes 4 to 6 business days.';

  it('says the sentence that alone names a word asked, and the sentence with the fact asked', async () => {
    const { policyAnswer } = await import('./policy-answer.ts');
    expect(policyAnswer(TEXT, 'payment', 'can i pay with a maestro card', 'en')).toEqual({
      text: 'No. We do not accept Maestro.',
    });
    const es = policyAnswer(TEXT, 'payment', 'puedo pagar con una tarjeta maestro', 'es');
    expect('text' in es && es.text).toContain('No aceptamos Maestro.');
    const long = policyAnswer(TEXT, 'shipping', 'how long does standard shipping take', 'en');
    expect('text' in long && long.text).toContain('4 to 6 business days');
  });
});

describe('answers from a long passage, paragraph by paragraph', () => {
  // Longer than a passage said whole, in short paragraphs as plain-text documents are cut.
  const WEATHER = [
    'Every bike is rated IPX5: it handles rain and wet roads, but it must never be ridden through water deeper than the wheel hubs.',
    'After a ride in the rain, dry the bike and the battery contacts with a cloth before charging.',
    'Studded winter tires cost $140 a pair and are fitted free in our showrooms.',
    'Road salt eats the chain and the motor connector. After salty rides, rinse the bike with fresh water.',
  ].join('\n');
  const CARDS = [
    'Gift cards come in any amount from $25 to $1,000, as an e-card sent by email or as a plastic card mailed free to you.',
    'Gift cards never expire and carry no fees. They can be spent online, in both showrooms and on repairs.',
    'Gift cards cannot be exchanged for cash, except where state law requires it, and a lost card is replaced with its receipt.',
  ].join('\n');
  const passage = (text: string) => [{ title: 'Store help', source: 'help.txt', text }];

  it('says a short paragraph whole: its second sentence finishes the first', () => {
    const answer = knowledgeAnswer(
      passage(WEATHER),
      'they put salt on the roads in winter, anything I should do',
      'en',
    );
    expect(answer).toBe(
      'Our store help says: Road salt eats the chain and the motor connector. After salty rides, rinse the bike with fresh water.',
    );
    expect(focusSentences(WEATHER, 'salt on the roads', { paragraphs: true })).toHaveLength(1);
    // Without paragraphs (the configured policy text), sentences as before.
    expect(focusSentences(WEATHER, 'salt on the roads')).toEqual([
      'Road salt eats the chain and the motor connector.',
    ]);
  });

  it('leads with no "No" when only another sentence of the paragraph says "never"', () => {
    const answer = knowledgeAnswer(passage(CARDS), 'can my gift card pay for repairs', 'en');
    expect(answer).toContain('on repairs.');
    expect(answer.startsWith('No.')).toBe(false);
  });

  it('reads a table (lines that are not sentences) as running text', () => {
    const table = [
      'Size Heats up to',
      'Small 1,000 square feet',
      'Medium 1,800 square feet',
      'Large 2,500 square feet and more than that in a house with good insulation and new windows throughout.',
    ].join('\n');
    const parts = focusSentences(
      `${table}\n${'Every stove is tested. '.repeat(8)}`,
      'which stove for 1,800 square feet',
      { paragraphs: true },
    );
    expect(parts?.[0]).toContain('Medium 1,800 square feet');
    expect(parts?.[0]).toContain('Small 1,000 square feet');
  });
});
