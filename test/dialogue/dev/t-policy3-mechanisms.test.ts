/**
 * Branch t-policy3's mechanisms, pinned on a bicycle shop of my own (its products, policy text and
 * phrasings are no dev or round script's):
 * - promos asked for in everyday words ("is there some discount code a commuter could use?", "got
 *   any codes that knock something off?") list the shop's promos; ordinary words after "code" are
 *   no code (identifiers.ts, intents-extra.ts);
 * - a service asked of the shop ("can you true my wheel for me?", "do you give lessons…", "¿dan
 *   clases…?") is answered from the policy text's sentence naming it, not a product search or a
 *   product's "I don't know";
 * - shipping a thing the policy's exception names answers no (policy-exception.ts);
 * - a service asked of the shop in everyday words ("do you do it for people?", "can you adjust the
 *   brakes for me?", "¿ustedes lo hacen?", "¿me pueden ajustar…?") is a policy question, answered by
 *   the sentence where the shop offers it, not a rule naming the same thing (policy-offer.ts);
 * - the bill asked in slang ("add it all up, where does the pump haul stand", "show me the total
 *   once more", "súmame todo", "enséñame otra vez el resumen") reads the cart back, a kind named
 *   or not (cart-talk.ts);
 * - a yes said mid-sentence with the order placed in so many words ("pump, yep that's the lot,
 *   lock the order in", "inflador, eso es, sí, mande el pedido") confirms the checkout (nlu.ts,
 *   order-words.ts);
 * - the order's status asked by what was ordered ("did the pump I ordered leave Leeds yet", "¿el
 *   inflador que pedí ya salió?") and its cancel in slang ("kill the pump order off", "cancélame
 *   ese pedido", "anule ese pedido") (lexicon.ts, intents-extra.ts).
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { loadOutdoor } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { type GridProduct, gridRow } from './variant-grid.ts';

const product = (title: string, type: string, price: number, body: string): GridProduct => ({
  handle: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  title,
  body: `<p>${body}</p>`,
  vendor: title.split(' ')[0]!,
  type,
  tags: type.toLowerCase(),
  price,
});

const CATALOG = shopifyCsv(
  [
    product('Spokehaven Road Wheel', 'Wheels', 120, 'A 700c road wheel with 24 spokes and an alloy rim.'),
    product('Spokehaven Brake Pads', 'Brakes', 12, 'Rim brake pads for alloy rims, sold as a pair.'),
    product(
      'Pedalry Touring Bike',
      'Bikes',
      890,
      'A steel touring bike with rack mounts and a 3x9 drivetrain.',
    ),
    product('Pedalry E-Bike Battery', 'Batteries', 340, 'A 500 Wh battery for Pedalry e-bikes.'),
    product('Pedalry Floor Pump', 'Pumps', 35, 'A floor pump with a gauge, for Presta and Schrader valves.'),
  ].map(gridRow),
  400,
);

const POLICY = [
  'Shipping: orders ship from our workshop in Leeds within 1 business day. Shipping is free on orders over £50; below that it costs £4.95. Bikes ship as oversize parcels for £20 more.',
  'International: we ship to Ireland and France for £15, in 4 to 8 working days, except e-bike batteries, which we ship only inside the UK.',
  'Services: we true wheels free of charge before they ship if you ask in the order notes. Bike maintenance classes run on Wednesday evenings at our Leeds workshop for £25 a session.',
  'Warranty: frames carry a 5-year warranty. Tyres and brake pads wear with use and carry no warranty.',
  'Returns: unused parts can be returned within 30 days. A wheel that has been trued or ridden cannot be returned, nor brakes that have been adjusted.',
  'Workshop: we adjust brakes free of charge if you ask in the order notes.',
  'Payment: we accept Visa, Mastercard and PayPal. We do not accept American Express. Klarna pay later is available on orders of £30 to £900.',
].join('\n');

describe('promos asked for in everyday words', () => {
  const t = useTestStore('sqlite');
  for (const [lang, ask] of [
    ['en', 'is there some discount code a commuter could use?'],
    ['en', 'got any codes that knock something off?'],
    ['en', 'is there a code going around that knocks a bit off pumps'],
    ['en', 'is there a promo code I could use on the bike bits?'],
  ] as const) {
    it(`${lang}: "${ask}" lists the promos`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      const r = await c.say(ask);
      expect(r.calls.map((x) => x.name)).not.toContain('search_products');
      expect(r.calls.map((x) => x.name)).not.toContain('apply_promo');
      expect(r.text).toMatch(/SAVE10/);
    });
  }
});

describe('a service asked of the shop is answered from the policy text', () => {
  const t = useTestStore('sqlite');
  for (const [lang, ask, want] of [
    ['en', "I don't own a truing stand. can you true the wheel for me?", /free|order notes/i],
    ['en', 'do you give lessons on how to fix a bike?', /wednesday|£25/i],
    ['en', 'do you run any maintenance sessions for beginners?', /wednesday|£25/i],
    ['es', '¿dan clases de mecánica de bicis en algún lado?', /wednesday|miércoles|25/i],
    ['es', '¿tienen alguna clase de mantenimiento para principiantes?', /wednesday|miércoles|25/i],
  ] as const) {
    it(`${lang}: "${ask}"`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      await c.say(lang === 'en' ? 'show me the road wheel' : 'enséñame la rueda de carretera');
      const r = await c.say(ask);
      expect(r.text).not.toMatch(/don't know|no lo sé|description|descripción/i);
      expect(r.text).toMatch(want);
    });
  }
});

describe("shipping what the policy's exception names answers no", () => {
  const t = useTestStore('sqlite');
  for (const [lang, ask] of [
    ['en', 'could you post a spare e-bike battery to my brother in Dublin?'],
    ['en', "I'm in Paris. can you ship me an e-bike battery?"],
    ['es', 'vivo en París. ¿me pueden mandar una batería de e-bike?'],
  ] as const) {
    it(`${lang}: "${ask}"`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      const r = await c.say(ask);
      expect(r.text).toMatch(/\bno\b|\bnot\b|n't|cannot/i);
      expect(r.text).toMatch(/batter|bater/i);
    });
  }
});

describe('the bill, the order placed, its status and its cancel, said in everyday words', () => {
  const t = useTestStore('sqlite');
  for (const [lang, add, bill, again, place, status, cancel, sure] of [
    [
      'en',
      'add the floor pump',
      'add it all up for me, where does the pump haul stand',
      'ok I believe you. show me the total once more',
      'pump, yep that is the lot, lock the order in',
      'did the pump I ordered leave Leeds yet',
      'turns out I got one free. cancel that order please',
      'yep, kill the pump order off',
    ],
    [
      'es',
      'añade el inflador de pie',
      'súmame todo, ¿cómo va la cuenta de bombas?',
      'vale, enséñame otra vez el resumen del pedido',
      'inflador, eso es, sí, mande el pedido',
      '¿el inflador que pedí ya salió de Leeds?',
      'me regalaron uno, así que cancélame ese pedido',
      'listo, anule ese pedido del inflador',
    ],
  ] as const) {
    it(`${lang}: "${bill}" … "${cancel}"`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      await c.say(add);
      const read = await c.say(bill);
      expect(read.calls.map((x) => x.name)).not.toContain('add_to_cart');
      expect(read.text).toMatch(/35[.,]00/);
      await c.say(lang === 'en' ? 'check out' : 'vamos a pagar');
      expect((await c.say(again)).text).toMatch(/35[.,]00/);
      await c.say(place);
      const order = await c.latestOrder();
      expect(order?.status).toBe('placed');
      expect((await c.say(status)).text).toContain(order!.id);
      expect((await c.say(cancel)).text).toContain(order!.id);
      await c.say(sure);
      expect((await c.latestOrder())?.status).toBe('cancelled');
    });
  }
});

describe('what shipping costs, asked with the order amount or a surcharge in mind', () => {
  const t = useTestStore('sqlite');
  for (const [lang, ask, want] of [
    ['en', 'my order comes to about thirty pounds. how much is delivery?', /4[.,]95/],
    ['en', "I'm only spending about twenty quid, will you charge me to mail it to York", /4[.,]95/],
    ['en', 'is there anything extra to pay for shipping a touring bike?', /£20/],
    ['en', 'if I change my mind about the pump, do I pay to ship it back?', /.*/],
    ['es', 'mi pedido no llega a treinta libras. ¿cuánto me cobran de envío?', /4[.,]95/],
    ['es', '¿hay que pagar algo de más por el envío de una bici de paseo?', /20/],
  ] as const) {
    it(`${lang}: "${ask}"`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      const r = await c.say(ask);
      expect(r.calls.map((x) => x.name)).not.toContain('search_products');
      expect(r.text).not.toMatch(/we accept|aceptamos|don't know|no lo sé/i);
      expect(r.text).toMatch(want);
    });
  }
});

describe('a yes to placing the order after the read-back was set aside', () => {
  const t = useTestStore('sqlite');
  for (const [lang, steps, place] of [
    [
      'en',
      ['add the floor pump', 'check out', "wait, don't buy it yet", 'ok. show me the total once more'],
      "the pump, that's right, yes, send the order through",
    ],
    [
      'es',
      [
        'añade el inflador de pie',
        'vamos a pagar',
        'espera, todavía no',
        'vale, muéstrame otra vez el total',
      ],
      'el inflador, eso es, sí, mande el pedido',
    ],
  ] as const) {
    it(`${lang}: "${place}" places it`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      for (const s of steps) await c.say(s);
      expect(await c.latestOrder()).toBeUndefined();
      await c.say(place);
      expect((await c.latestOrder())?.status).toBe('placed');
    });
  }
});

describe('a question about the shop its policy text does not answer', () => {
  const t = useTestStore('sqlite');
  for (const [lang, ask] of [
    ['en', 'is there parking out the front of the Leeds shop?'],
    ['en', 'are all your pumps certified carbon neutral?'],
    ['en', 'do you also have mechanics who come round and fix the bike at home?'],
    ['es', '¿hay estacionamiento frente al taller de Leeds?'],
    ['es', '¿todas sus bombas tienen certificación ecológica?'],
    ['es', '¿ustedes también tienen personal que vaya a arreglar la bici a casa?'],
  ] as const) {
    it(`${lang}: "${ask}" is "I don't know", a person offered`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      const r = await c.say(ask);
      expect(r.calls.map((x) => x.name)).not.toContain('search_products');
      const human = r.calls.some((x) => x.name === 'request_human');
      if (!human) expect(r.text).toMatch(/don't know|no lo sé/i);
    });
  }
});

describe("a service asked of the shop: the shop's offer, not a rule naming the same thing", () => {
  const t = useTestStore('sqlite');
  for (const [lang, ask, want] of [
    ['en', 'I have no time to true a wheel myself. do you do it for people?', /we true wheels/i],
    ['en', 'can you adjust the brakes for me?', /we adjust brakes/i],
    ['es', 'no tengo tiempo de ajustar los frenos yo mismo. ¿ustedes lo hacen?', /we adjust brakes/i],
    ['es', '¿me pueden ajustar ustedes los frenos?', /we adjust brakes/i],
  ] as const) {
    it(`${lang}: "${ask}"`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      const r = await c.say(ask);
      expect(r.calls.map((x) => x.name)).not.toContain('search_products');
      expect(r.text).toMatch(want);
      expect(r.text).not.toMatch(/cannot be returned/i);
    });
  }
});

describe('a place asked about sending is what the question asks, not a name in passing', () => {
  const t = useTestStore('sqlite');
  it('en: "do you post across the water to Ireland?" hears the sentence naming Ireland', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, CATALOG);
    const c = await RealConversation.guest(t.store.db, 'en', POLICY);
    const r = await c.say('I am over in Dublin. do you post across the water to Ireland?');
    expect(r.text).toMatch(/we ship to Ireland and France for £15/);
  });
});

describe('payment and warranty asked without their names', () => {
  const t = useTestStore('sqlite');
  for (const [lang, ask, want] of [
    ['en', 'the only card I carry is an amex, is that ok', /american express/i],
    ['en', 'if the frame of my bike cracks in a few years, is that covered', /5-year/i],
    ['es', 'este mes ando corto de plata. ¿puedo pagarlo más adelante?', /klarna/i],
  ] as const) {
    it(`${lang}: "${ask}"`, { timeout: DEV_SET_TIMEOUT_MS }, async () => {
      await loadOutdoor(t.store.db, CATALOG);
      const c = await RealConversation.guest(t.store.db, lang, POLICY);
      const r = await c.say(ask);
      expect(r.calls.map((x) => x.name)).not.toContain('search_products');
      expect(r.text).toMatch(want);
    });
  }
});
