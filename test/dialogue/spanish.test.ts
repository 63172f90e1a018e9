/**
 * Spanish shoppers on an English-only catalog, mechanism by mechanism (each with its English
 * counterpart): the one bilingual retail vocabulary both ways, spoken fractions and units, option
 * values said in Spanish, promo codes said alone, Spanish intents, and replies in the shopper's
 * language for promos and policies. The vocabulary is a tools-and-toys store the engine was not
 * written for.
 */
import { describe, expect, it } from 'vitest';
import { optionTokens } from '../../src/shop/catalog/option-values.ts';
import {
  englishForms,
  englishOf,
  spanishName,
  spanishPhrases,
} from '../../src/shop/catalog/retail-vocabulary.ts';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { policyReply } from '../../src/shop/dialogue/answers/policy-reply.ts';
import { answerFeature } from '../../src/shop/dialogue/answers/specs.ts';
import { promoLine } from '../../src/shop/dialogue/replies/replies-extra.ts';
import { detectLanguage, understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { optionPhrase } from '../../src/shop/dialogue/variants/option-phrase.ts';
import { numberTokens } from '../../src/shop/dialogue/words/numbers.ts';
import { tokenize } from '../../src/shop/dialogue/words/text.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const EN: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Lumen Cordless LED Work Light',
    'Hexa Laser Level with Tripod',
    'Hexa Magnetic Torpedo Level',
    'Grit Carbide Masonry Drill Bit',
    'Grit Twist Drill Bit',
    'Tumble Building Set, 400 Pieces',
    'Cuddle Bear Plush',
    'Dot Journal',
  ],
  categories: [
    'work lights',
    'levels',
    'drill bits',
    'building sets',
    'board games',
    'plush toys',
    'journals',
  ],
  brands: ['Lumen', 'Hexa', 'Grit', 'Tumble', 'Cuddle'],
  colors: ['black', 'sage', 'oatmeal'],
  sizes: ['Small', 'Large', '1/4"', '3/8"'],
  attributes: ['cordless', 'waterproof'],
  options: ['Ruling', 'Dotted', 'Lined', 'Voltage', '18V', '20V'],
  minPrice: 4,
  maxPrice: 199,
  currency: 'USD',
};
const en = compileVocabulary(EN);
const es = compileVocabulary({ ...EN, language: 'es' });
const u = (text: string, lang: 'en' | 'es') => understand(text, lang === 'en' ? en : es, lang);

describe('one bilingual retail vocabulary', () => {
  it('names English categories in Spanish and reads Spanish words back, from the same table', () => {
    expect(spanishName('Work Lights').name).toBe('Luces de trabajo');
    expect(spanishName('Drill Bits').name).toBe('Brocas');
    expect(spanishName('Laser Levels').name).toBe('Niveles láser');
    expect(englishOf('luces de trabajo')).toBe('work light');
    expect(englishOf('sacos de dormir')).toBe('sleeping bag');
    // The option name "Ruling" and its value "Lined" are both "rayado": every reading is kept.
    expect(englishForms('rayado')).toEqual(['ruling', 'lined', 'ruled']);
  });

  it('reads Spanish product words as the catalog’s English ones, longest phrase first', () => {
    const known = new Set(['work', 'light', 'building', 'set', 'masonry', 'drill', 'bit', 'bits', 'lights']);
    const wanted = (english: string) => english.split(' ').every((w) => known.has(w));
    const read = (s: string) =>
      spanishPhrases(s.split(' '), wanted).map(
        (t) =>
          `${s
            .split(' ')
            .slice(t.start, t.start + t.length)
            .join(' ')}=${t.english}`,
      );
    expect(read('busco una luz de trabajo')).toEqual(['luz de trabajo=work light']);
    expect(read('juegos de construccion')).toEqual(['juegos de construccion=building set']);
    expect(read('brocas para hormigon')).toEqual(['brocas=drill bits', 'hormigon=masonry']);
  });

  it('never reads Spanish function words or naming-only words as products', () => {
    // "una" is how "uña" (nail) folds; "talla" and "cara" name things but are everyday words.
    const all = () => true;
    expect(spanishPhrases('puedo hablar con una persona'.split(' '), all)).toEqual([]);
    expect(spanishPhrases('en talla grande la mas cara'.split(' '), all)).toEqual([]);
  });
});

describe('Spanish and English words feed the same option machinery', () => {
  it('turns spoken fractions into the tokens catalogs write as 1/4 and 1-1/4', () => {
    const said = (s: string, lang: 'en' | 'es') =>
      numberTokens(tokenize(s), lang)
        .map((n) => n.text)
        .join(' ');
    expect(said('un cuarto de pulgada', 'es')).toBe('1 4 de pulgada');
    expect(said('tres octavos de pulgada', 'es')).toBe('3 8 de pulgada');
    expect(said('three eighths inch', 'en')).toBe('3 8 inch');
    expect(said('one and a quarter inch', 'en')).toBe('1 1 4 inch');
    // Ordinals and halves keep their own readings.
    expect(said('el cuarto', 'es')).toBe('el cuarto');
    expect(said('nine and a half', 'en')).toBe('9 and a half');
  });

  it('reads units in both languages, with a Spanish "de" between number and unit', () => {
    expect(optionTokens('1 4 de pulgada')).toEqual(optionTokens('1/4"'));
    expect(optionTokens('5 amperios hora')).toEqual(optionTokens('5.0Ah').map((t) => t.replace('5.0', '5')));
    expect(optionTokens('5 amp hours')).toEqual(['5ah']);
    expect(optionTokens('10 amperios')).toEqual(optionTokens('10 Amp'));
    expect(optionTokens('20 voltios')).toEqual(optionTokens('20V'));
    expect(optionTokens('25 pies')).toEqual(optionTokens('25 ft'));
  });

  it('chooses an option value said in Spanish by the catalog’s English value', () => {
    const journal = {
      options: [
        {
          name: 'Ruling',
          values: [
            { value: 'Dotted', inStock: true },
            { value: 'Lined', inStock: true },
          ],
        },
      ],
    };
    expect(optionPhrase('el rayado', journal)).toEqual({ options: { Ruling: 'Lined' } });
    expect(optionPhrase('the lined one', journal)).toEqual({ options: { Ruling: 'Lined' } });
    expect(optionPhrase('el punteado', journal)).toEqual({ options: { Ruling: 'Dotted' } });
  });

  it('reads measured sizes with Spanish units and a catalog shade over its colour family', () => {
    const bikes = compileVocabulary({
      ...EN,
      language: 'es',
      productNames: ['Glide Balance Bike'],
      sizes: ['12-inch', '14-inch'],
      colors: ['Slate', 'Coral'],
    });
    const es = (text: string) => understand(text, bikes, 'es').slots;
    expect(es('añade una Glide de 14 pulgadas').size).toBe('14-inch');
    expect(es('pues la gris pizarra').color).toBe('Slate');
    expect(understand('the slate grey one', bikes, 'en').slots.color).toBe('Slate');
  });

  it('reads catalog sizes named by words in both languages, singular and plural', () => {
    expect(u('tres osos pequeños', 'es').slots.size).toBe('Small');
    expect(u('three small bears', 'en').slots.size).toBe('Small');
    expect(u('un oso grande', 'es').slots.size).toBe('Large');
  });
});

describe('Spanish intents', () => {
  it('"¿tenéis …?" (vosotros) asks for a variant as "¿tienes …?" and "do you have …?" do', () => {
    expect(u('do you have the Cuddle Bear Plush in oatmeal?', 'en').intent).toBe('availability');
    expect(u('¿tienes el Cuddle Bear Plush en color avena?', 'es').intent).toBe('availability');
    expect(u('¿tenéis el Cuddle Bear Plush en color avena?', 'es').intent).toBe('availability');
    expect(u('¿lo tenéis en negro?', 'es').intent).toBe('availability');
  });

  it('"¿me das / me pones el …?" asks for a product as "can I get the …?" does, not for its details', () => {
    expect(u('can I get the Dot Journal in black?', 'en').intent).toBe('add_to_cart');
    expect(u('¿me das el Dot Journal en negro?', 'es').intent).toBe('add_to_cart');
    expect(u('¿me pones la Cuddle Bear Plush grande?', 'es').intent).toBe('add_to_cart');
    expect(u('¿me das más información del Dot Journal?', 'es').intent).not.toBe('add_to_cart');
    expect(u('¿me da el precio del Dot Journal?', 'es').intent).not.toBe('add_to_cart');
  });

  it('takes a promo code said with an apply verb or alone, in both languages', () => {
    expect(u('entonces SAVE5', 'es')).toMatchObject({ intent: 'promo', slots: { promoCode: 'SAVE5' } });
    expect(u('then SAVE5', 'en')).toMatchObject({ intent: 'promo', slots: { promoCode: 'SAVE5' } });
    expect(u('vale, entonces usa GLOW10', 'es')).toMatchObject({
      intent: 'promo',
      slots: { promoCode: 'GLOW10' },
    });
    expect(u('ok then use GLOW10', 'en')).toMatchObject({ intent: 'promo', slots: { promoCode: 'GLOW10' } });
    expect(u('apply summerglow', 'en').slots.promoCode).toBe('SUMMERGLOW');
    // Not a code: a product word after the verb, or a plain number.
    expect(u('use it', 'en').slots.promoCode).toBeUndefined();
    expect(u('entonces 5', 'es').slots.promoCode).toBeUndefined();
  });

  it('asks about an order, a policy or a product’s spec in Spanish word order', () => {
    expect(u('¿cómo va mi pedido?', 'es').intent).toBe('order_status');
    expect(u('¿en qué estado está mi pedido?', 'es').intent).toBe('order_status');
    expect(u('¿enviáis baterías a Canadá?', 'es').intent).toBe('policy');
    expect(u('¿la Lumen es impermeable?', 'es')).toMatchObject({ intent: 'spec' });
    expect(u('is the Lumen waterproof?', 'en')).toMatchObject({ intent: 'spec' });
  });

  it('tells Spanish from English by everyday words', () => {
    expect(detectLanguage('vale, vamos a pagar', 'en')).toBe('es');
    expect(detectLanguage('entonces usa el código', 'en')).toBe('es');
    expect(detectLanguage("ok, let's check out", 'en')).toBe('en');
  });

  it('searches English product words said in Spanish, in the catalog’s word order', () => {
    expect(u('busco una luz de trabajo', 'es').slots.category).toMatch(/work light/);
    expect(u('enséñame juegos de construcción', 'es').slots.category).toMatch(/building set/);
    expect(u('enséñame juguetes de peluche', 'es').slots.category).toMatch(/plush toy/);
  });

  it('puts a Spanish adjective before its noun in English and splits items after "también"', () => {
    const garden = compileVocabulary({
      ...EN,
      language: 'es',
      productNames: [
        'Greenhaven Organic Potting Mix',
        'Greenhaven Tomato Seed Collection',
        'Rootwell Waterproof Boots',
      ],
      categories: ['potting mix', 'seeds', 'boots'],
      brands: ['Greenhaven', 'Rootwell'],
      attributes: ['organic', 'waterproof'],
    });
    const es = (text: string) => understand(text, garden, 'es');
    expect(es('busco botas impermeables').text).toContain('waterproof boots');
    const two = es('añade también el sustrato orgánico y las semillas de tomate');
    expect(two.intent).toBe('add_to_cart');
    expect(two.slots.items?.map((i) => i.productNames?.[0])).toEqual([
      'Greenhaven Organic Potting Mix',
      'Greenhaven Tomato Seed Collection',
    ]);
  });

  it('starts over and searches in one request, in both languages', () => {
    expect(u('empecemos de nuevo. enséñame brocas', 'es')).toMatchObject({ intent: 'search' });
    expect(u("let's start over. show me drill bits", 'en')).toMatchObject({ intent: 'search' });
    expect(u('empecemos de nuevo', 'es').intent).toBe('reset');
  });
});

describe('spec answers to Spanish word order', () => {
  it('finds a feature said modifier-second in the product text', () => {
    const bear = {
      id: 'p1',
      name: 'Cuddle Bear Plush',
      sizes: [],
      colors: [],
      description: 'Machine washable. Safe from birth.',
    };
    expect(answerFeature(bear, ['washable', 'maquina'], 'es')).toMatch(/^Sí: .*«machine washable»/i);
    expect(answerFeature(bear, ['machine', 'washable'], 'en')).toMatch(/^Yes/);
  });
  it('a word heading a list that is "not included" is a no, and a yes quotes the sentence', () => {
    const easel = {
      id: 'p2',
      name: 'Tallpine Studio Easel',
      sizes: [],
      colors: [],
      description:
        'Folds flat for travel. Sold as the frame only: canvas, brushes and paints are not included.',
    };
    expect(answerFeature(easel, ['canvas', 'brushes'], 'en')).toMatch(/^No: .*not included/);
    expect(answerFeature(easel, ['lienzo', 'pinceles'], 'es')).toMatch(/^No: .*«.*not included»/);
    expect(answerFeature(easel, ['folds', 'flat'], 'es')).toMatch(/^Sí: .*«Folds flat for travel»/);
  });
});

describe('replies in the shopper’s language', () => {
  const promo = {
    code: 'GROW15',
    description: '15% off orders of $50 or more',
    descriptionLanguage: 'en',
    minSpend: 50,
    currency: 'USD',
    discount: { kind: 'percent', percent: 15 },
  };

  it('says a promo from its figures when its description is in another language', () => {
    expect(promoLine(promo, 'es')).toMatch(/^GROW15: un 15 % de descuento en pedidos desde 50,00\sUS\$$/);
    expect(promoLine(promo, 'en')).toBe('GROW15, 15% off orders of $50 or more');
    expect(promoLine({ ...promo, discount: { kind: 'fixed', amount: 5, currency: 'USD' } }, 'es')).toMatch(
      /^GROW15: 5,00\sUS\$ de descuento/,
    );
  });

  it('says a policy in Spanish: whole sentences it understands, only the figures of the rest', () => {
    const text =
      'Returns: unused items in their original packaging can be returned within 60 days for a full refund. ' +
      'Sale items are final unless the seller agrees otherwise within 3 days.';
    const es = policyReply(text, 'returns', 'es');
    expect(es).toContain(
      'Sobre devoluciones: Artículos sin usar en su embalaje original se pueden devolver en un plazo de 60 días con reembolso completo.',
    );
    // The second sentence is not understood: never half-translated, its figures (and the policy
    // phrasings understood) under a Spanish frame.
    expect(es).toContain('está escrita en inglés; estos son sus datos: en un plazo de 3 días');
    expect(es).not.toMatch(/final|seller|agrees/);
    expect(policyReply(text, 'returns', 'en')).toBe(text);
  });

  it('translates shipping figures and places', () => {
    const es = policyReply(
      'We ship to Canada for $12, delivered in 4 to 8 business days. We do not ship to Mexico yet.',
      'shipping',
      'es',
    );
    expect(es).toBe(
      'Sobre envíos: Enviamos a Canadá por 12 US$, con entrega de 4 a 8 días hábiles. Todavía no enviamos a México.',
    );
  });
});
