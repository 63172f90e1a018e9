/**
 * Questions answered from a product's own text and rankings the store gives, on words no catalog
 * was written for: a negation in front of a later word asked ("not spinners"), phrases that keep
 * something away ("keep it out of heavy rain"), a verb asked of its adjective ("wash" /
 * "washable"), a question with no subject about the product in focus, a product name said as
 * what "it" has, warranty asked of a product, rankings by a figure only descriptions give, a
 * price superlative over the whole store, and payment / in-person questions as policy questions.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { answerSpec } from '../../src/shop/dialogue/answers/spec-answer.ts';
import { answerAmount } from '../../src/shop/dialogue/answers/specs-amount.ts';
import { answerYesNo, sameTerm } from '../../src/shop/dialogue/answers/text-answer.ts';
import type { ProductInfo } from '../../src/shop/dialogue/results.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const product = (id: string, name: string, description: string): ProductInfo => ({
  id,
  name,
  description,
  sizes: [],
  colors: [],
});

const VOCAB: CatalogVocabulary = {
  language: 'en',
  productNames: ['Kiln Trail Tent', 'Kiln Cable Lock', 'Brisa Camp Kettle'],
  categories: ['tents', 'tent', 'locks', 'lock', 'kettles', 'kettle'],
  brands: ['Kiln', 'Brisa'],
  colors: ['green'],
  sizes: [],
  attributes: [],
  minPrice: 5,
  maxPrice: 500,
  currency: 'USD',
};
const vocab = compileVocabulary(VOCAB);
const u = (text: string, lang: 'en' | 'es' = 'en') => understand(text, vocab, lang);

describe('answers from the product text', () => {
  const cart = product('c', 'Rover Cart', 'Folding cart on two fixed wheels, not swivel ones. Weight 9 kg.');
  const bag = product('b', 'Harbor Bag', 'Leather bag. Not water resistant: keep it out of heavy rain.');

  it('a negation in front of any word asked answers no', () => {
    expect(answerYesNo(cart, ['swivel', 'wheels'], 'en')).toMatch(/^No\b/);
  });

  it('"keep it out of", "avoid", "not suitable for" negate what follows', () => {
    expect(answerYesNo(bag, ['rain'], 'en')).toMatch(/^No\b/);
    const adapter = product('a', 'Plug', 'Travel plug. Not suitable for hair dryers.');
    expect(answerYesNo(adapter, ['hair', 'dryer'], 'en')).toMatch(/^No\b/);
  });

  it('a verb meets its adjective and a noun its -ant / -ance form', () => {
    expect(sameTerm('wash', 'washable')).toBe(true);
    expect(sameTerm('resize', 'resized')).toBe(true);
    expect(sameTerm('resistant', 'resistance')).toBe(true);
    expect(sameTerm('was', 'washable')).toBe(false);
  });

  it('a figure question whose word labels a line is answered by that line', () => {
    const watch = product(
      'w',
      'Abyss Diver',
      'A dive watch.\nCase: 42 mm steel\nMovement: Seiko NH35 automatic',
    );
    const q = u("what's the movement inside?");
    expect(answerSpec(watch, q.slots, q.text, 'en')).toMatch(/Movement: Seiko NH35 automatic/);
  });

  it('a range next to the word is given whole', () => {
    const strand = product('s', 'Akoya Strand', 'Akoya cultured pearls, 7 to 7.5 mm. Silk knotted.');
    expect(answerAmount(strand, 'pearls', 'en')).toMatch(/pearls 7 to 7\.5 mm,/);
  });

  it('a warranty asked of a product is read from its text', () => {
    const p = product('w', 'Kiln Trail Tent', 'Two-person tent. 3-year warranty.');
    const q = u("what's the warranty on the kiln trail tent");
    expect(q.intent).toBe('spec');
    expect(answerSpec(p, q.slots, q.text, 'en')).toMatch(/3 ?-?year warranty/);
  });
});

describe('what a question is about', () => {
  it('a question with no product and no pronoun is about the product in focus', () => {
    const q = u('what are the dimensions?');
    expect(q.intent).toBe('spec');
    expect(q.slots.implicitSubject).toBe(true);
    expect(u('what can you do?').intent).not.toBe('spec');
    expect(u('what is the second one about').slots.implicitSubject).toBeUndefined();
  });

  it('a product name after "does it have" is the feature, not the product asked', () => {
    const q = u('does it have a cable lock?');
    expect(q.intent).toBe('spec');
    expect(q.slots.productNames).toBeUndefined();
    expect(q.slots.feature).toEqual(expect.arrayContaining(['lock']));
  });

  it('"which <kind> has the longest X" ranks by X', () => {
    const q = u('which tent has the longest warranty?');
    expect(q.intent).toBe('spec');
    expect(q.slots.amount).toBe('warranty');
  });

  it('a price superlative over "what you sell" ranks the whole store', () => {
    const q = u("what's the most expensive thing you sell?");
    expect(q.intent).toBe('search');
    expect(q.slots).toMatchObject({ sort: 'most_expensive', storeWide: true });
    expect(u("what's the cheapest kettle you sell?").slots.storeWide).toBeUndefined();
  });

  it('payment and in-person services are policy questions', () => {
    expect(u('what payment do you take? is PayPal ok?').intent).toBe('policy');
    expect(u('can I pay in installments?').intent).toBe('policy');
    expect(u('would you install the tent for me if I swing by?').intent).toBe('policy');
    expect(u('¿qué formas de pago aceptáis? ¿vale PayPal?', 'es').intent).toBe('policy');
  });
});
