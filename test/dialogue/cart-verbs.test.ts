/**
 * Cart requests said with the verbs shoppers use rather than the shop's own words (issue 12): any
 * verb of discarding with its object removes, Spanish imperatives carry clitic pronouns
 * ("sácame", "déjamelo"), "X fuera" puts a line out, "to saved" / "a guardados" saves, and the
 * running total is asked many ways. A garden store's vocabulary, not an evaluation round's.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
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

describe('a verb of discarding with its object removes a line', () => {
  it('English', () => {
    for (const said of [
      'ditch the hose',
      'nix that seed tray',
      'lose the shears, I have some',
      'bin the tray',
    ])
      expect(understand(said, en, 'en').intent, said).toBe('remove_from_cart');
  });
  it('Spanish imperatives with clitics, and "X fuera"', () => {
    for (const said of [
      'sácame la manguera',
      'bórrame las tijeras',
      'la bandeja de semillas fuera',
      'fuera la manguera',
    ])
      expect(understand(said, es, 'es').intent, said).toBe('remove_from_cart');
  });
  it('an object put somewhere is not a removal', () => {
    expect(understand('bin it in the cart', en, 'en').intent).not.toBe('remove_from_cart');
    expect(understand('add the hose', en, 'en').intent).toBe('add_to_cart');
  });
});

describe('saved for later by where it goes', () => {
  it('to saved, a guardados', () => {
    expect(understand('put the hose in my saved items', en, 'en').intent).toBe('save_item');
    expect(understand('shift the shears to saved for now', en, 'en').intent).toBe('save_item');
    expect(understand('las tijeras déjamelas en guardados', es, 'es').intent).toBe('save_item');
    expect(understand('pasa la manguera a guardados', es, 'es').intent).toBe('save_item');
  });
});

describe('the running total asked without naming the cart', () => {
  it('reads the cart back', () => {
    for (const said of [
      'read me back what I picked',
      'what have I got so far?',
      'where are we at money-wise?',
    ])
      expect(understand(said, en, 'en').intent, said).toBe('view_cart');
    for (const said of ['dime lo que llevo', '¿cuánto me va saliendo el total?', 'repásame lo que tengo'])
      expect(understand(said, es, 'es').intent, said).toBe('view_cart');
  });
  it('empties the whole thing', () => {
    expect(understand('just wipe the whole lot', en, 'en').intent).toBe('clear_cart');
    expect(understand('empty everything out', en, 'en').intent).toBe('clear_cart');
  });
});

describe('putting a product on the saved list is no request to read it', () => {
  it('park / move it in my saved items', () => {
    expect(understand('park the hose in my saved items', en, 'en').intent).toBe('save_item');
    expect(understand('what are my saved items?', en, 'en').intent).toBe('list_saved');
    expect(understand("what's the damage so far?", en, 'en').intent).toBe('view_cart');
  });
});
