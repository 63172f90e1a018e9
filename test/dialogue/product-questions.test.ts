/**
 * Questions shoppers ask, answered generally (a baby-gear, car-parts and jewelry shop nobody
 * tuned for): the question form and its words, the product it is about, figures in the unit asked
 * about, yes / no read with negation, "only" and other qualifiers, Spanish cognates, and policy
 * questions answered from the sentences that say what was asked.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/shop/catalog/text.ts';
import { policyAnswer, relevantSentences } from '../../src/shop/dialogue/answers/policy-answer.ts';
import { namesByFit, otherKindSubject } from '../../src/shop/dialogue/answers/spec-subject.ts';
import { answerFeature } from '../../src/shop/dialogue/answers/specs.ts';
import { answerFigure, answerYesNo } from '../../src/shop/dialogue/answers/text-answer.ts';
import { answerAge } from '../../src/shop/dialogue/answers/text-lines.ts';
import type { ProductInfo } from '../../src/shop/dialogue/results.ts';
import type { DialogueState } from '../../src/shop/dialogue/state.ts';
import { isQuestion, productQuestion } from '../../src/shop/dialogue/understand/question.ts';
import { INTENT_PATTERNS } from '../../src/shop/dialogue/words/lexicon.ts';

const product = (id: string, name: string, html: string, category?: string): ProductInfo => ({
  id,
  name,
  description: htmlToText(html),
  sizes: [],
  colors: [],
  ...(category ? { category } : {}),
});

const bassinet = product(
  'b1',
  'Cradle Nest Bassinet',
  '<p>A calm first bed.</p><ul><li>Folds flat for travel</li><li>Mattress included</li><li>Max weight 9 kg</li><li>Not suitable once baby can roll over</li></ul>',
  'Bassinets',
);
const wiper = product(
  'w1',
  'Roadmaster All-Season Wiper Blade',
  '<ul><li>Fits hook arms only</li><li>Not for rear windows</li><li>Length: 22 in.</li><li>Weight: 180 g</li></ul>',
  'Wiper Blades',
);
const stroller = product(
  's1',
  'Tandem Duo Stroller',
  '<p>Two seats, one frame.</p><ul><li>Aluminum frame; manual brake</li><li>Rain cover included with the Duo Plus only</li><li>Folded: 85 cm long</li></ul>',
  'Strollers',
);
const bottle = product(
  'm1',
  'Sprout Baby Bottle',
  '<ul><li>USB-C charging only</li><li>Not certified organic</li></ul>',
  'Bottles',
);

const slotsFor = (productNames?: string[]) =>
  ({ ...(productNames ? { productNames } : {}) }) as {
    productNames?: string[];
    feature?: string[];
    sort?: string;
  };

describe('the question form and what it asks', () => {
  it('reads wh-words, auxiliaries, "¿…?" and a lead-in naming the product', () => {
    expect(isQuestion('does the Cradle Nest fold flat', 'does the cradle nest fold flat', 'en')).toBe(true);
    expect(
      isQuestion('and the Tandem, can I use it on sand?', 'and the tandem can i use it on sand', 'en'),
    ).toBe(true);
    expect(isQuestion('¿el Tandem tiene freno?', 'el tandem tiene freno', 'es')).toBe(true);
    expect(isQuestion('show me strollers', 'show me strollers', 'en')).toBe(false);
  });

  it('takes the words that are not the frame or the product name as the feature asked about', () => {
    const s = slotsFor(['Cradle Nest Bassinet']);
    const text = 'does the cradle nest fold flat for travel';
    productQuestion(text, text, 'en', s, text.split(' '), new Set([2, 3]), new Set());
    expect(s.feature).toEqual(['fold', 'flat', 'travel']);
  });

  it('leaves requests, price questions and rankings alone', () => {
    for (const text of [
      'can i get the cradle nest in the large size',
      'how much is the cradle nest',
      'do you have the cradle nest',
    ]) {
      const s = slotsFor(['Cradle Nest Bassinet']);
      productQuestion(text, text, 'en', s, text.split(' '), new Set([4, 5]), new Set());
      expect(s.feature, text).toBeUndefined();
    }
    const ranked = { ...slotsFor(), sort: 'lightest' };
    productQuestion(
      'which one is the lightest',
      'which one is the lightest',
      'en',
      ranked,
      [],
      new Set(),
      new Set(),
    );
    expect(ranked.feature).toBeUndefined();
  });
});

describe('answers read from the product text', () => {
  it('gives the clause with a figure in the unit the question asks about', () => {
    expect(answerFigure(bassinet, ['weight', 'hold'], 'en')).toMatch(/Max weight 9 kg/);
    expect(answerFigure(wiper, ['long'], 'en')).toMatch(/22 in/);
    expect(answerFigure(stroller, ['largo', 'plegado'], 'es')).toMatch(/85 cm long/);
    expect(answerFigure(bassinet, ['hot'], 'en')).toBeUndefined();
  });

  it('says no when a negation reaches the asked words, yes when the text says them', () => {
    expect(answerYesNo(wiper, ['rear', 'windows'], 'en')).toMatch(/^No: .*Not for rear windows/);
    expect(answerYesNo(bassinet, ['mattress'], 'en')).toMatch(/^Yes: .*Mattress included/);
    expect(answerFeature(bottle, ['organic'], 'en')).toMatch(/^No/);
    expect(answerYesNo(bassinet, ['rocking', 'motor'], 'en')).toBeUndefined();
  });

  it('reads "only" with another qualifier as no, and an "only" elsewhere as a partial yes', () => {
    expect(answerYesNo(bottle, ['lightning', 'charging'], 'en')).toMatch(/^No: .*USB-C charging only/);
    expect(answerYesNo(wiper, ['hook', 'arms'], 'en')).toMatch(/^Yes/);
    expect(answerYesNo(stroller, ['rain', 'cover'], 'en')).toMatch(/^Only in part: .*Duo Plus only/);
  });

  it('answers no when the same thing is qualified otherwise ("manual brake" for automatic)', () => {
    expect(answerYesNo(stroller, ['automatic', 'brake'], 'en')).toMatch(/^No: .*manual brake.*not automatic/);
  });

  it('matches Spanish question words to the English text by cognate and vocabulary', () => {
    expect(answerYesNo(stroller, ['aluminio'], 'es')).toMatch(/^Sí: .*Aluminum frame/);
    expect(answerYesNo(bottle, ['organico'], 'es')).toMatch(/^No: .*Not certified organic/);
  });
});

describe('ages, kindred words and Spanish word parts', () => {
  const puzzle = product(
    'p1',
    'Harbor Lights Puzzle',
    '<ul><li>500 pieces</li><li>Ages 8 to 12</li><li>Lightly scented card</li></ul>',
  );
  const grater = product('g1', 'Fine Zester', '<ul><li>Blade: 3 in. long</li><li>Rust-proof steel</li></ul>');

  it('answers an age question from the ages the text gives', () => {
    expect(answerAge(puzzle, 'is it ok for a 6 year old'.split(' '), 'en')).toMatch(/^No: .*Ages 8 to 12/);
    expect(answerAge(puzzle, 'sirve para un nino de 9 anos'.split(' '), 'es')).toMatch(/^Sí: .*Ages 8 to 12/);
    expect(answerAge(grater, 'is it ok for a 6 year old'.split(' '), 'en')).toBeUndefined();
  });

  it('reads words of the same family ("perfume" / "scented") and Spanish diminutives and compounds', () => {
    expect(answerYesNo(puzzle, ['perfume'], 'es')).toMatch(/^Sí: .*Lightly scented/);
    const bag = product('t1', 'Diaper Tote', '<ul><li>Insulated pocket holds 2 bottles</li></ul>');
    expect(answerYesNo(bag, ['botellitas'], 'es')).toMatch(/^Sí: .*holds 2 bottles/);
    expect(answerYesNo(bag, ['portabotellas'], 'es')).toMatch(/^Sí: .*holds 2 bottles/);
    expect(answerYesNo(bag, ['cambiador'], 'es')).toBeUndefined();
  });

  it('keeps "3 in. long" in one clause', () => {
    expect(answerFigure(grater, ['long'], 'en')).toMatch(/Blade: 3 in\. long/);
  });
});

describe('the clause a question is about', () => {
  const kit = product(
    'k1',
    'Trailfix Tool Kit',
    '<ul><li>The 20-piece kit adds a tire lever; the 10-piece kit has no tire lever</li></ul>',
  );

  it("picks, among clauses saying the feature, the one sharing the question's other words", () => {
    expect(
      answerFeature(kit, ['tire', 'lever'], 'en', 'does the 10 piece kit have a tire lever'.split(' ')),
    ).toMatch(/^No: .*10-piece kit has no tire lever/);
    expect(answerFeature(stroller, ['rain', 'cover'], 'en')).toMatch(/^Only in part/);
  });

  it('reads Spanish noun-first phrases: the asked thing missing is not a different qualifier', () => {
    const kettle = product('e1', 'Ember Kettle', '<ul><li>Works on gas and induction stoves</li></ul>');
    expect(answerYesNo(kettle, ['placa', 'induccion'], 'es')).toMatch(/^Sí/);
  });

  it('never says an untranslated piece of a policy as Spanish', () => {
    const es = policyAnswer(
      'Returns: unopened jars can be returned within 30 days.',
      'returns',
      'devolver',
      'es',
    );
    expect('text' in es && es.text).not.toMatch(/unopened|jars/);
    expect('text' in es && es.text).toMatch(/30 días/);
  });
});

describe('which product a question is about', () => {
  it('prefers the name the words fit best, not one a number also read', () => {
    expect(
      namesByFit(['Tandem 2 Stroller', 'Cradle Nest Bassinet'], 'does the 2 seat cradle nest fold'),
    ).toEqual(['Cradle Nest Bassinet']);
  });

  it('takes the only product of the kind said when the focus is of another kind', () => {
    const state: DialogueState = {
      lastResults: [wiper],
      focus: wiper,
      known: new Map([
        [wiper.id, wiper],
        [bottle.id, bottle],
      ]),
      identified: false,
    };
    expect(otherKindSubject({ attributes: ['bottle'] }, state)?.id).toBe('m1');
    expect(otherKindSubject({ category: 'wiper blade' }, state)).toBeUndefined();
  });
});

const POLICY =
  'Returns: unworn jewelry can be returned within 30 days for a full refund. Engraved items cannot be returned. ' +
  'Shipping: free in the United States; we ship to Canada for $15.';

describe('policy questions', () => {
  it('answers from the sentences that say what was asked', () => {
    expect(relevantSentences(POLICY, 'can i return a ring once it has been engraved', 'en')).toEqual([
      'Engraved items cannot be returned.',
    ]);
    const es = policyAnswer(POLICY, 'returns', 'se pueden devolver los articulos usados', 'es');
    expect('text' in es && es.text).toMatch(/no se pueden devolver|sin usar|30 días/);
  });

  it('says it does not know about a service the text never mentions, and offers a person', () => {
    const en = policyAnswer(undefined, 'other', 'do you do ring resizing', 'en');
    expect('text' in en && en.text).toMatch(/^I don't know/);
    const es = policyAnswer(POLICY, 'other', 'haceis grabados en la tienda', 'es');
    expect('text' in es && es.text).toMatch(/^No lo sé/);
  });

  it('hands an unanswerable non-service policy question to a person', () => {
    expect(policyAnswer(undefined, 'privacy', 'who gets to see my data', 'en')).toEqual({ human: true });
  });
});

describe('asking for a person', () => {
  it('understands "an actual person" and other adjectives', () => {
    expect(INTENT_PATTERNS.en.human?.test('can i talk to an actual person')).toBe(true);
    expect(INTENT_PATTERNS.en.human?.test('let me speak with a live agent')).toBe(true);
  });
});

describe('descriptions from HTML', () => {
  it('ends a sentence at each list item, so the clauses of a spec list stay apart', () => {
    expect(htmlToText('<p>Soft.</p><ul><li>Presta valves only</li><li>Weight: 95 g</li></ul>')).toBe(
      'Soft. Presta valves only. Weight: 95 g',
    );
  });
});
