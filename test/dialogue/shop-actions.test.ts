/**
 * What the engine does with the shop, said conversationally (a kitchen-and-camping store the
 * engine was not written for): price caps said as a spending limit, leaving out by what a product
 * is for or needs, orders confirmed, tracked and cancelled in passing, promo codes mentioned in
 * passing, colloquial removals and superlatives over what was shown.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import type { CartInfo, ProductInfo } from '../../src/shop/dialogue/results.ts';
import type { DialogueState } from '../../src/shop/dialogue/state.ts';
import type { DecideInput } from '../../src/shop/dialogue/steps/action-types.ts';
import { changesMind } from '../../src/shop/dialogue/steps/corrections.ts';
import { orderTalk } from '../../src/shop/dialogue/steps/order-talk.ts';
import { resolveLine } from '../../src/shop/dialogue/steps/resolve.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { sizeByMeasure } from '../../src/shop/dialogue/variants/option-phrase.ts';
import { chosenOptions, quantityAsValue } from '../../src/shop/dialogue/variants/variant-options.ts';
import { exclusionFrame } from '../../src/shop/dialogue/words/exclusion-frames.ts';
import { normalize } from '../../src/shop/dialogue/words/text.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const EN: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Emberline Two-Burner Camp Stove',
    'Emberline Folding Kettle',
    'Northwick Insulated Lunch Cooler',
    'Northwick Rechargeable Lantern',
  ],
  categories: ['camp stoves', 'camp stove', 'kettles', 'kettle', 'coolers', 'cooler', 'lanterns', 'lantern'],
  brands: ['Emberline', 'Northwick'],
  colors: ['olive', 'sand'],
  sizes: ['1 qt', '2 qt', 'Small', 'Large'],
  attributes: ['propane', 'rechargeable'],
  minPrice: 9,
  maxPrice: 249,
  currency: 'USD',
};
const en = compileVocabulary(EN);
const es = compileVocabulary({ ...EN, language: 'es' });
const u = (text: string, lang: 'en' | 'es' = 'en') => understand(text, lang === 'en' ? en : es, lang);

describe('a spending limit is a price cap', () => {
  it('reads "don\'t want to spend more than" as a cap, never a floor', () => {
    const s = u("a camp stove for the van, I don't want to spend more than 120").slots;
    expect(s.maxPrice).toBe(120);
    expect(s.minPrice).toBeUndefined();
    const e = u('un hornillo para la furgo, no quiero gastar más de 120', 'es').slots;
    expect(e.maxPrice).toBe(120);
    expect(e.minPrice).toBeUndefined();
  });
  it('keeps "more than" a floor when nothing negates it', () => {
    expect(u('coolers for more than 40').slots.minPrice).toBe(40);
  });
});

describe('leaving out by what a product is for or needs', () => {
  it('reads the words after the clause, up to a new clause', () => {
    expect(exclusionFrame('leave out anything made for kids', 'en')).toBe('kids');
    expect(exclusionFrame('nothing that needs a gas canister i hate carrying them', 'en')).toBe(
      'gas canister',
    );
    expect(exclusionFrame('skip whatever runs on batteries please', 'en')).toBe('batteries');
    expect(exclusionFrame('quita lo que sea para ninos', 'es')).toBe('ninos');
    expect(exclusionFrame('nada que necesite pilas que luego se gastan', 'es')).toBe('pilas');
    expect(exclusionFrame('show me lanterns for camping', 'en')).toBeUndefined();
  });
  it('refines what was shown without those products, and searches none of the clause words', () => {
    const r = u('nothing that needs propane, I cook indoors');
    expect(r.intent).toBe('refine');
    expect(r.slots.exclude).toBe('propane');
    expect(r.slots.attributes).toBeUndefined();
    expect(r.slots.query).toBeUndefined();
  });
});

describe('orders said conversationally', () => {
  it('confirms on a yes whose verb acts on the order, whatever the order is called', () => {
    expect(u('yes, go ahead and confirm my lantern order').intent).toBe('confirm');
    expect(u('sí, confírmame el pedido de las linternas', 'es').intent).toBe('confirm');
    expect(u('yep, place the order for all of it').intent).toBe('confirm');
  });
  it('checks out on consent said with where the order goes', () => {
    expect(u("ok, let's go ahead. it's going to my place in Denver").intent).toBe('checkout');
    expect(u('vale, adelante. va a mi casa en Denver', 'es').intent).toBe('checkout');
    expect(u('bueno, pago con tarjeta. adelante, mándalo a mi oficina en Quito', 'es').intent).toBe(
      'checkout',
    );
    // Asked, not said: a shipping question.
    expect(u('can you send it to my place in Denver?').intent).not.toBe('checkout');
  });
  it('cancels "the whole order" and tracks "my cooler order"', () => {
    expect(u('the campsite flooded, cancel the whole order').intent).toBe('cancel_order');
    expect(u("where's my cooler order at?").intent).toBe('order_status');
  });
  it('reads "when will it ship" as the order\'s status only while an order is the topic', () => {
    const focus = { hasOrder: true, orderInFocus: true };
    expect(orderTalk('any idea when it ll ship', 'en', focus)).toBe('order_status');
    expect(orderTalk('sabes cuando se envia', 'es', focus)).toBe('order_status');
    expect(
      orderTalk('any idea when it ll ship', 'en', { hasOrder: false, orderInFocus: false }),
    ).toBeUndefined();
  });
});

describe('a promo code mentioned in passing', () => {
  it('is applied when written in capitals or said beside talk of codes', () => {
    expect(u('my hiking club posted TRAIL15, try that one').slots.promoCode).toBe('TRAIL15');
    expect(u('my hiking club posted TRAIL15, try that one').intent).toBe('promo');
    expect(u('a friend gave me trail15, does that still work?').slots.promoCode).toBe('TRAIL15');
    expect(u('un amigo me pasó TRAIL15, ¿todavía funciona?', 'es').intent).toBe('promo');
  });
  it('is never a product model, nor replaces a checkout', () => {
    expect(u('the Emberline camp stove please').slots.promoCode).toBeUndefined();
    expect(u('check out please, and use TRAIL15').intent).toBe('checkout');
  });
});

describe('a relative clause describing what is wanted is no exclusion', () => {
  it('keeps "a stove that doesn\'t need X" and "que no necesite X" as a need', () => {
    expect(exclusionFrame('a camp stove that does not need propane', 'en')).toBeUndefined();
    expect(exclusionFrame('un hornillo que no necesite gas', 'es')).toBeUndefined();
  });
});

describe('removes said colloquially', () => {
  it('reads "pull the X out" and "take the X back off" as removes, not a question about a part', () => {
    expect(u("pull the kettle out, we'll borrow one").intent).toBe('remove_from_cart');
    expect(u("take the lantern back off, my brother's lending me his").intent).toBe('remove_from_cart');
    expect(u('can I take the lid off the cooler?').intent).not.toBe('remove_from_cart');
  });
  it('finds every line of the one product named when it is in the cart in two colours', () => {
    const cart: CartInfo = {
      items: [
        {
          itemId: 'l1',
          productId: 'p1',
          name: 'Northwick Insulated Lunch Cooler',
          color: 'Olive',
          quantity: 2,
        },
        {
          itemId: 'l2',
          productId: 'p1',
          name: 'Northwick Insulated Lunch Cooler',
          color: 'Sand',
          quantity: 1,
        },
        { itemId: 'l3', productId: 'p2', name: 'Emberline Folding Kettle', quantity: 1 },
      ],
    };
    const known = new Map([
      ['p1', { id: 'p1', name: 'Northwick Insulated Lunch Cooler', sizes: [], colors: [] }],
      ['p2', { id: 'p2', name: 'Emberline Folding Kettle', sizes: [], colors: [] }],
    ]);
    const state: DialogueState = { lastResults: [], cart, known, identified: false };
    const lines = resolveLine({ query: 'cooler' }, cart, state);
    expect(Array.isArray(lines) && lines.map((l) => l.itemId)).toEqual(['l1', 'l2']);
  });
});

describe('superlatives over what was shown', () => {
  it('reads "which one costs the least" and "el más económico" as the cheapest shown', () => {
    expect(u('which one costs the least?')).toMatchObject({
      intent: 'details',
      slots: { reference: 'cheapest' },
    });
    expect(u('¿cuál es el más económico?', 'es')).toMatchObject({
      intent: 'details',
      slots: { reference: 'cheapest' },
    });
    expect(u('which one costs the most?').slots.reference).toBe('priciest');
  });
});

describe('counts and option values after a refusal', () => {
  const lamp: ProductInfo = {
    id: 'p9',
    name: 'Northwick Clamp Reading Lamp',
    sizes: [
      { size: '2B', inStock: true },
      { size: '5A', inStock: true },
    ],
    colors: [],
    options: [
      {
        name: 'Finish',
        values: [
          { value: 'Walnut', inStock: true },
          { value: 'Birch', inStock: true },
        ],
      },
      {
        name: 'Mount',
        values: [
          { value: 'Left-Side', inStock: true },
          { value: 'Right-Side', inStock: true },
        ],
      },
    ],
  };
  it('counts "two single sets", "two small bags", "dos bolsas pequeñas"', () => {
    expect(u('then two single sets of the large').slots.quantity).toBe(2);
    expect(u('pues dos bolsas pequeñas de la olive', 'es').slots.quantity).toBe(2);
  });
  it('never reads "two pairs of 5A" as the size starting with 2', () => {
    const nlu = u('still two pairs of 5A');
    expect(nlu.slots.quantity).toBe(2);
    expect(quantityAsValue(nlu, lamp)).toBeUndefined();
  });
  it('takes a value said whole over an asked value sharing one word with it', () => {
    const nlu = u('walnut works, still left-side obviously');
    const input = {
      nlu,
      awaiting: {
        what: 'variant',
        intent: 'add_to_cart',
        productId: 'p9',
        options: { Finish: 'Birch', Mount: 'Left-Side' },
        values: { Finish: ['Walnut'], Mount: ['Right-Side'] },
      },
    } as unknown as DecideInput;
    expect(chosenOptions(input, lamp)).toEqual({ Finish: 'Walnut', Mount: 'Left-Side' });
  });
});

describe('decimals said as people say them', () => {
  it('reads ".71s" as 0.71 and "the point nine six" as 0.96', () => {
    expect(normalize('and a pack of the .71s for me')).toBe('and a pack of the 0.71 for me');
    expect(u('fine, the point nine six').text).toBe('fine the 0.96');
    expect(u("what's the point").text).toBe('what s the point');
  });
  it('reads a measured size said with its unit in other words', () => {
    const sizes = [
      { size: '8.4 fl oz', inStock: true },
      { size: '16.9 fl oz', inStock: false },
    ];
    expect(sizeByMeasure('and the lamp oil the 16.9 ounce bottle', { sizes })).toBe('16.9 fl oz');
  });
});

describe('a change of mind said outright', () => {
  it('is told from a plain follow-up', () => {
    expect(changesMind('wait, she changed her mind, she wants the sand one instead')).toBe(true);
    expect(changesMind('espera, ha cambiado de idea, ahora la quiere en olive')).toBe(true);
    expect(changesMind('and two more of those')).toBe(false);
  });
});

describe('small readings that sent whole requests astray', () => {
  it('never counts the second figure of a range', () => {
    expect(u('toss in the olive cooler and a set of 10-46 propane canisters').slots.quantity).toBeUndefined();
  });
  it('reads "tally it all up" as the cart read-back', () => {
    expect(u('tally it all up for me').intent).toBe('view_cart');
  });
  it('reads "on second thought" as no position in the list', () => {
    expect(u('on second thought, stash the kettle for later').slots.ordinals).toBeUndefined();
  });
});
