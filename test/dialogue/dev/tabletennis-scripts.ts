/**
 * English conversations on the table tennis shop (tabletennis-catalog.ts), written for branch
 * dlg-en6 from the shopper's side before the engine was touched: yes/no questions about a product
 * wrapped in the shopper's own context ("my son is twelve, would the carbon one be too fast for
 * him?"), cart read-backs and checkout phrasings that must never place an order without a plain
 * yes, two products in one add with their own quantity and option, and values said alone after
 * a refusal or a question ("the next one up", "the thicker one"). Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock|unavailable/i;
const NO_ORDER = ['confirm_order'];

export const TABLE_TENNIS_SCRIPTS: DevScript[] = [
  {
    name: 'a first paddle for a twelve-year-old: blade, context yes/no, handle after a refusal',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'hi, my son just joined a club, what blades do you have?',
        shown: { some: /Allround Blade/ },
      },
      {
        kind: 'yes/no in context',
        say: "he's twelve and pretty new, would the carbon one be too fast for him?",
        notCalls: NO_SEARCH,
        reply: [/beginner|not recommended|advanced/i],
        notReply: [/I don't know/i],
      },
      {
        kind: 'sold-out variant',
        say: 'ok the allround one with the anatomic handle',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        kind: 'value alone after refusal',
        say: 'flared then',
        cart: [{ name: /Allround Blade/, options: { Handle: 'FL' } }],
      },
      { kind: 'category search', say: 'and rubbers for it?', shown: { some: /Glide Rubber/ } },
      {
        kind: 'yes/no in context',
        say: 'his coach says only approved rubbers are allowed in matches, is the glide one ok?',
        notCalls: NO_SEARCH,
        reply: [/ITTF approved|\byes\b/i],
      },
      {
        kind: 'two products one add',
        say: 'add two glide rubbers in 1.8 red and a bottle of glue',
        cart: [
          { name: /Allround Blade/ },
          { name: /Glide Rubber/, quantity: 2, color: 'Crimson', options: { Thickness: '1.8 mm' } },
          { name: /Water Based Glue/ },
        ],
      },
      {
        kind: 'cart read-back',
        say: 'ok read me my list',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Allround Blade/, /Glide Rubber/, /Glue/],
      },
      { kind: 'checkout', say: "that's all, ring it up", calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'unclear answer', say: 'hmm how long does shipping take', notCalls: NO_ORDER },
    ],
  },
  {
    name: 'a garden table: weatherproof in context, sold-out colour, two products, explicit yes',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'we want a ping pong table for the back patio',
        shown: { some: /Outdoor Table/ },
      },
      {
        kind: 'yes/no in context',
        say: 'it rains a lot where we live, can the outdoor one stay outside all year?',
        notCalls: NO_SEARCH,
        reply: [/weatherproof|rain/i],
        notReply: [/I don't know/i],
      },
      {
        kind: 'yes/no in context',
        say: 'our garage is tiny, does the indoor one fold up?',
        notCalls: NO_SEARCH,
        reply: [/fold/i],
      },
      {
        kind: 'sold-out variant',
        say: 'the outdoor one in forest green please',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        kind: 'value alone after refusal',
        say: 'the blue then',
        cart: [{ name: /Outdoor Table/, color: 'Sky Blue' }],
      },
      {
        kind: 'two products one add',
        say: 'throw in the table cover and the family paddle set',
        cart: [{ name: /Outdoor Table/ }, { name: /Table Cover/ }, { name: /Family Paddle Set/ }],
      },
      {
        kind: 'cart read-back',
        say: 'what have I got so far?',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Outdoor Table/, /Cover/, /Family Paddle Set/],
      },
      { kind: 'promo code', say: 'use code topspin10', calls: ['apply_promo'], reply: [/TOPSPIN10/i] },
      { kind: 'checkout', say: "ok I'm ready to pay", calls: ['prepare_order'], notCalls: NO_ORDER },
      {
        kind: 'explicit yes',
        say: 'yep, everything checks out, submit it',
        calls: ['confirm_order'],
        orderStatus: 'placed',
      },
    ],
  },
  {
    name: 'a loop player upgrades: thickness said alone, the next one up, two lines',
    language: 'en',
    steps: [
      { kind: 'named product', say: 'do you have the tornado rubber?', shown: { first: /Tornado Rubber/ } },
      {
        kind: 'option question',
        say: 'what thicknesses does it come in?',
        notCalls: NO_SEARCH,
        reply: [/1\.8/, /Max/],
      },
      { kind: 'sold-out variant', say: 'max in red', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'ok the next one down then',
        cart: [{ name: /Tornado Rubber/, color: 'Crimson', options: { Thickness: '2.0 mm' } }],
      },
      {
        kind: 'same product other option',
        say: 'and one in black, max',
        cart: [
          { name: /Tornado Rubber/, color: 'Crimson', options: { Thickness: '2.0 mm' } },
          { name: /Tornado Rubber/, color: 'Jet', options: { Thickness: 'Max' } },
        ],
      },
      {
        kind: 'yes/no in context',
        say: 'I play with a lot of backspin pushes, would the long pips work with my style?',
        notCalls: [...NO_SEARCH, 'add_to_cart'],
        notReply: [/I don't know whether it is/i],
      },
      {
        kind: 'two products one add',
        say: 'give me the edge tape in black and two cleaners',
        cart: [
          { name: /Tornado Rubber/, color: 'Crimson' },
          { name: /Tornado Rubber/, color: 'Jet' },
          { name: /Edge Tape/, color: 'Jet' },
          { name: /Rubber Cleaner/, quantity: 2 },
        ],
      },
      {
        kind: 'cart read-back',
        say: "what's in my basket right now",
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Tornado/, /Edge Tape/, /Cleaner/],
      },
      {
        kind: 'cart edit',
        say: 'drop the cleaners',
        cart: [{ name: /Tornado/ }, { name: /Tornado/ }, { name: /Edge Tape/ }],
      },
    ],
  },
  {
    name: 'balls by the pack: the bigger one, colour alone, quantities on two lines',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'I need balls for league matches',
        shown: { some: /Three Star Balls/ },
      },
      {
        kind: 'yes/no in context',
        say: 'our league is strict about equipment, are the three star ones allowed in tournaments?',
        notCalls: NO_SEARCH,
        reply: [/ITTF approved|tournament|\byes\b/i],
      },
      {
        kind: 'option question',
        say: 'what packs do they come in?',
        notCalls: NO_SEARCH,
        reply: [/3 pack/, /12 pack/],
      },
      { kind: 'sold-out variant', say: 'a 12 pack of orange', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'white is fine',
        cart: [{ name: /Three Star Balls/, color: 'White', options: { Pack: '12 pack' } }],
      },
      {
        kind: 'two products one add',
        say: 'also add the 120 pack of training balls and a ball collector',
        cart: [
          { name: /Three Star Balls/ },
          { name: /Training Balls/, options: { Pack: '120 pack' } },
          { name: /Ball Collector/ },
        ],
      },
      {
        kind: 'yes/no in context',
        say: 'the gym floor is huge, can the collector pick up a whole bucket in one go?',
        notCalls: [...NO_SEARCH, 'add_to_cart'],
        reply: [/40/],
      },
      {
        kind: 'cart read-back',
        say: 'can you go over my order so far',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Three Star/, /Training/, /Collector/],
      },
      { kind: 'checkout', say: "let's wrap this up", calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'unclear answer', say: 'uh I guess, maybe', notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes, place the order', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'shoes in half sizes: fit in context, the half size up, shirt and shorts together',
    language: 'en',
    steps: [
      { kind: 'category search', say: 'do you sell table tennis shoes?', shown: { some: /Court Shoes/ } },
      {
        kind: 'yes/no in context',
        say: "I'm a ten in sneakers, should I get a ten in these too?",
        notCalls: NO_SEARCH,
        reply: [/half size/i],
      },
      { kind: 'sold-out variant', say: 'nine and a half in lime', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'the black ones then',
        cart: [{ name: /Court Shoes/, size: '9.5', color: 'Jet' }],
      },
      {
        kind: 'two products one add',
        say: 'and a medium match shirt in sky blue and large shorts',
        cart: [
          { name: /Court Shoes/ },
          { name: /Match Shirt/, size: 'M', color: 'Sky Blue' },
          { name: /Match Shorts/, size: 'L' },
        ],
      },
      {
        kind: 'yes/no in context',
        say: 'I sweat a ton, will the shirt dry quickly?',
        notCalls: NO_SEARCH,
        reply: [/quick-dry|\byes\b/i],
      },
      {
        kind: 'value alone',
        say: 'actually make the shorts the next size up',
        cart: [{ name: /Court Shoes/ }, { name: /Match Shirt/ }, { name: /Match Shorts/, size: 'XL' }],
      },
      {
        kind: 'cart read-back',
        say: 'tell me what I have',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Court Shoes/, /Shirt/, /Shorts/],
      },
      { kind: 'checkout', say: 'check me out please', calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'unclear answer', say: 'wait, is the shirt washable', notCalls: NO_ORDER },
    ],
  },
  {
    name: 'a training robot: comparison, context yes/no, the cheaper one, quantity of two products',
    language: 'en',
    steps: [
      { kind: 'category search', say: 'show me your ball machines', shown: { some: /Servo Robot/ } },
      {
        kind: 'comparison',
        say: 'which one holds more balls?',
        notCalls: NO_SEARCH,
        reply: [/Robot Pro/, /300/],
      },
      {
        kind: 'yes/no in context',
        say: 'I train alone in the basement with no wifi, can I use the pro without an app?',
        notCalls: NO_SEARCH,
        notReply: [/I don't know whether it is/i],
      },
      {
        kind: 'superlative over shown',
        say: 'ok give me the cheaper one',
        cart: [{ name: /Servo Robot S/ }],
      },
      {
        kind: 'two products one add',
        say: 'add three 36 packs of training balls and the clip net',
        cart: [
          { name: /Servo Robot S/ },
          { name: /Training Balls/, quantity: 3, options: { Pack: '36 pack' } },
          { name: /Clip Net/ },
        ],
      },
      {
        kind: 'yes/no in context',
        say: 'my table top is 25 mm, will the clip net fit it?',
        notCalls: NO_SEARCH,
        reply: [/50 mm|\byes\b/i],
      },
      {
        kind: 'quantity edit',
        say: 'make the training balls just two',
        cart: [{ name: /Servo Robot S/ }, { name: /Training Balls/, quantity: 2 }, { name: /Clip Net/ }],
      },
      {
        kind: 'cart read-back',
        say: "what's the total so far",
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/\$\d/],
      },
      { kind: 'checkout', say: 'alright, that is everything', calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes go ahead', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'a gift paddle: handle asked by the shop, the other handle, case with it, promo',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: "I'm looking for a good paddle as a present",
        shown: { some: /Paddle/ },
      },
      {
        kind: 'yes/no in context',
        say: 'she travels to tournaments a lot, does the pro paddle come with a case?',
        notCalls: NO_SEARCH,
        reply: [/hard case|\byes\b/i],
      },
      { kind: 'sold-out variant', say: 'the pro one with a straight handle', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'the other handle is fine',
        cart: [{ name: /Spinfire Pro Paddle/, options: { Handle: 'FL' } }],
      },
      {
        kind: 'two products one add',
        say: 'put in a pair of sweatbands and a crimson paddle case',
        cart: [{ name: /Pro Paddle/ }, { name: /Sweatband/ }, { name: /Paddle Case/, color: 'Crimson' }],
      },
      {
        kind: 'promos',
        say: 'any discounts going on?',
        notCalls: NO_SEARCH,
        reply: [/TOPSPIN10/],
        notReply: [/SUMMERSMASH/],
      },
      { kind: 'promo code', say: 'apply topspin10', calls: ['apply_promo'], reply: [/TOPSPIN10/i] },
      {
        kind: 'cart read-back',
        say: "run through what's in the cart",
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Pro Paddle/, /Sweatband/, /Case/],
      },
      { kind: 'checkout', say: 'done, check out', calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'unclear answer', say: 'not sure yet', notCalls: NO_ORDER },
    ],
  },
];
