/**
 * English conversations on the ice hockey shop (hockey-catalog.ts), written for branch dlg-en5
 * from the shopper's side before the engine was touched: a parent kitting out a child, an adult
 * league player with a sold-out flex and a half-size skate in a width, values said alone after the
 * shop asked or refused ("ten and a half?", "EE"), pronouns and "the cheaper one", yes/no questions
 * answered only by the product's text ("does it come with a cage?"), several items in one request,
 * corrections, promos, and a checkout that waits for an explicit yes. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock/i;
const YES = /\byes\b|it (does|is|has|comes)|comes with/i;
const NO = /\bno\b|doesn't|does not|isn't|is not|without|not (come|include)/i;

export const HOCKEY_SCRIPTS: DevScript[] = [
  {
    name: 'first season: a junior stick by hand, youth gloves by age, a cage helmet, pucks',
    language: 'en',
    steps: [
      {
        kind: 'clause selection',
        say: 'my daughter is eight and starting hockey this winter, what sticks do you have for kids?',
        shown: { first: /Junior Hockey Stick/ },
      },
      {
        kind: 'spec question',
        say: 'how long is the junior stick?',
        notCalls: NO_SEARCH,
        reply: [/52/],
      },
      { kind: 'sold-out variant', say: 'ok a right-handed one in 40 flex', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value said alone',
        say: '30 then',
        cart: [{ name: /Junior Hockey Stick/, options: { Flex: '30', Hand: 'Right' } }],
      },
      {
        kind: 'category search',
        say: 'she needs gloves too',
        shown: { some: /Youth Hockey Gloves/ },
      },
      {
        kind: 'spec question',
        say: 'which size for an eight year old?',
        notCalls: NO_SEARCH,
        reply: [/11/],
      },
      {
        kind: 'colour by catalog name',
        say: 'the 11 inch in kelly green',
        cart: [
          { name: /Junior Hockey Stick/ },
          { name: /Youth Hockey Gloves/, size: '11"', color: 'Kelly Green' },
        ],
      },
      { kind: 'category search', say: 'and a helmet', shown: { category: 'helmets' } },
      {
        kind: 'yes/no spec question',
        say: 'does the Iceline one come with a cage?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'yes/no spec question',
        say: 'and the Glacier helmet?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'spec question',
        say: 'her head is about 21 inches around, what size is that?',
        notCalls: NO_SEARCH,
        reply: [/\bS\b|small/i],
      },
      {
        kind: 'pronoun + size + colour',
        say: 'get the one with the cage in small, white',
        cart: [
          { name: /Junior Hockey Stick/ },
          { name: /Youth Hockey Gloves/ },
          { name: /Helmet with Cage/, size: 'S', color: 'White' },
        ],
      },
      {
        kind: 'pack quantity',
        say: 'and a dozen of the light training pucks',
        cart: [
          { name: /Junior Hockey Stick/ },
          { name: /Youth Hockey Gloves/ },
          { name: /Helmet with Cage/ },
          { name: /Training Pucks/, options: { Pack: 'Dozen' } },
        ],
      },
      { kind: 'read-back', say: "what's my total so far?", notCalls: NO_SEARCH, reply: [/\$/] },
      {
        kind: 'checkout',
        say: "that's everything, check out please",
        calls: ['prepare_order'],
        notCalls: ['confirm_order'],
      },
      { kind: 'checkout', say: 'yes place it', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'adult league: a carbon stick by flex, skates in a half size and width, gloves, tape',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'I need a new stick for beer league, what composite sticks have you got under 200?',
        shown: { category: 'sticks', maxPrice: 200, some: /Intermediate Composite Stick/ },
      },
      {
        kind: 'refinement',
        say: 'what about over 200?',
        shown: { category: 'sticks', some: /Pro Carbon/ },
      },
      {
        kind: 'comparative',
        say: 'which is lighter, the pro carbon or the intermediate?',
        notCalls: NO_SEARCH,
        reply: [/Pro Carbon/, /380/],
      },
      {
        kind: 'yes/no spec question',
        say: 'is there a warranty on the carbon one?',
        notCalls: NO_SEARCH,
        reply: [/60/],
      },
      { kind: 'sold-out variant', say: 'left, 85 flex', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value said alone',
        say: 'how about 75?',
        cart: [{ name: /Pro Carbon/, options: { Flex: '75', Hand: 'Left' } }],
      },
      {
        kind: 'category search',
        say: 'show me skates for competitive players',
        shown: { first: /Glacier Pro Skates/ },
      },
      {
        kind: 'spec question',
        say: 'I wear a 10.5 sneaker, what skate size should I get?',
        notCalls: NO_SEARCH,
        reply: [/half size smaller|10\b/i],
      },
      {
        kind: 'half size + width, sold out',
        say: 'nine and a half in EE',
        reply: [SOLD_OUT],
        cart: [{ name: /Pro Carbon/ }],
      },
      {
        kind: 'value said alone',
        say: 'ok D then',
        cart: [{ name: /Pro Carbon/ }, { name: /Glacier Pro Skates/, size: '9.5', options: { Width: 'D' } }],
      },
      {
        kind: 'correction',
        say: 'actually make the skates a size 10',
        cart: [{ name: /Pro Carbon/ }, { name: /Glacier Pro Skates/, size: '10', options: { Width: 'D' } }],
      },
      {
        kind: 'several items',
        say: 'throw in two rolls of black stick tape and a neck guard',
        cart: [
          { name: /Pro Carbon/ },
          { name: /Glacier Pro Skates/ },
          { name: /Stick Tape/, color: 'Black', quantity: 2 },
          { name: /Neck Guard/ },
        ],
      },
      {
        kind: 'sold-out colour by catalog name',
        say: 'do you have the tape in glacier blue?',
        reply: [SOLD_OUT],
      },
      {
        kind: 'promos',
        say: 'any promo codes right now?',
        notCalls: NO_SEARCH,
        reply: [/HATTRICK15/],
        notReply: [/PRESEASON25/],
      },
      { kind: 'promo code', say: 'use hattrick15', calls: ['apply_promo'], reply: [/HATTRICK15/i] },
      { kind: 'checkout', say: "ok let's check out", calls: ['prepare_order'], notCalls: ['confirm_order'] },
      { kind: 'checkout needs a yes', say: 'hmm wait', notCalls: ['confirm_order'] },
    ],
  },
  {
    name: 'gear bag and protection: cheaper one, a sold-out length, waterproof bag, cart edits',
    language: 'en',
    steps: [
      { kind: 'category search', say: 'do you sell hockey bags?', shown: { category: 'bags' } },
      {
        kind: 'superlative over shown',
        say: 'the cheaper one, is it big enough for adult gear?',
        notCalls: ['add_to_cart'],
        reply: [/youth/i],
      },
      {
        kind: 'yes/no spec question',
        say: 'is the wheeled one waterproof?',
        notCalls: NO_SEARCH,
        reply: [/waterproof bottom/i],
      },
      {
        kind: 'measurement option',
        say: "I'll take the wheeled bag in 40 inch",
        cart: [{ name: /Wheeled Hockey Bag/, size: '40"' }],
      },
      { kind: 'category search', say: 'shin guards', shown: { some: /Shin Guards/ } },
      { kind: 'sold-out variant', say: '15 inch please', reply: [SOLD_OUT], cart: [{ name: /Wheeled/ }] },
      {
        kind: 'value said alone',
        say: 'fine, 16',
        cart: [{ name: /Wheeled/ }, { name: /Shin Guards/, size: '16"' }],
      },
      {
        kind: 'several items with sizes',
        say: 'and medium shoulder pads and a large practice jersey in gold',
        cart: [
          { name: /Wheeled/ },
          { name: /Shin Guards/ },
          { name: /Shoulder Pads/, size: 'M' },
          { name: /Practice Jersey/, size: 'L', color: 'Gold' },
        ],
      },
      {
        kind: 'yes/no spec question',
        say: 'can I put the jersey in the washing machine?',
        notCalls: NO_SEARCH,
        reply: [/machine washable|\byes\b/i],
      },
      {
        kind: 'cart edit',
        say: 'remove the shoulder pads',
        cart: [{ name: /Wheeled/ }, { name: /Shin Guards/ }, { name: /Practice Jersey/ }],
      },
      {
        kind: 'quantity edit',
        say: 'make it two jerseys',
        cart: [{ name: /Wheeled/ }, { name: /Shin Guards/ }, { name: /Practice Jersey/, quantity: 2 }],
      },
      { kind: 'empty cart', say: 'never mind, empty my cart', cart: [] },
    ],
  },
];
