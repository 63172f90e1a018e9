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
import { type DevScript, loadOutdoor, playScript } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { gridRow } from './variant-grid.ts';

const paddleCsv = () =>
  shopifyCsv(
    [
      gridRow({
        handle: 'fuel-tablets',
        title: 'Brightwater Fuel Tablets',
        body: '<p>Solid fuel tablets for a camping stove.</p>',
        vendor: 'Brightwater',
        type: 'Stove Fuel',
        tags: 'fuel, stove',
        price: 6,
        options: { Pack: ['10 Tablets', '30 Tablets'] },
      }),
      gridRow({
        handle: 'fire-lighters',
        title: 'Brightwater Fire Lighters',
        body: '<p>Wax fire lighters that burn in the wet.</p>',
        vendor: 'Brightwater',
        type: 'Stove Fuel',
        tags: 'fire lighters',
        price: 4,
        options: { Pack: ['10 Lighters', '20 Lighters'] },
      }),
      gridRow({
        handle: 'fuel-canister',
        title: 'Brightwater Fuel Canister',
        body: '<p>A gas canister for a camping stove.</p>',
        vendor: 'Brightwater',
        type: 'Stove Fuel',
        tags: 'fuel, gas, stove',
        price: 9,
      }),
      gridRow({
        handle: 'paddle-leash',
        title: 'Harbour Paddle Leash',
        body: '<p>A coiled leash that keeps the paddle with the boat.</p>',
        vendor: 'Harbour',
        type: 'Leashes',
        tags: 'leash',
        price: 19,
        options: { Length: ['90 cm', '120 cm', '150 cm'] },
        soldOut: ['120 cm'],
      }),
      gridRow({
        handle: 'long-cag',
        title: 'Harbour Long Cag',
        body: '<p>A long cagoule for cold paddling days.</p>',
        vendor: 'Harbour',
        type: 'Jackets',
        tags: 'cag, jacket',
        price: 79,
        options: { Size: ['S', 'M', 'L'] },
      }),
      gridRow({
        handle: 'spray-jacket',
        title: 'Tidewater Spray Jacket',
        body: '<p>A breathable spray jacket for touring.</p>',
        vendor: 'Tidewater',
        type: 'Jackets',
        tags: 'jacket, spray',
        price: 99,
        options: { Size: ['S', 'M', 'L'], Color: ['Red', 'Navy'] },
        soldOut: ['L/Navy'],
      }),
      gridRow({
        handle: 'dry-bag',
        title: 'Tidewater Deck Bag',
        body: '<p>A deck bag for the front of a kayak.</p>',
        vendor: 'Tidewater',
        type: 'Bags',
        tags: 'bag',
        price: 35,
        options: { Size: ['Small', 'Large'] },
      }),
      gridRow({
        handle: 'neoprene-boots',
        title: 'Tidewater Neoprene Boots',
        body: '<p>Neoprene boots with a grippy sole.</p>',
        vendor: 'Tidewater',
        type: 'Footwear',
        tags: 'boots, neoprene',
        price: 45,
        options: { Size: ['S', 'M', 'L'], Thickness: ['3 mm', '5 mm'] },
      }),
      gridRow({
        handle: 'neoprene-socks',
        title: 'Tidewater Neoprene Socks',
        body: '<p>Thin neoprene socks for under boots.</p>',
        vendor: 'Tidewater',
        type: 'Footwear',
        tags: 'socks, neoprene',
        price: 18,
      }),
      gridRow({
        handle: 'paddle-gloves',
        title: 'Harbour Paddle Gloves',
        body: '<p>Amara palm gloves for paddling.</p>',
        vendor: 'Harbour',
        type: 'Gloves',
        tags: 'gloves',
        price: 22,
        options: { Finger: ['Short Finger', 'Full Finger'], Size: ['S', 'M', 'L'] },
      }),
      gridRow({
        handle: 'board-shorts',
        title: 'Tidewater Board Shorts',
        body: '<p>Quick-drying shorts.</p>',
        vendor: 'Tidewater',
        type: 'Shorts',
        tags: 'shorts',
        price: 40,
        options: { Size: ['S', 'M', 'L'] },
      }),
      gridRow({
        handle: 'cool-box',
        title: 'Harbour Cool Box',
        body: '<p>An insulated box that keeps drinks cold for a day on the water.</p>',
        vendor: 'Harbour',
        type: 'Cool Boxes',
        tags: 'cool box',
        price: 30,
        options: { Capacity: ['20 L', '30 L'], Color: ['Blue', 'Grey'] },
        soldOut: ['30 L/Blue'],
      }),
      gridRow({
        handle: 'single-block',
        title: 'Harbour Single Block',
        body: '<p>A plain block for a mainsheet.</p>',
        vendor: 'Harbour',
        type: 'Blocks',
        tags: 'block',
        price: 16,
        options: { Sheave: ['29 mm', '40 mm'] },
      }),
      gridRow({
        handle: 'ratchet-block',
        title: 'Harbour Ratchet Block',
        body: '<p>A ratchet block that takes the load off your hand.</p>',
        vendor: 'Harbour',
        type: 'Blocks',
        tags: 'block, ratchet',
        price: 48,
        options: { Sheave: ['40 mm', '57 mm'] },
      }),
      gridRow({
        handle: 'sheave-grease',
        title: 'Harbour Block Grease',
        body: '<p>Grease for the sheave of any block.</p>',
        vendor: 'Harbour',
        type: 'Care',
        tags: 'grease',
        price: 8,
      }),
      gridRow({
        handle: 'hand-bailer',
        title: 'Harbour Hand Bailer',
        body: '<p>A scoop to bail out the cockpit.</p>',
        vendor: 'Harbour',
        type: 'Bailers',
        tags: 'bailer',
        price: 7,
        options: { Size: ['One Size'] },
        soldOut: ['One Size'],
      }),
      gridRow({
        handle: 'junior-aid',
        title: 'Harbour Junior Buoyancy Aid',
        body: '<p>A buoyancy aid for young paddlers, sized by weight.</p>',
        vendor: 'Harbour',
        type: 'Buoyancy Aids',
        tags: 'buoyancy aid, junior',
        price: 42,
        options: { Size: ['20-30 kg', '30-40 kg', '40-50 kg'], Color: ['Red', 'Blue'] },
        soldOut: ['30-40 kg/Red'],
      }),
      gridRow({
        handle: 'drink-bottles',
        title: 'Harbour Drink Bottles',
        body: '<p>Steel drink bottles that float.</p>',
        vendor: 'Harbour',
        type: 'Bottles',
        tags: 'bottle',
        price: 20,
        options: { Size: ['500 ml', '750 ml'], Pack: ['4 Bottles', '12 Bottles'] },
        soldOut: ['750 ml/12 Bottles'],
      }),
      gridRow({
        handle: 'bilge-pump',
        title: 'Harbour Bilge Pump',
        body: '<p>A hand pump to empty a swamped boat.</p>',
        vendor: 'Harbour',
        type: 'Pumps',
        tags: 'pump',
        price: 29,
      }),
    ],
    200,
  );

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
