/**
 * Cart, promo and order requests on a vocabulary the engine was not written for (a garden store):
 * codes heard by their shape when nothing else was understood, the cart named alone or emptied
 * with a pronoun, save for later with a product named. Issue 12.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { codeByShape } from '../../src/shop/dialogue/understand/promo-code.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const V: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Rootwell Bypass Pruning Shears',
    'Tidewater Coil Garden Hose 50 ft',
    'Greenmark Seed Starter Tray',
  ],
  categories: ['pruning shears', 'garden hoses', 'garden hose', 'seed trays'],
  brands: ['Rootwell', 'Tidewater', 'Greenmark'],
  colors: ['green', 'black'],
  sizes: ['50 ft', '100 ft'],
  attributes: ['kink-free'],
  minPrice: 5,
  maxPrice: 90,
  currency: 'USD',
};
const en = compileVocabulary(V);
const es = compileVocabulary({ ...V, language: 'es' });

describe('promo codes heard by their shape', () => {
  it('a code after a filler word, and after "prueba con"', () => {
    for (const [said, v, lang] of [
      ['meh. BLOOM25 then', en, 'en'],
      ['hmm GROW5 i guess', en, 'en'],
      ['prueba con BLOOM25', es, 'es'],
      ['bah. pues GROW5', es, 'es'],
    ] as const) {
      const u = understand(said, v, lang);
      expect(u.intent, said).toBe('promo');
      expect(u.slots.promoCode, said).toMatch(/^(BLOOM25|GROW5)$/);
    }
  });
  it('a measure or a long request is no code', () => {
    expect(codeByShape(['the', '50ft', 'one'], new Set())).toBeUndefined();
    expect(understand('show me the 100 ft hose', en, 'en').intent).not.toBe('promo');
  });
});

describe('the cart named or emptied without a product', () => {
  it('reads the cart back', () => {
    for (const said of ['cart please', 'how much is it all now?'])
      expect(understand(said, en, 'en').intent, said).toBe('view_cart');
  });
  it('empties it', () => {
    for (const said of ['actually just clear out the whole cart', 'empty it'])
      expect(understand(said, en, 'en').intent, said).toBe('clear_cart');
    expect(understand('mejor vacía todo el carrito', es, 'es').intent).toBe('clear_cart');
  });
});

describe('save for later', () => {
  it('keep a named product for later, guárdame … para más adelante', () => {
    expect(understand('keep the pruning shears for later', en, 'en').intent).toBe('save_item');
    expect(understand('guárdame las tijeras Rootwell para más adelante', es, 'es').intent).toBe('save_item');
    expect(understand('¿qué tengo guardado?', es, 'es').intent).toBe('list_saved');
  });
});
