/**
 * Named products on an invented bakery-and-pantry store: words of a product's own title are not
 * requests ("Drop", "Second", "Cancel"), "the second one" stays a position, spec questions name
 * their product with any lead-in, a two-letter model code names its product, and yes/no answers
 * come from "<x>-free", kindred words ("scented" for fragrance) and ingredients that contradict
 * a claim (milk is not vegan).
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { answerFeature } from '../../src/shop/dialogue/answers/specs.ts';
import type { ProductInfo } from '../../src/shop/dialogue/results.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const EN: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Hearthmill Honey Drop Oat Cookies',
    'Hearthmill Second Rise Sourdough Starter',
    'Larkfield QT Stand Mixer 5 Quart',
    'Larkfield Digital Kitchen Scale',
    'Brindle Lavender Hand Soap',
    'Brindle Unscented Dish Soap',
  ],
  categories: ['cookies', 'cookie', 'mixers', 'mixer', 'soaps', 'soap', 'scales', 'scale'],
  brands: ['Hearthmill', 'Larkfield', 'Brindle'],
  colors: ['red', 'white'],
  sizes: [],
  attributes: ['organic', 'vegan', 'gluten free'],
  minPrice: 3,
  maxPrice: 329,
  currency: 'USD',
};
const en = compileVocabulary(EN);
const u = (text: string) => understand(text, en, 'en');

const product = (name: string, description: string): ProductInfo => ({
  id: name,
  name,
  description,
  sizes: [],
  colors: [],
});

describe('product names in requests', () => {
  it("a title's own words are not requests", () => {
    expect(u('how much are the honey drop cookies')).toMatchObject({
      intent: 'details',
      slots: { productNames: ['Hearthmill Honey Drop Oat Cookies'] },
    });
    expect(u("I'll take two of the honey drop")).toMatchObject({
      intent: 'add_to_cart',
      slots: { quantity: 2 },
    });
    expect(u('remove the honey drop cookies').intent).toBe('remove_from_cart');
  });

  it('"the second one" is a position even when a title has the word', () => {
    expect(u('add the second one in red').slots).toMatchObject({ ordinals: [2] });
    expect(u('add the second one in red').slots.productNames).toBeUndefined();
    expect(u('add the second rise starter').slots.productNames).toEqual([
      'Hearthmill Second Rise Sourdough Starter',
    ]);
  });

  it('a two-letter model code written in capitals names its product', () => {
    expect(u('does the QT come with a dough hook').slots.productNames).toEqual([
      'Larkfield QT Stand Mixer 5 Quart',
    ]);
  });

  it('spec questions name their product with a lead-in or a long subject', () => {
    expect(u('and the lavender hand soap, is that one vegan')).toMatchObject({
      intent: 'spec',
      slots: { feature: ['vegan'], productNames: ['Brindle Lavender Hand Soap'] },
    });
    expect(u('is the larkfield kitchen scale waterproof')).toMatchObject({
      intent: 'spec',
      slots: { feature: ['waterproof'] },
    });
    // What it comes with may be a word of its own title.
    expect(u('do the honey drop cookies come with oat')).toMatchObject({
      intent: 'spec',
      slots: { feature: ['oat'] },
    });
    expect(u('what size is it').intent).not.toBe('spec');
  });
});

describe('yes/no spec answers from the text', () => {
  const lavender = product(
    'Brindle Lavender Hand Soap',
    'Foaming hand soap. Lightly perfumed with lavender oil.',
  );
  const dish = product('Brindle Unscented Dish Soap', 'Cuts grease. Fragrance-free and dye-free.');
  const cookies = product(
    'Hearthmill Honey Drop Oat Cookies',
    'Crisp oat cookies. Made with butter and milk.',
  );
  const starter = product(
    'Hearthmill Second Rise Sourdough Starter',
    'Live culture. Vegan. Paraben-free jar.',
  );

  it('"x free?" is answered from "x-free" or from a kindred word said plainly', () => {
    expect(answerFeature(dish, ['fragrance', 'free'], 'en')).toMatch(/^Yes\b.*Fragrance-free/);
    expect(answerFeature(lavender, ['fragrance', 'free'], 'en')).toMatch(/^No\b.*perfumed with lavender/);
  });

  it('"does it have x" is no when the text says x-free', () => {
    expect(answerFeature(starter, ['parabens'], 'en')).toMatch(/^No\b/);
  });

  it('an ingredient that contradicts the claim is a no, not "I don\'t know"', () => {
    expect(answerFeature(cookies, ['vegan'], 'en')).toMatch(/^No\b.*contains (honey|butter|milk)/);
    expect(answerFeature(starter, ['vegan'], 'en')).toMatch(/^Yes\b/);
    expect(answerFeature(lavender, ['gluten', 'free'], 'en')).toMatch(/don't know/);
  });
});

describe('requests said alone or after a start over', () => {
  it('a promo code said alone, after apply/use or as letters and digits', () => {
    expect(u('apply crumbfest')).toMatchObject({ intent: 'promo', slots: { promoCode: 'CRUMBFEST' } });
    expect(u('ok then use BAKE15')).toMatchObject({ intent: 'promo', slots: { promoCode: 'BAKE15' } });
    expect(u('then BAKE15')).toMatchObject({ intent: 'promo', slots: { promoCode: 'BAKE15' } });
    // Catalog words and pronouns are not codes.
    expect(u('use the kitchen scale').intent).not.toBe('promo');
    expect(u('use it').intent).not.toBe('promo');
  });

  it('"start over" followed by a request is that request (the state forgets the old search)', () => {
    expect(u("let's start over. show me mixers")).toMatchObject({
      intent: 'search',
      slots: { category: 'mixers' },
    });
    expect(u("let's start over").intent).toBe('reset');
  });
});

describe('kinds of product and brands said short', () => {
  const v = compileVocabulary({
    ...EN,
    productNames: [
      ...EN.productNames,
      'Copperleaf Studio Pastry Brush',
      'Copperleaf Studio Cake Tins, Set of 3',
    ],
    categories: [...EN.categories, 'cake tins', 'cake tin', 'brushes', 'brush'],
    brands: [...EN.brands, 'Copperleaf Studio'],
  });
  const w = (text: string) => understand(text, v, 'en');

  it('a brand is named by its first word when nothing else has it', () => {
    expect(w('only the copperleaf ones').slots.brand).toBe('Copperleaf Studio');
    expect(w('actually, not copperleaf')).toMatchObject({
      intent: 'refine',
      slots: { excludeBrand: 'Copperleaf Studio' },
    });
  });

  it('words left out: a kind of product or a tag, never a verb', () => {
    expect(w('but not the mixers').slots).toMatchObject({ exclude: 'mixers' });
    expect(w('not the organic ones').slots).toMatchObject({ exclude: 'organic' });
    expect(w('can i return it if they do not fit').slots.exclude).toBeUndefined();
    expect(w('nope not yet').slots.exclude).toBeUndefined();
  });

  it('a kind said in the plural is a category, "of the" names the product', () => {
    expect(w('show me cake tins').slots.productNames).toBeUndefined();
    expect(w('and a 2 pack of the cake tins too').slots.productNames).toEqual([
      'Copperleaf Studio Cake Tins, Set of 3',
    ]);
  });
});
