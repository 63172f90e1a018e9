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
