import { describe, expect, it } from 'vitest';
import { figureLead } from './figure-lead.ts';
import { knowledgeAnswer } from './knowledge-answer.ts';

describe('figureLead: the shopper’s age or weight against the limit stated', () => {
  it('answers "no" when the range leaves the figure out, "yes" when it holds it', () => {
    const baby = ['Parent and baby classes are for babies from 6 months to 3 years old.'];
    expect(figureLead('can my 6 year old join the parent and baby class', baby)).toBe('no');
    expect(figureLead('can my 2 year old join the parent and baby class', baby)).toBe('yes');
    expect(
      figureLead('my son is 6, can he try out for the team', ['Swimmers aged 7 to 17 can try out.']),
    ).toBe('no');
  });

  it('converts units and reads "too heavy" the other way round', () => {
    const vest = ['The vest is rated for children weighing 30 to 50 pounds.'];
    expect(figureLead('is 18 kg okay for the vest', vest)).toBe('yes');
    expect(figureLead('is 40 kg too heavy for the vest', vest)).toBe('yes');
    expect(figureLead('is 40 kg okay for the vest', vest)).toBe('no');
  });

  it('reads a Spanish question against an English passage', () => {
    expect(
      figureLead('¿mi hija de 5 años puede ir a la clase de bebés?', [
        'For babies from 6 months to 3 years old.',
      ]),
    ).toBe('no');
  });

  it('leaves prices, questions without a figure and wh-questions to the wording', () => {
    expect(figureLead('do I pay shipping on a $40 order', ['Orders over $50 ship free.'])).toBeUndefined();
    expect(figureLead('can my child join', ['Children aged 3 to 5.'])).toBeUndefined();
    expect(
      figureLead('my son is 4, which class would he go in', ['Preschool takes children aged 3 to 5.']),
    ).toBeUndefined();
  });

  it('leads the knowledge answer', () => {
    const passage = {
      title: 'Class levels',
      source: 'levels.md',
      text: 'Parent and baby classes are for babies from 6 months to 3 years old.',
    };
    expect(knowledgeAnswer([passage], 'can my 6 year old join the parent and baby class', 'en')).toMatch(
      /^No\. /,
    );
    expect(knowledgeAnswer([passage], '¿mi hijo de 6 años puede ir a la clase de bebés?', 'es')).toMatch(
      /^No\. /,
    );
  });
});
