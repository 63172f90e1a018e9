/**
 * Spanish forms read the way English says them (es-forms.ts) and English owner text quoted in a
 * Spanish reply (owner-text.ts). Invented pet-supplies catalog, real shop tools.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { ownerText, readsEnglish } from '../../src/shop/dialogue/answers/owner-text.ts';
import { colourCompounds } from '../../src/shop/dialogue/spanish/es-compounds.ts';
import { spanishCountForms } from '../../src/shop/dialogue/spanish/es-forms.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';
import { useTestStore } from '../store/databases.ts';
import type { FakeProduct } from './fixtures.ts';
import { RealConversation, writeTestCatalog } from './real-shop.ts';

const PETS: FakeProduct[] = [
  {
    id: 'pawsome-chew-sticks',
    name: 'Pawsome Dental Chew Sticks',
    brand: 'Pawsome',
    category: 'Dog Treats',
    price: 9,
    currency: 'USD',
    colors: [],
    sizes: ['3-pack', '6-pack', '10-pack'],
    attributes: ['grain free'],
    outOfStock: [],
  },
];

describe('Spanish counts and packs', () => {
  it('puts the number of a pack before it, as English does', () => {
    expect(spanishCountForms('ponme el pack de cuatro'.split(' '))).toEqual('ponme el 4 pack'.split(' '));
    expect(spanishCountForms('dos paquetes de seis unidades'.split(' '))).toEqual('dos 6 packs'.split(' '));
    expect(spanishCountForms('el lote de 12 de esas'.split(' '))).toEqual('el 12 pack de esas'.split(' '));
  });

  it('leaves other "de" phrases and a pack of one alone', () => {
    for (const s of ['un pack de una', 'la caja de carton', 'el pack de colores', 'dos de las grandes'])
      expect(spanishCountForms(s.split(' '))).toEqual(s.split(' '));
  });

  const t = useTestStore('sqlite');
  let open: RealConversation | undefined;
  afterEach(async () => {
    await open?.close();
    open = undefined;
  });

  it('adds one pack of the size said, not that many units', async () => {
    await writeTestCatalog(t.store.db, PETS);
    const c = await RealConversation.guest(t.store.db, 'es');
    open = c;
    await c.say('busco los Pawsome Dental Chew Sticks');
    const r = await c.say('ponme el pack de seis');
    const add = r.calls.find((x) => x.name === 'add_to_cart');
    expect(add?.input, r.text).toMatchObject({ size: '6-pack', quantity: 1 });
  });
});

describe("the owner's English text in a Spanish reply", () => {
  it('is introduced in Spanish when it is English', () => {
    const quote = 'A sturdy chew that cleans teeth while your dog plays.';
    expect(readsEnglish(quote)).toBe(true);
    expect(ownerText(quote, 'es')).toMatch(
      /^Su descripción, que está en inglés, dice lo siguiente: «A sturdy/,
    );
    expect(ownerText(quote, 'en')).toBe(quote);
  });

  it('is quoted as it is when it is Spanish already', () => {
    const quote = 'Un snack que limpia los dientes de tu perro mientras juega.';
    expect(ownerText(quote, 'es')).toBe(quote);
  });
});

const CYCLING: CatalogVocabulary = {
  language: 'es',
  productNames: ['Veloz Aero Road Helmet', 'Veloz Trail Jersey'],
  categories: ['helmets', 'jerseys'],
  brands: ['Veloz'],
  colors: ['red', 'black'],
  sizes: ['S', 'M', 'L'],
  attributes: ['mips'],
  minPrice: 30,
  maxPrice: 200,
  currency: 'USD',
};
const cycling = compileVocabulary(CYCLING);

describe('Spanish requests read as English ones are', () => {
  it('reads "¿hay algún <kind> …, por menos de N?" as asking the shop, not about the product in focus', () => {
    const r = understand(
      'es que me caigo mucho. ¿hay algún casco que ayude con eso, por menos de 120?',
      cycling,
      'es',
    );
    expect(r).toMatchObject({ intent: 'search', slots: { category: 'helmets', maxPrice: 120 } });
    expect(r.slots.feature).toBeUndefined();
  });

  it('reads a size letter after "de la" as the size ("talla" is feminine)', () => {
    expect(understand('en rojo de la L', cycling, 'es').slots).toMatchObject({ size: 'L' });
    expect(understand('la camiseta Veloz de la M', cycling, 'es').slots).toMatchObject({ size: 'M' });
  });
});

const GRILLS: CatalogVocabulary = {
  language: 'es',
  productNames: ['Emberline Kettle Grill 22 in', 'Emberline Flat Top Griddle'],
  categories: ['grills', 'griddles'],
  brands: ['Emberline'],
  colors: ['black', 'red'],
  sizes: [],
  attributes: ['black steel', 'stainless steel'],
  minPrice: 50,
  maxPrice: 600,
  currency: 'USD',
};
const grills = compileVocabulary(GRILLS);

describe('a colour said after its noun', () => {
  it("reads the catalog's compound in English order", () => {
    expect(colourCompounds(['en', 'steel', 'negro'], grills)).toEqual(['en', 'black', 'steel']);
    expect(understand('una plancha de acero negro', grills, 'es').slots).toMatchObject({
      attributes: ['black steel'],
    });
    expect(understand('una plancha de acero negro', grills, 'es').slots.color).toBeUndefined();
  });

  it('leaves a colour that makes no catalog compound as a colour', () => {
    expect(colourCompounds(['barbacoa', 'roja'], grills)).toEqual(['barbacoa', 'roja']);
    expect(understand('una barbacoa roja', grills, 'es').slots).toMatchObject({ color: 'red' });
  });
});
