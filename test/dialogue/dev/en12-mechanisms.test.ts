/**
 * The general mechanisms of branch en12, on an invented paddle-sports shop of our own (not the
 * held-out sailing or canning lines), played through the real importer and tool loop: a yes that
 * goes on to "go ahead and order" places the order, "has my X order left" asks its status, an
 * ordinal before a unit of time ("the first day") is no list position, a pack said by its count
 * ("the thirty pack") is that value whatever the catalog counts in, a product named with a value
 * of its own is added though its search showed others, a letter size said as a word finds
 * products stored in letters, a hedged colour ("reddish") is that colour, a comparative over a
 * measured option ("the thicker one"), a kind said after a describing value ("short finger
 * gloves") stays the kind, and a size word of a title ("Long") said alone names nothing.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../store/databases.ts';
import { paddleCsv } from './en12-catalog.ts';
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';

describe('en12 mechanisms', () => {
  const t = useTestStore('sqlite');
  const opts = { timeout: DEV_SET_TIMEOUT_MS };

  async function play(script: DevScript) {
    await loadOutdoor(t.store.db, paddleCsv());
    const r = await playScript(t.store.db, script);
    expect(r.misses).toEqual([]);
  }

  it(
    'order talk: an ordinal before a unit of time, a yes going on to "go ahead and order", status by a product',
    opts,
    async () => {
      await play({
        name: 'order talk',
        language: 'en',
        steps: [
          { say: 'add the bilge pump', cart: [{ name: /Bilge Pump/ }] },
          { say: 'and the fuel canister', cart: [{ name: /Bilge Pump/ }, { name: /Fuel Canister/ }] },
          // "first day" used to remove the first line (the pump).
          { say: "scrap the fuel canister, he'd lose it on the first day", cart: [{ name: /Bilge Pump/ }] },
          { say: "that's all, let's pay", calls: ['prepare_order'] },
          { say: 'yep, that all looks correct, go ahead and order', orderStatus: 'placed', cart: [] },
          { say: 'has my pump order left the warehouse?', calls: ['order_status'], reply: [/O-\d+/] },
        ],
      });
    },
  );

  it('"yep, those are right, order them" places the order', opts, async () => {
    await play({
      name: 'order them',
      language: 'en',
      steps: [
        { say: 'add the bilge pump', cart: [{ name: /Bilge Pump/ }] },
        { say: "that's all, let's pay", calls: ['prepare_order'] },
        { say: 'yep, those are the right things, order them', orderStatus: 'placed', cart: [] },
      ],
    });
  });

  it('a size superlative of the one product in view picks its measured value', opts, async () => {
    await play({
      name: 'bigger one',
      language: 'en',
      steps: [
        { say: 'what cool boxes do you have', shown: { count: 1, some: /Cool Box/ } },
        {
          say: "it's for my brother's boat. the bigger one, in blue",
          cart: [],
          reply: [/sold out|out of stock/i],
        },
        {
          say: 'fine, grey it is, and keep it the big one',
          cart: [{ name: /Cool Box/, color: 'Grey', options: { Capacity: '30 L' } }],
        },
      ],
    });
  });

  it(
    'a size superlative of a product named is its size; "keep the big size" keeps it after a refusal',
    opts,
    async () => {
      await play({
        name: 'biggest of one named',
        language: 'en',
        steps: [
          { say: 'do you sell pumps', shown: { some: /Bilge Pump/ } },
          {
            say: 'then the harbour cool box, the biggest one, in blue',
            cart: [],
            reply: [/sold out|out of stock/i],
          },
          {
            say: 'the greyish one then, keep the big size',
            cart: [{ name: /Cool Box/, color: 'Grey', options: { Capacity: '30 L' } }],
          },
        ],
      });
    },
  );

  it(
    'a measure said is required in a search; an ordinal "into the cart" adds it with that value',
    opts,
    async () => {
      await play({
        name: 'sheave',
        language: 'en',
        steps: [
          {
            say: 'which of your stove fuel comes thirty to a pack?',
            shown: { count: 1, some: /Fuel Tablets/ },
          },
          {
            say: 'what have you got with a forty millimetre sheave?',
            shown: { count: 2, none: /Grease|Pump/ },
          },
          {
            say: 'the one listed second goes in my basket',
            cartShown: 2,
            cart: [{ name: /Block/, options: { Sheave: '40 mm' } }],
          },
          { say: 'what have you got with a forty millimetre sheave?', shown: { count: 2 } },
          {
            say: 'pop the first of those in',
            cart: [
              { name: /Single Block/, options: { Sheave: '40 mm' } },
              { name: /Ratchet Block/, options: { Sheave: '40 mm' } },
            ],
          },
        ],
      });
    },
  );

  it('"I\'d love" / "I could use" a product sold out is refused as an add', opts, async () => {
    await play({
      name: 'sold-out want',
      language: 'en',
      steps: [
        { say: "I'd love the hand bailer for the cockpit", cart: [], reply: [/sold out|out of stock/i] },
        { say: 'I could use the hand bailer on the river', cart: [], reply: [/sold out|out of stock/i] },
      ],
    });
  });

  it('a weight said picks the size written as a range that holds it', opts, async () => {
    await play({
      name: 'size by range',
      language: 'en',
      steps: [
        { say: 'what buoyancy aids have you got', shown: { count: 1, some: /Junior Buoyancy Aid/ } },
        {
          say: 'he weighs thirty five kilos, so the size for that, in red',
          cart: [],
          reply: [/sold out|out of stock/i],
        },
        {
          say: 'never mind, blue works, same size',
          cart: [{ name: /Junior Buoyancy Aid/, size: '30-40 kg', color: 'Blue' }],
        },
      ],
    });
  });

  it(
    '"not the X one, <a reason>": the reason is not searched, the category and bound stay',
    opts,
    async () => {
      await play({
        name: 'negation with a reason',
        language: 'en',
        steps: [
          { say: "I'm after blocks under fifty dollars, what have you got", shown: { count: 2 } },
          {
            say: 'not the ratchet one, I like to feel the sheet',
            shown: { count: 1, some: /Single Block/, none: /Ratchet|Grease|Pump/ },
          },
        ],
      });
    },
  );

  it(
    'price superlatives said loosely ("less money", "the fewest dollars", "won\'t break the bank")',
    opts,
    async () => {
      await play({
        name: 'less money',
        language: 'en',
        steps: [
          { say: 'show me your blocks', shown: { count: 2 } },
          { say: 'out of the two, which one is less money?', best: /Single Block/ },
          { say: 'which of those would cost me the fewest dollars?', best: /Single Block/ },
          { say: "which of those won't break the bank?", best: /Single Block/ },
        ],
      });
    },
  );

  it('a superlative over an option named by its own name ranks the kind by it', opts, async () => {
    await play({
      name: 'biggest sheave',
      language: 'en',
      steps: [
        { say: 'show me your pumps', shown: { some: /Bilge Pump/ } },
        {
          say: 'something else: which of your blocks has the biggest sheave?',
          reply: [/^Harbour Ratchet Block \(57 mm\)/],
        },
      ],
    });
  });

  it('"clear every last thing out of my cart" empties it', opts, async () => {
    await play({
      name: 'every last thing',
      language: 'en',
      steps: [
        { say: 'add the bilge pump', cart: [{ name: /Bilge Pump/ }] },
        { say: 'know what, clear every last thing out of my cart', cart: [] },
      ],
    });
  });

  it('a pack by its count after a refusal, "same size" keeps the size', opts, async () => {
    await play({
      name: 'four packs, same size',
      language: 'en',
      steps: [
        {
          say: 'ok, two of the twelve packs of drink bottles, the seven hundred and fifty millilitre',
          cart: [],
          reply: [/sold out|out of stock/i],
        },
        {
          say: 'bummer. three of the four packs then, same size',
          cart: [{ name: /Drink Bottles/, size: '750 ml', quantity: 3, options: { Pack: '4 Bottles' } }],
        },
      ],
    });
  });

  it('"can I order one now" is buying, not an order number', opts, async () => {
    await play({
      name: 'order one now',
      language: 'en',
      steps: [
        {
          say: 'I heard Harbour has a new pump coming. can I order one now?',
          notCalls: ['order_status'],
          notReply: [/verify|customer number/i],
        },
      ],
    });
  });

  it('a pack said by its count, of a product named beside related ones, is added', opts, async () => {
    await play({
      name: 'pack count',
      language: 'en',
      steps: [
        {
          say: "then I'll stock up: the thirty pack of fuel tablets",
          cart: [{ name: /Fuel Tablets/, options: { Pack: '30 Tablets' } }],
        },
      ],
    });
  });

  it('a letter size said as a word, a hedged colour after a refusal', opts, async () => {
    await play({
      name: 'size word, reddish',
      language: 'en',
      steps: [
        {
          say: 'I crew for him sometimes, so a spray jacket for me too, large in navy',
          cart: [],
          reply: [/sold out|out of stock/i],
        },
        {
          say: 'the reddish one will do, still a large',
          cart: [{ name: /Spray Jacket/, size: 'L', color: 'Red' }],
        },
      ],
    });
  });

  it('a comparative over a measured option, and a kind after a describing value', opts, async () => {
    await play({
      name: 'thicker, short finger',
      language: 'en',
      steps: [
        {
          say: 'right, the neoprene boots for him then, small in the thicker neoprene',
          cart: [{ name: /Neoprene Boots/, size: 'S', options: { Thickness: '5 mm' } }],
        },
        {
          say: 'two pairs of the short finger gloves in small, one for him and one for his sister',
          cart: [
            { name: /Neoprene Boots/ },
            { name: /Paddle Gloves/, size: 'S', quantity: 2, options: { Finger: 'Short Finger' } },
          ],
        },
      ],
    });
  });

  it(
    'a size word of a title said alone names nothing: "the longest one" answers the length asked',
    opts,
    async () => {
      await play({
        name: 'long arms',
        language: 'en',
        steps: [
          { say: 'do you sell paddle leashes', shown: { some: /Paddle Leash/ } },
          { say: 'add it', cart: [] },
          {
            say: "he's got long arms, go for the longest one",
            cart: [{ name: /Paddle Leash/, options: { Length: '150 cm' } }],
          },
        ],
      });
    },
  );
});
