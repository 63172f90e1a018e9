/**
 * Order and whole-cart talk read by its parts (order-talk.ts, cart-talk.ts) on a vocabulary the
 * engine was not written for (an aquarium store): an order named or its number with a status or
 * cancel cue, vague references only while the order is the topic; read-backs, emptying, saving
 * for later, a person and a checkout that states where it goes. Issue 12.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { type OrderContext, orderTalk } from '../../src/shop/dialogue/steps/order-talk.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const V: CatalogVocabulary = {
  language: 'en',
  productNames: ['Reefline Nano Tank 20 Gallon', 'Clearflow Canister Filter 300', 'Reefline Heater 100W'],
  categories: ['aquariums', 'filters', 'heaters', 'fish food'],
  brands: ['Reefline', 'Clearflow'],
  colors: ['black', 'white'],
  sizes: ['20 gallon', '40 gallon'],
  attributes: ['freshwater'],
  minPrice: 5,
  maxPrice: 400,
  currency: 'USD',
};
const en = compileVocabulary(V);
const es = compileVocabulary({ ...V, language: 'es' });
const intent = (said: string, lang: 'en' | 'es' = 'en') =>
  understand(said, lang === 'en' ? en : es, lang).intent;
const text = (said: string, lang: 'en' | 'es') => understand(said, lang === 'en' ? en : es, lang).text;

const FOCUS: OrderContext = { hasOrder: true, orderInFocus: true };
const PLACED: OrderContext = { hasOrder: true, orderInFocus: false };
const NONE: OrderContext = { hasOrder: false, orderInFocus: false };

describe('order talk', () => {
  it('an order named with a status cue asks its status, in any wording', () => {
    for (const [said, lang] of [
      ['has the order I placed this morning left yet?', 'en'],
      ['any news on my purchase?', 'en'],
      ['is my package on its way', 'en'],
      ['¿ya habéis despachado mi pedido?', 'es'],
      ['¿cómo va la compra que hice?', 'es'],
      ["what's going on with the order I just placed?", 'en'],
      ['any update on order number four four one two nine?', 'en'],
      ['¿qué pasa con el pedido 44129?', 'es'],
    ] as const) {
      const u = understand(said, lang === 'en' ? en : es, lang);
      expect(orderTalk(u.text, lang, { ...NONE, orderId: u.slots.orderId }), said).toBe('order_status');
    }
  });
  it('an order named with a cancel cue cancels it', () => {
    expect(orderTalk(text('please call off my last order', 'en'), 'en', NONE)).toBe('cancel_order');
    expect(orderTalk(text('quiero anular la compra de ayer', 'es'), 'es', NONE)).toBe('cancel_order');
  });
  it('soft references count once the shopper has an order', () => {
    expect(orderTalk(text('where are my things?', 'en'), 'en', PLACED)).toBe('order_status');
    expect(orderTalk(text('where are my things?', 'en'), 'en', NONE)).toBeUndefined();
    expect(orderTalk(text('¿se sabe algo de mis cosas?', 'es'), 'es', PLACED)).toBe('order_status');
  });
  it('a pronoun means the order only while it is the topic', () => {
    expect(orderTalk(text('hmm, actually cancel it', 'en'), 'en', FOCUS)).toBe('cancel_order');
    expect(orderTalk(text('hmm, actually cancel it', 'en'), 'en', PLACED)).toBeUndefined();
    expect(orderTalk(text('mejor anúlalo', 'es'), 'es', FOCUS)).toBe('cancel_order');
    expect(orderTalk(text('has it gone out?', 'en'), 'en', FOCUS)).toBe('order_status');
  });
  it('a shipping question is no order talk', () => {
    expect(orderTalk(text('¿cuándo llega el envío a Canadá?', 'es'), 'es', NONE)).toBeUndefined();
    expect(orderTalk(text('when does the package usually arrive?', 'en'), 'en', NONE)).toBeUndefined();
  });
  it('a code, an add or a return on the order is no order talk', () => {
    for (const said of ['put the code on my order', 'add a heater to my order', 'can I return my order'])
      expect(orderTalk(text(said, 'en'), 'en', FOCUS), said).toBeUndefined();
  });
});

describe('whole-cart talk', () => {
  it('reads the cart back by a verb and the whole selection', () => {
    for (const said of [
      'walk me through what I have',
      'okay, go over everything for me',
      "what've we got so far",
      'what does it all add up to?',
    ])
      expect(intent(said), said).toBe('view_cart');
    for (const said of ['repásame lo que tengo', '¿cuánto suma lo que llevo?', 'dime todo lo que llevo'])
      expect(intent(said, 'es'), said).toBe('view_cart');
  });
  it('a price or a product question stays one', () => {
    expect(intent('how much is it?')).not.toBe('view_cart');
    expect(intent('tell me everything about the canister filter')).not.toBe('view_cart');
  });
  it('empties the cart by a verb of emptying and the cart or everything', () => {
    for (const said of ['just dump everything in my cart', 'get rid of the whole lot'])
      expect(intent(said), said).toBe('clear_cart');
    for (const said of ['vacíalo, que ya no quiero nada', 'quita todo'])
      expect(intent(said, 'es'), said).toBe('clear_cart');
    expect(intent('cancel my order')).not.toBe('clear_cart');
  });
  it('saves for later with the product between the verb and "aside"', () => {
    expect(intent('put the canister filter aside for later')).toBe('save_item');
    expect(intent('déjame el calentador apartado para otro día', 'es')).toBe('save_item');
  });
  it('asks for a person by a word for a person and a verb of talking', () => {
    for (const said of [
      'could you connect me with a manager',
      'is there anybody on your staff I could speak with',
    ])
      expect(intent(said), said).toBe('human');
    expect(intent('¿me pones con un empleado?', 'es')).toBe('human');
    expect(intent('is this heater safe for someone who keeps shrimp')).not.toBe('human');
  });
  it('a checkout that says where it goes is no shipping question; a shipping question stays one', () => {
    expect(intent("let's check out, it's going to Tucson")).toBe('checkout');
    expect(intent('cóbrame, que va todo a Bilbao', 'es')).toBe('checkout');
    expect(intent('can you ship to Tucson?')).toBe('policy');
    expect(intent('¿se puede pagar a plazos?', 'es')).toBe('policy');
  });
});
