/**
 * Branch dlg-es6's dialogue mechanisms, each pinned: Spanish closings said last check out even
 * beside "eso es todo" (es-order-talk.ts); regional consent is a yes, doubt never is, and "¿vale
 * para …?" asks; a doubtful answer or a look at the cart keeps the read-back waiting (state.ts);
 * a yes/no about one of the product's option values is answered from its variants
 * (option-yes-no.ts); "¿y la siguiente más pequeña?" after a refused value adds the next one
 * (refused-step.ts); a Spanish catalog's quote is not announced as English.
 */
import { describe, expect, it } from 'vitest';
import { answerFromOptions } from '../../../src/shop/dialogue/answers/option-yes-no.ts';
import { saysEs } from '../../../src/shop/dialogue/answers/text-answer.ts';
import type { ProductInfo } from '../../../src/shop/dialogue/results.ts';
import {
  closesPurchase,
  consentsEs,
  spanishOrderTalk,
  yesIsQuestion,
} from '../../../src/shop/dialogue/spanish/es-order-talk.ts';
import { holdsOff } from '../../../src/shop/dialogue/state.ts';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { cheeseCsv, cheeseStoreSetup } from './cheese-catalog.ts';
import { loadOutdoor } from './harness.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

describe('Spanish closings and consent', () => {
  it('reads a checkout verb said last, not one with a product after it', () => {
    for (const s of [
      'ya es todo cobreme',
      'venga tramitalo',
      'bueno listo paselo',
      'dame cerralo',
      'ya eso es todo cobra no mas',
    ])
      expect(spanishOrderTalk(s, false), s).toBe('checkout');
    for (const s of ['pasame la roja', 'mandalo a mi casa', 'cobra no se cuanto', 'eso es todo'])
      expect(closesPurchase(s) && spanishOrderTalk(s, false) === 'checkout', s).toBe(false);
    expect(spanishOrderTalk('ya que traigo en el carrito', true)).toBe('view_cart');
    expect(spanishOrderTalk('esperate cuanto era', false)).toBe('view_cart');
  });

  it('takes regional consent as a yes, never doubt, and "¿vale para …?" as a question', () => {
    for (const s of ['simon', 'orale ya confirmelo', 'si senor hagale', 'ya po dale confirmalo'])
      expect(consentsEs(s), s).toBe(true);
    expect(consentsEs('dame', 'dale')).toBe(true);
    expect(consentsEs('dame pasame una naranja', 'dale, pasame una naranja')).toBe(false);
    for (const s of ['mmm no estoy seguro', 'simon pero espera', 'y bueno no se'])
      expect(consentsEs(s), s).toBe(false);
    expect(yesIsQuestion('vale para induccion')).toBe(true);
    expect(yesIsQuestion('vale confirmalo')).toBe(false);
  });

  it('holds a read-back on a doubtful answer', () => {
    for (const s of ['mmm, no sé, déjeme ver', 'y bueno, no sé', 'no estoy seguro'])
      expect(holdsOff(s), s).toBe(true);
    for (const s of ['no, cancela', 'no sé qué talla, ¿la M?']) expect(holdsOff(s), s).toBe(false);
  });
});

describe('answers from option values and Spanish quotes', () => {
  const shoe: ProductInfo = {
    id: 'p1',
    name: 'Aerojump Elite Court Shoe',
    sizes: [{ size: '9', inStock: true }],
    colors: [],
    options: Object.assign(
      [
        {
          name: 'Width',
          values: [
            { value: 'Regular', inStock: true },
            { value: 'Wide', inStock: false },
          ],
        },
      ],
      {},
    ),
  };
  it('answers yes, or says a value is sold out, and says nothing of words no value has', () => {
    expect(answerFromOptions(shoe, ['tengo', 'pie', 'wide'], 'es')).toMatch(
      /viene en Width Wide, pero ahora está agotado/,
    );
    expect(
      answerFromOptions(
        {
          ...shoe,
          options: Object.assign([{ name: 'Width', values: [{ value: 'Wide', inStock: true }] }], {}),
        },
        ['wide'],
        'es',
      ),
    ).toMatch(/^Sí: /);
    expect(answerFromOptions(shoe, ['narrow'], 'es')).toBeUndefined();
  });
  it('does not announce a Spanish quote as English', () => {
    expect(saysEs('Kit', 'Solo falta la leche y el cuajo')).not.toMatch(/inglés/);
    expect(saysEs('Net', 'Poles and antennas not included')).toMatch(/inglés/);
  });
});

describe('a value said by its place after a refusal, end to end', () => {
  const t = useTestStore('sqlite');
  it('"¿y la siguiente más pequeña?" adds the next smaller capacity in stock', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, cheeseCsv());
    await cheeseStoreSetup(t.store.db);
    const c = await RealConversation.guest(t.store.db, 'es');
    try {
      await c.say('¿tenéis ollas para calentar la leche?');
      expect((await c.say('añade la olla quesera de 30 litros')).text).toMatch(/agotad/);
      await c.say('¿y la siguiente más pequeña?');
      expect((await c.cart()).view.items.map((l) => l.options?.Capacidad)).toEqual(['20 litros']);
      expect((await c.say('ya es todo, cóbramelo')).calls.map((x) => x.name)).toContain('prepare_order');
      expect((await c.say('mmm, no sé')).calls.map((x) => x.name)).not.toContain('confirm_order');
      expect((await c.say('simón')).calls.map((x) => x.name)).toContain('confirm_order');
      expect((await c.latestOrder())?.status).toBe('placed');
    } finally {
      await c.close();
    }
  });
});
