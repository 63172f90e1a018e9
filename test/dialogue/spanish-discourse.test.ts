/**
 * Spanish shoppers' discourse and yes/no around a request (issue 12, the Spanish gap): fillers
 * stripped before parsing (es-discourse.ts), placing the order said with an add verb
 * (order-words.ts), a question read apart from the statement after it (es-question.ts), and the
 * Spanish forms of read-backs, order status, a cap after the figure and a size said with "de".
 * Invented apparel catalog (fixtures.ts); phrasings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { policyReply } from '../../src/shop/dialogue/answers/policy-reply.ts';
import { withoutDiscourse } from '../../src/shop/dialogue/spanish/es-discourse.ts';
import { questionThenStatement } from '../../src/shop/dialogue/spanish/es-question.ts';
import { detectLanguage, understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { placesOrder } from '../../src/shop/dialogue/words/order-words.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';
import { APPAREL, vocabularyOf } from './fixtures.ts';

const es = compileVocabulary(vocabularyOf(APPAREL, 'es'));
const read = (s: string) => understand(s, es, 'es');

describe('Spanish discourse words', () => {
  it('drops clauses that are only discourse and fillers that open or close a clause', () => {
    expect(withoutDiscourse('qué le vamos a hacer. pues SAVE10')).toBe('SAVE10');
    expect(withoutDiscourse('en fin, la roja, imagino')).toBe('la roja,');
    expect(withoutDiscourse('oye, ¿tenéis zapatillas?')).toBe('¿tenéis zapatillas?');
    expect(withoutDiscourse('la azul a ver')).toBe('la azul');
  });

  it('keeps what would leave nothing and never drops a yes word', () => {
    expect(withoutDiscourse('bueno')).toBe('bueno');
    expect(withoutDiscourse('vale, venga')).toBe('vale, venga');
    expect(withoutDiscourse('pues')).toBe('pues');
  });

  it('counts discourse words as Spanish, so a bare code keeps the shopper language', () => {
    // "a" is English and Spanish alike; "ver" now evens it, so the Spanish session's language holds.
    expect(detectLanguage('WINTER20, a ver', 'es')).toBe('es');
    expect(detectLanguage('WINTER20, supongo', 'en')).toBe('es');
  });

  it('finds the code and the colour a filler hid', () => {
    const code = read('qué remedio. pues WINTER20');
    expect(code.intent).toBe('promo');
    expect(code.slots.promoCode).toBe('WINTER20');
    expect(read('pues la negra, digo').slots.color).toBe('Negro');
  });
});

describe('Spanish yes and no', () => {
  it('takes a yes with "the order" as the object of an add verb as a confirmation', () => {
    expect(placesOrder('tramita el pedido ya', 'es')).toBe(true);
    expect(placesOrder('mete las zapatillas', 'es')).toBe(false);
    expect(read('sí, tramita el pedido ya').intent).toBe('confirm');
    expect(read('vale, haz el pedido').intent).toBe('confirm');
    expect(read('cursa el pedido').intent).toBe('checkout');
  });

  it('reads "para" as a stop only on its own, not as a preposition', () => {
    expect(read('para').no).toBe(true);
    expect(read('para el invierno, unas zapatillas de correr').no).toBe(false);
  });

  it('takes a choice verb on a list position as an add', () => {
    expect(read('me llevo la segunda que has enseñado').intent).toBe('add_to_cart');
    expect(read('elijo el tercero').intent).toBe('add_to_cart');
  });
});

describe('Spanish phrasings of cart, order and price', () => {
  it('reads questions about the running bill as a read-back', () => {
    for (const s of ['¿cuánto va la factura?', '¿cómo vamos de gasto?', '¿cuánto llevo gastado ya?'])
      expect(read(s).intent, s).toBe('view_cart');
    // what the shopper wears is no read-back
    expect(read('unas zapatillas, que llevo plantillas').intent).not.toBe('view_cart');
  });

  it('keeps a checkout said with the destination as a noun', () => {
    expect(read('venga, a pagar, entrega en Quito').intent).toBe('checkout');
  });

  it('reads an order on its way as an order-status question', () => {
    expect(read('¿el paquete ya viene de camino?').intent).toBe('order_status');
    expect(read('¿mi compra ya ha salido?').intent).toBe('order_status');
  });

  it('reads a cap said after the figure', () => {
    expect(read('zapatillas de correr de 100 pavos o menos').slots.maxPrice).toBe(100);
    expect(read('zapatillas de correr, 150 dólares como mucho').slots.maxPrice).toBe(150);
  });

  it('reads a bare figure as the one catalog size that is that figure and a unit', () => {
    const rings = compileVocabulary(
      vocabularyOf(
        [
          {
            id: 'r1',
            name: 'Halo Ring',
            brand: 'Orbit',
            category: 'rings',
            price: 40,
            currency: 'USD',
            colors: [],
            sizes: ['5.5 in', '6 in', '6.25 in'],
            attributes: [],
          },
        ],
        'es',
      ),
    );
    expect(understand('me llevo el de 6', rings, 'es').slots.size).toBe('6 in');
    expect(understand('que sea de 6,25', rings, 'es').slots.size).toBe('6.25 in');
    expect(understand('me llevo el de 7', rings, 'es').slots.size).toBeUndefined();
  });

  it('reads "de N" as a size only when N is one of the catalog sizes', () => {
    expect(read('unas zapatillas de correr de 10').slots.size).toBe('10');
    expect(read('unas zapatillas de correr de 37').slots.size).toBeUndefined();
  });
});

describe('a Spanish question and the statement after it', () => {
  it('splits a ¿…? question from what follows', () => {
    expect(questionThenStatement('¿cuánto pesa? lo llevo yo')).toEqual({
      question: '¿cuánto pesa?',
      statement: 'lo llevo yo',
    });
    expect(questionThenStatement('¿cuánto pesa?')).toBeUndefined();
    expect(questionThenStatement('si llueve, ¿aguanta?')).toBeUndefined();
  });

  it('reads the question alone when the statement names nothing sold, not when it does', () => {
    const alone = read('¿cuánto pesa? me duele la espalda');
    expect(alone.slots.measure).toBe('weight');
    expect(alone.text).toBe('cuanto pesa');
    expect(read('¿las tenéis? en negro').slots.color).toBe('Negro');
  });
});

describe('Spanish measures and policy limits', () => {
  it('reads "unos N cm" as a measure, "unos N" alone as a price', () => {
    const measure = read('zapatillas de correr, tengo unos 26 cm de pie');
    expect(measure.slots.minPrice).toBeUndefined();
    expect(read('zapatillas de correr de unos 90').slots.maxPrice).toBeGreaterThan(90);
  });

  it('keeps the exclusions and limits of a policy in its Spanish facts', () => {
    const es = policyReply(
      'Tents carry a 3-year warranty; zipper wear is not covered. Boots can be returned only unworn, with their tags on. Stoves cannot be shipped to Mexico.',
      'warranty',
      'es',
    );
    expect(es).toMatch(/no está cubierto/);
    expect(es).toMatch(/solo se pueden devolver/);
    expect(es).toMatch(/no se pueden enviar/);
  });
});
