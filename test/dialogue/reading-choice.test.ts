/**
 * Which reading of a Spanish request is acted on (reading-choice.ts): the English reading of its
 * translation wins over a placed Spanish parse only when it grounds more of the request; and the
 * words of shopping itself reach the translator in their shop sense (shop-senses.ts). Invented
 * kitchenware catalog; a fake translator keeps the engine test deterministic.
 */
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { createShopDialogueModel } from '../../src/shop/dialogue/model.ts';
import { englishReadsMore, groundedOf } from '../../src/shop/dialogue/spanish/reading-choice.ts';
import { prepareForTranslation } from '../../src/shop/dialogue/spanish/second-reading.ts';
import { shopSenses } from '../../src/shop/dialogue/spanish/shop-senses.ts';
import { type Translator, TranslatorUnavailable } from '../../src/shop/dialogue/spanish/translate.ts';
import { type Understanding, understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const VOCAB: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Copperleaf Enameled Dutch Oven 5 qt',
    'Copperleaf Nonstick Skillet 10 in',
    'Brisa Bamboo Cutting Board',
  ],
  categories: ['dutch ovens', 'skillets', 'cutting boards'],
  brands: ['Copperleaf', 'Brisa'],
  colors: ['red', 'blue'],
  sizes: [],
  attributes: ['induction', 'nonstick', 'bamboo'],
  minPrice: 20,
  maxPrice: 200,
  currency: 'USD',
};
const en = compileVocabulary(VOCAB);
const es = compileVocabulary({ ...VOCAB, language: 'es' });
const reading = (intent: Understanding['intent'], slots: Understanding['slots']): Understanding => ({
  language: 'es',
  intent,
  slots,
  text: '',
  yes: false,
  no: false,
});

describe('choosing between the Spanish and the English reading', () => {
  it('takes the English one when it grounds everything the Spanish one did, and more', () => {
    const spanish = reading('search', { category: 'skillets' });
    const english = {
      ...reading('search', { category: 'skillets', attributes: ['induction'] }),
      text: 'a skillet for induction',
    };
    expect([...groundedOf(english)].sort()).toEqual(['attributes:induction', 'category:skillet']);
    expect(englishReadsMore(spanish, english)).toBe(true);
  });

  it('does not count a word the translation only resembles ("comes" is not the catalog\'s "cones")', () => {
    const spanish = reading('refine', {});
    const english = {
      ...reading('refine', { attributes: ['cones'], query: 'cones' }),
      text: 'in which colours comes',
    };
    expect(englishReadsMore(spanish, english)).toBe(false);
    expect(englishReadsMore(spanish, { ...english, text: 'in which colours come the cones' })).toBe(true);
  });

  it('keeps the Spanish one on a tie, on another intent, or when the English one drops a slot', () => {
    const spanish = reading('search', { category: 'skillets', color: 'red' });
    expect(englishReadsMore(spanish, reading('search', { category: 'skillets', brand: 'Brisa' }))).toBe(
      false,
    );
    expect(englishReadsMore(spanish, reading('search', { category: 'skillets', color: 'red' }))).toBe(false);
    expect(
      englishReadsMore(
        spanish,
        reading('add_to_cart', { category: 'skillets', color: 'red', brand: 'Brisa' }),
      ),
    ).toBe(false);
  });

  it('counts words placed, wherever they went, and never a product name only the English one found', () => {
    // The same two words, read as one tag or as a colour and a tag: no more grounded.
    const spanish = reading('search', { attributes: ['blue enamel'], maxPrice: 80 });
    expect(
      englishReadsMore(spanish, reading('search', { color: 'blue', attributes: ['enamel'], maxPrice: 80 })),
    ).toBe(false);
    // A name matched by a translated word's likeness adds nothing.
    const named = reading('search', { attributes: ['bamboo'], productNames: ['Brisa Bamboo Cutting Board'] });
    expect(englishReadsMore(reading('search', { attributes: ['bamboo'] }), named)).toBe(false);
  });

  it('keeps a superlative the Spanish one read and the translation lost ("la más ligera")', () => {
    // Apertium gives "which is the more lightweight": a tag search of every light product.
    const spanish = reading('unknown', { sort: 'lightest' });
    expect(englishReadsMore(spanish, reading('search', { attributes: ['lightweight'] }))).toBe(false);
    expect(englishReadsMore(reading('unknown', {}), reading('search', { attributes: ['lightweight'] }))).toBe(
      true,
    );
  });

  it('never takes a question that asks something else than the Spanish one', () => {
    const spanish = reading('spec', { productNames: ['Brisa Bamboo Cutting Board'], feature: ['dura'] });
    const english = reading('spec', {
      productNames: ['Brisa Bamboo Cutting Board'],
      attributes: ['bamboo'],
      amount: 'hard',
    });
    expect(englishReadsMore(spanish, english)).toBe(false);
  });

  it('never switches a request that is not about products (policy, checkout)', () => {
    expect(englishReadsMore(reading('policy', {}), reading('policy', { category: 'skillets' }))).toBe(false);
  });

  it('takes any understood English reading over a Spanish one that understood nothing', () => {
    expect(englishReadsMore(reading('unknown', {}), reading('view_cart', {}))).toBe(true);
    expect(englishReadsMore(reading('unknown', {}), reading('unknown', { category: 'skillets' }))).toBe(
      false,
    );
  });
});

describe('shop senses for the translator', () => {
  it('finds the words of shopping, longest phrase first, whatever the accents and punctuation', () => {
    expect(shopSenses(['Vale', 'me', 'llevo', 'la', 'talla', 'grande'])).toEqual([
      { start: 0, length: 1, english: 'okay' },
      { start: 1, length: 2, english: "I'll take" },
      { start: 4, length: 1, english: 'size' },
    ]);
    expect(shopSenses(['enséñame', 'el', 'carrito'])).toEqual([
      { start: 0, length: 1, english: 'show me' },
      { start: 2, length: 1, english: 'cart' },
    ]);
  });

  it('sends them in English and protected, with the punctuation kept', () => {
    const { text, keep } = prepareForTranslation('vale, me llevo la sartén Copperleaf', es, en);
    expect(text).toBe("okay, I'll take la sartén Copperleaf");
    expect(keep.has('okay') && keep.has("i'll") && keep.has('take') && keep.has('copperleaf')).toBe(true);
  });
});

class FakeTranslator implements Translator {
  readonly table: Record<string, string>;
  constructor(table: Record<string, string>) {
    this.table = table;
  }
  async translate(text: string): Promise<string> {
    const out = this.table[text];
    if (out === undefined) throw new TranslatorUnavailable(`no translation for ${text}`);
    return out;
  }
}

const user = (text: string): LanguageModelV4Prompt => [{ role: 'user', content: [{ type: 'text', text }] }];

describe('the engine acts on the reading that grounds more', () => {
  const vocabulary = () => VOCAB;
  const said = 'busco sartenes aptas para placa de inducción';

  it('searches with what only the English reading found, and still answers in Spanish', async () => {
    // The Spanish parse reads "inducción" but not the kind of product.
    const spanish = understand(said, es, 'es');
    expect(spanish).toMatchObject({ intent: 'search', slots: { attributes: ['induction'] } });
    expect(spanish.slots.category).toBeUndefined();
    const fake = new FakeTranslator({
      [prepareForTranslation(said, es, en).text]: 'I look for skillets suitable for induction hob',
    });
    const r = await createShopDialogueModel({ vocabulary, translator: fake }).decide({ prompt: user(said) });
    expect(r.language).toBe('es');
    expect(r.action).toMatchObject({ kind: 'tools' });
    const search = r.action.kind === 'tools' ? r.action.calls[0] : undefined;
    expect(search?.name).toBe('search_products');
    expect(search?.input).toMatchObject({ category: 'skillets' });
    expect(JSON.stringify(search?.input)).toMatch(/induction/);
  });

  it('keeps the Spanish reading when the translation grounds no more', async () => {
    const fake = new FakeTranslator({ [prepareForTranslation(said, es, en).text]: 'Voucher' });
    const r = await createShopDialogueModel({ vocabulary, translator: fake }).decide({ prompt: user(said) });
    expect(r.nlu?.text).toBe(understand(said, es, 'es').text);
  });
});
