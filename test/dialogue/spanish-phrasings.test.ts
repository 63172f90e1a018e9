/**
 * Spanish ways of saying requests the English side already understands (issue 12, the Spanish
 * gap): a price asked as what the shop asks for it, settling for a choice, a shrug after the
 * choice ("ya se le pasará"), the checkout said with clitics or with where it goes, the running
 * total, paying in parts or by cheque, shipping asked with "hacéis envíos", a letter size named by
 * its article, a count of containers, and the use after "para" that names no product.
 * Invented garden-and-tea catalog; phrasings written for these tests.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { policyReply } from '../../src/shop/dialogue/answers/policy-reply.ts';
import { withoutDiscourse } from '../../src/shop/dialogue/spanish/es-discourse.ts';
import { tuImperative } from '../../src/shop/dialogue/spanish/es-imperatives.ts';
import { standardPhrasing } from '../../src/shop/dialogue/spanish/es-paraphrase.ts';
import { isServiceQuestion } from '../../src/shop/dialogue/understand/intents-extra.ts';
import { detectLanguage, understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { relativeBesideMeasure } from '../../src/shop/dialogue/words/sizes.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';
import { useTestStore } from '../store/databases.ts';
import type { FakeProduct } from './fixtures.ts';
import { RealConversation, writeTestCatalog } from './real-shop.ts';

const GARDEN: CatalogVocabulary = {
  language: 'en',
  productNames: ['Mossgate Rain Gauge', 'Mossgate Potting Apron', 'Kettleby Loose Leaf Tin'],
  categories: ['rain gauges', 'aprons', 'tea tins'],
  brands: ['Mossgate', 'Kettleby'],
  colors: ['green', 'brown'],
  sizes: ['S', 'M', 'L'],
  attributes: [],
  minPrice: 5,
  maxPrice: 80,
  currency: 'USD',
};
const garden = compileVocabulary(GARDEN);
const read = (s: string) => understand(s, garden, 'es');

describe('Spanish phrasings said the way the patterns know', () => {
  it('reads what the shop asks or charges for a thing as its price', () => {
    expect(standardPhrasing('¿y cuánto pedís por el Mossgate?')).toBe('¿y cuánto cuesta el Mossgate?');
    expect(standardPhrasing('¿cuánto me cobras por enviarlo?')).toBe('¿cuánto cuesta enviarlo?');
    expect(standardPhrasing('¿a cuánto sale la lata?')).toBe('¿cuánto cuesta la lata?');
    // "cuánto sale todo" adds up the cart, which the read-back reads.
    expect(standardPhrasing('¿a cuánto sale todo?')).toBe('¿a cuánto sale todo?');
    expect(read('¿y cuánto pedís por el Kettleby Loose Leaf Tin?')).toMatchObject({
      intent: 'details',
      slots: { productNames: ['Kettleby Loose Leaf Tin'] },
    });
  });

  it('reads settling for one as choosing it', () => {
    expect(standardPhrasing('me apaño con la M')).toBe('me quedo con la M');
    expect(standardPhrasing('Me conformo con el verde')).toBe('me quedo con el verde');
    expect(standardPhrasing('me conformo con poco')).toBe('me conformo con poco');
  });

  it('drops a later clause of "ya" and a future verb, which asks for nothing', () => {
    expect(withoutDiscourse('pues la M, ya me quedará algo grande')).toBe('la M,');
    expect(withoutDiscourse('el verde. ya lo pintará mi hermana')).toBe('el verde.');
    // The clause alone, or "ya" without a future, stays.
    expect(withoutDiscourse('ya está, cóbramelo')).toBe('ya está, cóbramelo');
    expect(withoutDiscourse('ya lo pintará')).toBe('ya lo pintará');
  });
});

describe('Spanish words that look like other ones', () => {
  it('never reads the past "usé", "compré" as an usted imperative', () => {
    expect(tuImperative('usé')).toBeUndefined();
    expect(tuImperative('compré')).toBeUndefined();
    expect(tuImperative('use')).toBe('usa');
  });

  it('counts a vosotros verb as Spanish, which "a" alone would make English', () => {
    expect(detectLanguage('¿mandáis a alguien a montarlo a domicilio?', 'en')).toBe('es');
    expect(detectLanguage('Thais silk scarf', 'en')).toBe('en');
  });
});

describe('Spanish checkout, total and policy questions', () => {
  it('reads the checkout with clitics and with where it all goes', () => {
    expect(read('ya está, cóbramelo').intent).toBe('checkout');
    expect(read('venga, mándalo todo a Springfield').intent).toBe('checkout');
    // Asked, it is a shipping question.
    expect(read('¿me lo mandáis a Springfield?').intent).toBe('policy');
  });

  it("reads consent and the shopper's place as the checkout, the place in English or not", () => {
    expect(read('vale, adelante. va a mi casa en Springfield').intent).toBe('checkout');
    expect(read('vale, adelante. va a mi home en Springfield').intent).toBe('checkout');
  });

  it('reads the running total said as it goes', () => {
    expect(read('¿cuánto va sumando todo esto?').intent).toBe('view_cart');
  });

  it('reads paying in parts and paying by cheque as payment questions', () => {
    for (const s of [
      '¿se puede fraccionar el pago?',
      '¿puedo dividir el pago?',
      '¿hay forma de pagarlo en unos cuantos meses?',
      '¿os puedo mandar un cheque?',
    ])
      expect(read(s).intent, s).toBe('policy');
  });

  it('takes "hacéis envíos" as a shipping question, not a service the store may give', () => {
    expect(isServiceQuestion('haceis envios a chile')).toBe(false);
    expect(isServiceQuestion('haceis arreglos')).toBe(true);
  });

  it('says that a policy offers instalments and the names it gives, when the sentence is not translated', () => {
    const reply = policyReply(
      'Payment: we accept cards. Orders over $90 can be paid with Fernpay in three installments.',
      'payment',
      'es',
    );
    expect(reply).toMatch(/pago a plazos/);
    expect(reply).toMatch(/Fernpay/);
    expect(reply).toMatch(/90 US\$/);
  });
});

describe('Spanish sizes and counts', () => {
  it('reads a letter size named by its article alone', () => {
    expect(read('pues la M').slots.size).toBe('M');
    expect(read('el L').slots.size).toBe('L');
    // Not an article before it: no size.
    expect(read('la lata').slots.size).toBeUndefined();
  });

  it('reads "grande" beside a measure as the bigger one, not the letter size', () => {
    expect(relativeBesideMeasure(['la', 'bolsa', 'grande', 'de', '25', 'libras'], 'L')).toBe(true);
    expect(relativeBesideMeasure(['la', 'grande'], 'L')).toBe(false);
    expect(read('en la bolsa grande de 25 libras').slots.size).toBeUndefined();
    expect(read('la grande').slots.size).toBe('L');
  });

  it('counts containers said after the number', () => {
    expect(read('dos latas').slots.quantity).toBe(2);
    expect(read('de las verdes me sirve. tres bobinas').slots.quantity).toBe(3);
  });
});

const TEA: FakeProduct[] = [
  {
    id: 'kettleby-tin',
    name: 'Kettleby Loose Leaf Tin',
    brand: 'Kettleby',
    category: 'Tea Tins',
    price: 14,
    currency: 'USD',
    colors: [],
    sizes: ['100 g', '250 g', '500 g'],
    attributes: ['airtight'],
    outOfStock: ['500 g'],
  },
  {
    id: 'mossgate-pond-net',
    name: 'Mossgate Pond Net',
    brand: 'Mossgate',
    category: 'Pond Nets',
    price: 22,
    currency: 'USD',
    colors: [],
    sizes: [],
    attributes: ['telescopic'],
  },
];

describe('Spanish requests in a conversation', () => {
  const t = useTestStore('sqlite');
  let open: RealConversation | undefined;
  afterEach(async () => {
    await open?.close();
    open = undefined;
  });

  it('adds the variant when a use said with "para" comes before the request', async () => {
    await writeTestCatalog(t.store.db, TEA);
    const c = await RealConversation.guest(t.store.db, 'es');
    open = c;
    await c.say('busco la Kettleby Loose Leaf Tin');
    // "para el estanque" names what it is for: no other product is meant.
    const first = await c.say('bueno, total es para el estanque. ponme una de 250 g');
    expect(first.calls.find((x) => x.name === 'add_to_cart')?.input, first.text).toMatchObject({
      productId: 'p_kettleby-loose-leaf-tin',
    });
  });

  it('answers the price asked as what the shop asks for it', async () => {
    await writeTestCatalog(t.store.db, TEA);
    const c = await RealConversation.guest(t.store.db, 'es');
    open = c;
    await c.say('busco latas de té');
    const r = await c.say('¿y cuánto pedís por la Kettleby?');
    expect(r.text).toMatch(/14/);
  });
});
