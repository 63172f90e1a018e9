/**
 * Branch es12's mechanisms, each pinned on invented products and phrasings of its own: going on to
 * the till or the payment said as a movement ("volvamos a la caja", "sigue con el pago",
 * "enséñame otra vez el pago") is the checkout's read-back, even beside "eso es todo" (es-order-
 * talk.ts); "sí, adelante con el pedido" places it (order-words.ts); giving the purchase up ("no
 * quiero seguir con la compra") or naming the order by its contents ("anula lo del sombrero")
 * cancels (intents-extra.ts); "¿hacéis descuentos …?" lists the promos instead of reading the
 * words after "código" as a code; "kilo y medio", "dos kilos y medio" are the catalog's "1.5 kg",
 * "2.5 kg" (es-paraphrase.ts); the least money said by spending or paying ("¿con cuál gasto
 * menos?", "el que menos plata cuesta") is the cheapest (lexicon.ts, constraints.ts); a thing
 * forgotten ("olvídate del sombrero") is taken out, "dejá el carrito vacío" empties it; "primero"
 * before what comes first ("…, primero lo otro") is no position in the list, nor is an ordinal
 * before a time ("el primer día") (slots.ts); "dale, sumá esa" adds the one in focus; "bolsas
 * de guardar" are storage bags, no request to save (lexicon.ts); "-ish" colours and Spanish
 * derivatives and diminutives ("azulada", "rojizo", "bluish") name their family (color-table.ts);
 * words of weight, width and thickness rank a measured option ("las más pesadas", "the
 * heaviest", "la más liviana") as "el más largo" did (option-phrase.ts); a statement before a
 * question asking what is sold ("quiero hacer mermelada. ¿qué pectinas tenéis …?") never makes
 * the question an add (nlu.ts, es-question.ts); "¿ya mandasteis el sombrero?" asks for the
 * order's status (lexicon.ts).
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { loadOutdoor } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { gridProduct, gridRow } from './variant-grid.ts';

const product = gridProduct;

const CATALOG = shopifyCsv(
  [
    product('Fernbrook Garden Hat', 'Hats', 22, { options: { Color: ['Green', 'Blue'] } }),
    product('Fernbrook Watering Can', 'Watering', 30, { options: { Capacity: ['5 L', '10 L'] } }),
    product('Fernbrook Pruning Shears', 'Tools', 40),
    product('Fernbrook Hose Reel', 'Watering', 60, { options: { Length: ['15 m', '30 m'] } }),
    product('Fernbrook Rain Jacket', 'Jackets', 80, {
      options: { Size: ['S', 'M', 'L'], Color: ['Red', 'Blue', 'Charcoal'] },
      soldOut: ['L/Red'],
    }),
    product('Fernbrook Classic Pectin', 'Pectin', 13),
    product('Fernbrook Low Sugar Pectin', 'Pectin', 16),
    product('Fernbrook Jam Thermometer', 'Prep Tools', 19),
    product('Fernbrook Seed Storage Bags', 'Storage', 14, { options: { Color: ['Black', 'White'] } }),
    product('Fernbrook Telescopic Pole', 'Poles', 25, { options: { Length: ['1.5 m', '3 m'] } }),
    product('Fernbrook Lawn Seed', 'Seeds', 12, { options: { Weight: ['1.5 kg', '2.5 kg', '3.5 kg'] } }),
  ].map(gridRow),
  600,
);

describe('going on to the till, placing, cancelling', () => {
  const t = useTestStore('sqlite');
  const checkouts = [
    'vale, eso es todo. volvamos a la caja',
    'sigue con el pago',
    'enséñame otra vez el pago',
    'ya, eso sería todo, vamos a la caja',
    'pasemos al pago',
    'bueno, no quito nada. volvamos a la caja',
    'vale, no regaré tanto. enséñame otra vez el pago',
  ];
  for (const say of checkouts) {
    it(`"${say}" reads the order back, then a yes with "adelante con el pedido" places it`, {
      timeout: DEV_SET_TIMEOUT_MS,
    }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, 'es');
      await c.say('ponme el sombrero verde');
      const back = await c.say(say);
      expect(back.text).toMatch(/22,00/);
      expect(back.calls.map((x) => x.name)).toContain('prepare_order');
      await c.say('sí, lo he repasado y está bien, adelante con el pedido');
      expect((await c.latestOrder())?.status).toBe('placed');
    });
  }

  it('"¿ya mandasteis el sombrero o todavía no?" names the order', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, CATALOG);
    const c = await RealConversation.guest(t.store.db, 'es');
    await c.say('ponme el sombrero verde');
    await c.say('sigue con el pago');
    await c.say('sí, manda el pedido');
    const id = (await c.latestOrder())?.id;
    const r = await c.say('¿ya mandasteis el sombrero o todavía no?');
    expect(r.calls.map((x) => x.name)).toContain('order_status');
    expect(r.text).toContain(id!);
  });

  it('"no quiero seguir con la compra" and "anula lo del sombrero" cancel', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, CATALOG);
    const c = await RealConversation.guest(t.store.db, 'es');
    await c.say('ponme el sombrero verde');
    await c.say('sigue con el pago');
    await c.say('sí, manda el pedido');
    const ask = await c.say('al final no me hace falta, así que no quiero seguir con la compra');
    expect(ask.calls.map((x) => x.name)).toContain('cancel_order');
    expect((await c.latestOrder())?.status).toBe('placed');
    await c.say('sí, segurísimo, anula lo del sombrero');
    expect((await c.latestOrder())?.status).toBe('cancelled');
  });

  it('"¿hacéis descuentos con algún código estos días?" lists the promos', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, CATALOG);
    const c = await RealConversation.guest(t.store.db, 'es');
    const r = await c.say('¿hacéis descuentos con algún código estos días?');
    expect(r.calls.map((x) => x.name)).toContain('list_promos');
  });
});

describe('a half after the unit is the decimal the catalog writes', () => {
  const t = useTestStore('sqlite');
  const orders: [say: string, value: string][] = [
    ['quiero semillas de césped, la de kilo y medio', '1.5 kg'],
    ['quiero semillas de césped, las de dos kilos y medio', '2.5 kg'],
    ['y la pértiga telescópica, la de metro y medio', '1.5 m'],
  ];
  for (const [say, value] of orders) {
    it(`"${say}" adds ${value}`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, 'es');
      await c.say(say);
      const items = (await c.cart()).view.items;
      expect(items.map((i) => Object.values(i.options ?? {}).join('/'))).toEqual([value]);
    });
  }
});

describe('the least money said by spending or paying is the cheapest', () => {
  const t = useTestStore('sqlite');
  for (const say of ['de esos, ¿con cuál gasto menos?', '¿cuál es el que menos plata cuesta?']) {
    it(`"${say}" names the cheapest shown`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, 'es');
      await c.say('busco algo de fernbrook');
      expect((await c.say(say)).text).toMatch(/^Fernbrook Lawn Seed/);
    });
  }
});

describe('the cart by what is forgotten, emptied or put off', () => {
  const t = useTestStore('sqlite');
  const turns: [say: string, left: string[]][] = [
    ['olvídate del sombrero', ['Fernbrook Pruning Shears']],
    ['olvida las tijeras de podar, ya tengo unas', ['Fernbrook Garden Hat']],
    ['¿sabés qué? no quiero nada, dejá el carrito vacío', []],
    ['y los garden hats guárdamelos para después, primero lo otro', ['Fernbrook Pruning Shears']],
    ['quita las tijeras de podar, que las pierde el primer día', ['Fernbrook Garden Hat']],
  ];
  for (const [say, left] of turns) {
    it(`"${say}" leaves ${left.join(', ') || 'nothing'}`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, 'es');
      await c.say('ponme el sombrero verde');
      await c.say('y las tijeras de podar');
      await c.say(say);
      expect((await c.cart()).view.items.map((i) => i.name)).toEqual(left);
    });
  }
});

describe('"sumá" before a demonstrative adds the one in focus', () => {
  const t = useTestStore('sqlite');
  it('"dale, sumá esa" after asking about the shears', { timeout: DEV_SET_TIMEOUT_MS }, async () => {
    await loadOutdoor(t.store.db, CATALOG);
    const c = await RealConversation.guest(t.store.db, 'es');
    await c.say('¿cuánto cuestan las tijeras de podar?');
    await c.say('dale, sumá esas');
    expect((await c.cart()).view.items.map((i) => i.name)).toEqual(['Fernbrook Pruning Shears']);
  });
});

describe('an infinitive after "de" is what the thing is for', () => {
  const t = useTestStore('sqlite');
  it('"bolsas de guardar semillas, en negro" is no save for later', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, CATALOG);
    const c = await RealConversation.guest(t.store.db, 'es');
    const r = await c.say('ponme unas bolsas de guardar semillas, en negro');
    expect(r.calls.map((x) => x.name)).not.toContain('save_item');
    expect((await c.cart()).view.items.map((i) => `${i.name} ${i.color}`)).toEqual([
      'Fernbrook Seed Storage Bags Black',
    ]);
  });
});

describe('"-ish" colours name their family', () => {
  const t = useTestStore('sqlite');
  const turns: [lang: 'en' | 'es', first: string, then: string][] = [
    ['es', 'quiero la chaqueta de lluvia roja en talla L', 'me vale la azulada, también en L'],
    ['en', 'i want the red rain jacket in large', 'ok the bluish one then, also in large'],
  ];
  for (const [lang, first, then] of turns) {
    it(`${lang}: "${then}" after the refusal adds L/Blue`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang);
      expect((await c.say(first)).text).toMatch(/agotad|sold out|out of stock/i);
      await c.say(then);
      const items = (await c.cart()).view.items;
      expect(items.map((i) => `${i.size}/${i.color}`)).toEqual(['L/Blue']);
    });
  }
});

describe('an extreme of a measured option by weight', () => {
  const t = useTestStore('sqlite');
  const orders: [lang: 'en' | 'es', turns: string[], value: string][] = [
    ['es', ['quiero semillas de césped, las más pesadas'], '3.5 kg'],
    ['es', ['quiero semillas de césped, las más livianas'], '1.5 kg'],
    ['en', ['i want the lawn seed, the heaviest bag'], '3.5 kg'],
  ];
  for (const [lang, turns, value] of orders) {
    it(`${lang}: "${turns.at(-1)}" adds ${value}`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang);
      for (const say of turns) await c.say(say);
      const items = (await c.cart()).view.items;
      expect(items.map((i) => Object.values(i.options ?? {}).join('/'))).toEqual([value]);
    });
  }
});

describe('a want said before a question about what is sold', () => {
  const t = useTestStore('sqlite');
  it('"quiero hacer mermelada. ¿qué pectinas tenéis por menos de quince dólares?" searches', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, CATALOG);
    const c = await RealConversation.guest(t.store.db, 'es');
    const r = await c.say(
      'este año quiero hacer mermelada. ¿qué pectinas tenéis por menos de quince dólares?',
    );
    expect((await c.cart()).view.items).toEqual([]);
    const shown = r.calls.flatMap((x) =>
      ((x.result as { products?: { name: string }[] })?.products ?? []).map((p) => p.name),
    );
    expect(shown).toEqual(['Fernbrook Classic Pectin']);
  });
});
