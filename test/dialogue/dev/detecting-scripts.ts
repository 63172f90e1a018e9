/**
 * English conversations on the metal detecting and prospecting shop (detecting-catalog.ts),
 * written for branch dlg-en7 from the shopper's side before the engine was touched: two products
 * in one add (the second part naming its own product, or only a value of the first), yes/no
 * questions about another product than the one in focus, comparisons between two named products,
 * corrections in the middle of a request, quantity and size said together in words ("two of the
 * fourteens", "a pair in ten and a half"), and the ordinary flow around them. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock|unavailable/i;
const NO_ORDER = ['confirm_order'];

export const DETECTING_SCRIPTS: DevScript[] = [
  {
    name: 'a beach detector: underwater, the rover asked off focus, lighter of two, coil, pinpointer and scoop, a code',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: "I'm looking for a metal detector I can use on the beach",
        shown: { some: /Apex Multi-Frequency/ },
      },
      {
        kind: 'yes/no',
        say: 'can I take the apex into the water with me?',
        notCalls: NO_SEARCH,
        reply: [/waterproof|5 metres|\byes\b/i],
      },
      {
        kind: 'yes/no about another product',
        say: 'does the rover work underwater too?',
        notCalls: NO_SEARCH,
        reply: [/control box is not|\bno\b/i],
        notReply: [/5 metres/],
      },
      {
        kind: 'comparison',
        say: 'which is lighter, the apex or the rover?',
        notCalls: NO_SEARCH,
        best: /Rover/,
      },
      {
        kind: 'add with option',
        say: "I'll take the apex with the 15 inch coil",
        cart: [{ name: /Apex Multi-Frequency/, options: { Coil: '15 inch' } }],
      },
      {
        kind: 'two products one add',
        say: 'add a probe pinpointer and the sand scoop in stainless',
        cart: [
          { name: /Apex Multi-Frequency/ },
          { name: /Probe Pinpointer/, color: 'Blaze Orange' },
          { name: /Sand Scoop/, options: { Material: 'Stainless Steel' } },
        ],
      },
      {
        kind: 'promos',
        say: 'have you got any discount codes?',
        notCalls: NO_SEARCH,
        reply: [/DIGDEEP10/],
        notReply: [/GOLDRUSH20/],
      },
      {
        kind: 'cart read-back',
        say: 'read me back what I have',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Apex/, /Pinpointer/, /Scoop/],
      },
      { kind: 'checkout', say: 'check out please', calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes, go ahead', calls: ['confirm_order'], orderStatus: 'placed' },
      { kind: 'order status', say: "where's my order at?", calls: ['order_status'] },
    ],
  },
  {
    name: 'panning in a river: pan sizes, two of the fourteens, boots in ten and a half, a size corrected, sluice lengths, mesh',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'I want to try panning for gold in the river near me',
        shown: { some: /Gold Pan/ },
      },
      {
        kind: 'sizes',
        say: 'what sizes do the gold pans come in?',
        notCalls: NO_SEARCH,
        reply: [/10 inch/, /14 inch/],
      },
      {
        kind: 'quantity and size in words',
        say: 'two of the fourteens in black',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        kind: 'value alone after refusal',
        say: 'green then',
        cart: [{ name: /Gold Pan/, size: '14 inch', color: 'Green', quantity: 2 }],
      },
      {
        kind: 'quantity and size in words',
        say: 'and a pair of wading boots in ten and a half',
        cart: [{ name: /Gold Pan/ }, { name: /Wading Boots/, size: '10.5', quantity: 1 }],
      },
      {
        kind: 'correction mid-request',
        say: 'no wait, make the boots a twelve',
        cart: [{ name: /Gold Pan/ }, { name: /Wading Boots/, size: '12' }],
      },
      {
        kind: 'comparison',
        say: "what's the difference between the 36 and the 50 inch sluice?",
        notCalls: NO_SEARCH,
        reply: [/2\.2|3\.5|\$50|\$179/],
      },
      { kind: 'sold-out variant', say: 'add the classifier with the eighth inch mesh', reply: [SOLD_OUT] },
      {
        kind: 'value alone after refusal',
        say: 'quarter inch is fine',
        cart: [
          { name: /Gold Pan/ },
          { name: /Wading Boots/ },
          { name: /Classifier/, options: { Mesh: '1/4"' } },
        ],
      },
    ],
  },
  {
    name: 'a detector for a child: waterproof, the panning kit asked off focus, two in one add, gloves in mediums, a count corrected',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'a metal detector for my 8 year old son',
        shown: { some: /Junior Detector/ },
      },
      { kind: 'yes/no', say: 'is it waterproof?', notCalls: NO_SEARCH, reply: [/not waterproof|\bno\b/i] },
      {
        kind: 'yes/no about another product',
        say: 'would the panning kit suit him too?',
        notCalls: NO_SEARCH,
        reply: [/8 and up|\byes\b/i],
      },
      {
        kind: 'two products one add',
        say: 'add the junior in red and the panning kit',
        cart: [{ name: /Junior Detector/, color: 'Flame Red' }, { name: /Gold Panning Kit/ }],
      },
      {
        kind: 'quantity and size in words',
        say: 'and two pairs of the digging gloves, mediums',
        cart: [
          { name: /Junior Detector/ },
          { name: /Gold Panning Kit/ },
          { name: /Digging Gloves/, size: 'M', quantity: 2 },
        ],
      },
      {
        kind: 'correction mid-request',
        say: 'actually just make that one pair',
        cart: [
          { name: /Junior Detector/ },
          { name: /Gold Panning Kit/ },
          { name: /Digging Gloves/, quantity: 1 },
        ],
      },
      {
        kind: 'cart edit',
        say: 'drop the panning kit',
        cart: [{ name: /Junior Detector/ }, { name: /Digging Gloves/ }],
      },
      { kind: 'checkout', say: "that's it, ring it up", calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'sure, place the order', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'magnet fishing: pulls, the strongest sold out, the thousand, shovel or digger, pouch plus gloves, a case on the backpack',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'do you sell magnets for magnet fishing?',
        shown: { some: /Fishing Magnet/ },
      },
      {
        kind: 'option question',
        say: 'how strong are they?',
        notCalls: NO_SEARCH,
        reply: [/500 lb/, /1000 lb/],
      },
      { kind: 'sold-out variant', say: 'the 1500 please', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'value alone after refusal',
        say: 'ok the thousand pound one',
        cart: [{ name: /Fishing Magnet/, options: { Pull: '1000 lb' } }],
      },
      {
        kind: 'comparison',
        say: 'which is cheaper, the relic shovel or the hand digger?',
        notCalls: NO_SEARCH,
        best: /Hand Digger/,
      },
      {
        kind: 'two products one add, the second a product',
        say: 'add the finds pouch in green plus two of the gloves in extra large',
        cart: [
          { name: /Fishing Magnet/ },
          { name: /Finds Pouch/, color: 'Army Green' },
          { name: /Digging Gloves/, size: 'XL', quantity: 2 },
        ],
      },
      {
        kind: 'yes/no about another product',
        say: 'does the detector backpack come with a case?',
        notCalls: NO_SEARCH,
        reply: [/carry case|\byes\b/i],
      },
      {
        kind: 'cart read-back',
        say: 'go over my cart',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Magnet/, /Pouch/, /Gloves/],
      },
    ],
  },
  {
    name: 'headphones and parts: wired or wireless, waterproof, headphones and a coil cover, a size corrected, battery',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'I need some headphones for my detector',
        shown: { some: /Headphones/ },
      },
      {
        kind: 'comparison',
        say: 'which is cheaper, the wireless or the wired ones?',
        notCalls: NO_SEARCH,
        best: /Wired Headphones/,
      },
      {
        kind: 'yes/no',
        say: 'are the wireless ones waterproof?',
        notCalls: NO_SEARCH,
        reply: [/not waterproof|\bno\b/i],
      },
      {
        kind: 'two products one add',
        say: 'add the wired headphones and an 11 inch coil cover',
        cart: [{ name: /Wired Headphones/ }, { name: /Coil Cover/, size: '11 inch' }],
      },
      {
        kind: 'correction mid-request',
        say: 'oh no wait, the coil cover should be 9 inch',
        cart: [{ name: /Wired Headphones/ }, { name: /Coil Cover/, size: '9 inch' }],
      },
      {
        kind: 'add by need',
        say: 'also the rechargeable battery pack for my rover',
        cart: [{ name: /Wired Headphones/ }, { name: /Coil Cover/ }, { name: /Battery Pack/ }],
      },
      {
        kind: 'cart read-back',
        say: "what's in my basket?",
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Headphones/, /Coil Cover/, /Battery/],
      },
    ],
  },
];
