/**
 * The general mechanisms of the engine's understanding, on a vocabulary it was not written for
 * (an outdoor store imported in English): half and measured sizes, shop colour shades, negation,
 * superlatives, spec questions, several items, the Spanish retail vocabulary and the new intents.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const EN: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Cascade Mid GTX Waterproof Hiking Boots - Men’s',
    'Ridge Walker Leather Hiking Boots',
    'Carbon Trek Trekking Poles',
    'ClearFlow Squeeze Water Filter',
    'Summit Pack 45L Ultralight Backpack',
    'Daytripper Daypack',
  ],
  categories: [
    'hiking boots',
    'hiking boot',
    'trekking poles',
    'trekking pole',
    'backpacks',
    'backpack',
    'tents',
    'tent',
  ],
  brands: ['Alpenrock', 'Kestrel'],
  colors: ['brown', 'moss', 'slate'],
  sizes: ['9', '9.5', '10', 'Long', 'Regular', '45L', '60L'],
  attributes: ['waterproof', 'ultralight', 'leather'],
  minPrice: 39,
  maxPrice: 349,
  currency: 'USD',
};
const en = compileVocabulary(EN);
const es = compileVocabulary({ ...EN, language: 'es' });
const u = (text: string, lang: 'en' | 'es' = 'en') => understand(text, lang === 'en' ? en : es, lang);

describe('engine mechanisms on an unseen vocabulary', () => {
  it('reads half sizes and measured sizes', () => {
    expect(u('the cascade mid in size nine and a half').slots.size).toBe('9.5');
    expect(u('las cascade mid en talla nueve y media', 'es').slots.size).toBe('9.5');
    expect(u('the summit pack in forty five litres').slots.size).toBe('45L');
    expect(u('the summit pack in long').slots.size).toBe('Long');
  });
  it('reaches shop shades by their basic colour, in both languages', () => {
    expect(u('show me green backpacks').slots.color).toBe('green');
    expect(u('mochilas verdes', 'es').slots.color).toBe('green');
    expect(u('show me moss backpacks').slots.color).toBe('moss');
  });
  it('turns negated brands and colours into exclusions', () => {
    expect(u('not the kestrel ones')).toMatchObject({ intent: 'refine', slots: { excludeBrand: 'Kestrel' } });
    expect(u('no las de kestrel', 'es')).toMatchObject({
      intent: 'refine',
      slots: { excludeBrand: 'Kestrel' },
    });
    expect(u('backpacks but not moss').slots).toMatchObject({ category: 'backpacks', excludeColor: 'moss' });
  });
  it('reads superlatives and spec questions', () => {
    expect(u('what is your lightest tent').slots).toMatchObject({
      sort: 'lightest',
      category: expect.stringMatching(/^tents?$/),
    });
    expect(u('cuál es la mochila más ligera', 'es').slots).toMatchObject({
      sort: 'lightest',
      category: expect.stringMatching(/^backpacks?$/),
    });
    expect(u('how heavy is it')).toMatchObject({ intent: 'spec', slots: { measure: 'weight' } });
    expect(u('is it waterproof')).toMatchObject({ intent: 'spec', slots: { feature: ['waterproof'] } });
    expect(u('es impermeable', 'es')).toMatchObject({ intent: 'spec', slots: { feature: ['waterproof'] } });
    expect(u('is it in stock').intent).toBe('availability');
  });
  it('splits several items, each with its own count', () => {
    const r = u('add the carbon trek poles and two clearflow filters');
    expect(r.intent).toBe('add_to_cart');
    expect(r.slots.items?.map((i) => [i.productNames?.[0], i.quantity ?? 1])).toEqual([
      ['Carbon Trek Trekking Poles', 1],
      ['ClearFlow Squeeze Water Filter', 2],
    ]);
  });
  it('names long titles by their model words, and Spanish product words by the catalog’s English', () => {
    expect(u('tell me about the cascade mid').slots.productNames).toEqual([
      'Cascade Mid GTX Waterproof Hiking Boots - Men’s',
    ]);
    expect(u('quita los bastones', 'es')).toMatchObject({
      intent: 'remove_from_cart',
      slots: { query: expect.stringMatching(/\bpoles\b/) },
    });
    expect(u('busco botas de montaña', 'es').slots.category).toBe('hiking boots');
  });
  it('knows the new intents in both languages', () => {
    const rows: [string, 'en' | 'es', string][] = [
      ['start over', 'en', 'reset'],
      ['empecemos de nuevo', 'es', 'reset'],
      ['empty my cart', 'en', 'clear_cart'],
      ['vacía mi carrito', 'es', 'clear_cart'],
      ['cancel my order', 'en', 'cancel_order'],
      ['cancela mi pedido', 'es', 'cancel_order'],
      ['what promos do you have', 'en', 'list_promos'],
      ['qué promociones tenéis', 'es', 'list_promos'],
      ['can i return these boots', 'en', 'policy'],
      ['puedo devolver las botas', 'es', 'policy'],
    ];
    for (const [text, lang, intent] of rows) expect(u(text, lang).intent, text).toBe(intent);
  });
});
