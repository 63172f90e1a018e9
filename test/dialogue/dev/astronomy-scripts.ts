/**
 * English conversations on the astronomy shop (astronomy-catalog.ts), written for branch dlg-en4
 * from the shopper's side before the engine was touched: requests wrapped in a story ("for my
 * daughter, she's nine"), spec questions in other words than the text's ("how big is the lens" for
 * an aperture), option values said as measurements ("the one and a quarter inch one", "40 degrees
 * north", "18 inch"), a sold-out value asked for, refinements that keep the price bound, negation,
 * several items in one request, a comparison, promos, read-backs and checkout. Each step names the
 * failure kind it covers.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock/i;

export const ASTRONOMY_SCRIPTS: DevScript[] = [
  {
    name: 'a first telescope for a child: lightest, lens size, a filter by inches, eyepieces by mm',
    language: 'en',
    steps: [
      {
        kind: 'clause selection',
        say: "I'm looking for a telescope for my daughter, she's nine",
        shown: { category: 'telescopes' },
      },
      { kind: 'superlative', say: 'which is the lightest one?', best: /Voyager 70/ },
      { kind: 'spec question', say: 'how big is the lens on it?', notCalls: NO_SEARCH, reply: [/70 mm/] },
      { kind: 'spec question', say: 'does it come with a bag?', notCalls: NO_SEARCH, reply: [/backpack/i] },
      { kind: 'reference add', say: 'ok put it in my cart', cart: [{ name: /Voyager 70/ }] },
      { kind: 'clause selection', say: "she'll need a moon filter too", shown: { some: /Moon Filter/ } },
      {
        kind: 'measurement option',
        say: 'the one and a quarter inch one',
        cart: [{ name: /Voyager 70/ }, { name: /Moon Filter/, options: { Barrel: '1.25"' } }],
      },
      {
        kind: 'sold-out variant',
        say: 'do you have the two inch one?',
        reply: [SOLD_OUT],
        cart: [{ name: /Voyager 70/ }, { name: /Moon Filter/, options: { Barrel: '1.25"' } }],
      },
      {
        kind: 'option value by catalog name',
        say: 'I also want a 25 mm eyepiece',
        cart: [
          { name: /Voyager 70/ },
          { name: /Moon Filter/ },
          { name: /Pl.ssl Eyepiece/, options: { 'Focal Length': '25 mm' } },
        ],
      },
      {
        kind: 'sold-out variant',
        say: 'and the 6 mm one as well',
        reply: [SOLD_OUT],
        cart: [{ name: /Voyager 70/ }, { name: /Moon Filter/ }, { name: /Pl.ssl Eyepiece/ }],
      },
      { kind: 'read-back', say: "what's my total?", notCalls: NO_SEARCH, reply: [/187/] },
      {
        kind: 'checkout',
        say: "that's everything, check me out",
        calls: ['prepare_order'],
        notCalls: ['confirm_order'],
      },
      { kind: 'checkout', say: 'yes please', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'a Dobsonian under a budget: brand refinement, figures, a comparison, eyepiece fit, negation',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'show me telescopes under 500',
        shown: { category: 'telescopes', maxPrice: 500 },
      },
      {
        kind: 'refinement',
        say: 'only the Nightfall ones',
        shown: { brand: 'Nightfall', maxPrice: 500, some: /6-inch Dobsonian/ },
      },
      { kind: 'spec question', say: 'how much does it weigh?', notCalls: NO_SEARCH, reply: [/15 kg/] },
      { kind: 'spec question', say: "and what's the focal length?", notCalls: NO_SEARCH, reply: [/1200 mm/] },
      {
        kind: 'comparison',
        say: 'which has the bigger aperture, the 6-inch Dobsonian or the Apex 102?',
        notCalls: NO_SEARCH,
        best: /6-inch Dobsonian/,
      },
      { kind: 'measurement reference', say: 'add the six inch one', cart: [{ name: /6-inch Dobsonian/ }] },
      {
        kind: 'clause selection',
        say: 'my old eyepieces are all 1.25 inch, will they fit the wide field ones?',
        notCalls: NO_SEARCH,
        reply: [/1\.25/],
      },
      {
        kind: 'option value by catalog name',
        say: 'add the 20 mm wide field',
        cart: [
          { name: /6-inch Dobsonian/ },
          { name: /Wide Field Eyepiece/, options: { 'Focal Length': '20 mm' } },
        ],
      },
      {
        kind: 'sold-out variant',
        say: 'is the 14 mm one in stock?',
        reply: [SOLD_OUT],
        cart: [{ name: /6-inch Dobsonian/ }, { name: /Wide Field Eyepiece/ }],
      },
      {
        kind: 'negation',
        say: 'I need a filter for nebulas, not for the moon',
        shown: { some: /UHC Nebula Filter/, none: /Moon/ },
      },
      {
        kind: 'measurement option',
        say: 'the two inch one',
        cart: [
          { name: /6-inch Dobsonian/ },
          { name: /Wide Field Eyepiece/ },
          { name: /UHC Nebula Filter/, options: { Barrel: '2"' } },
        ],
      },
      { kind: 'empty cart', say: "actually empty the cart, I'll think about it", cart: [] },
    ],
  },
  {
    name: 'binoculars and gear: heaviest, several items at once, lengths, a sold-out colour, promos',
    language: 'en',
    steps: [
      { kind: 'category search', say: 'what binoculars do you have?', shown: { category: 'binoculars' } },
      { kind: 'superlative', say: 'which pair is the heaviest?', best: /15x70/ },
      { kind: 'named add', say: 'add the 10x50s', cart: [{ name: /10x50/ }] },
      {
        kind: 'several items',
        say: 'two red flashlights and a planisphere for 40 degrees north',
        cart: [
          { name: /10x50/ },
          { name: /Red Flashlight/, quantity: 2 },
          { name: /Planisphere/, options: { Latitude: '40°N' } },
        ],
      },
      {
        kind: 'measurement option',
        say: 'I also need a dew heater strip, 18 inch',
        cart: [
          { name: /10x50/ },
          { name: /Red Flashlight/ },
          { name: /Planisphere/ },
          { name: /Dew Heater/, options: { Length: '18 in' } },
        ],
      },
      { kind: 'sold-out variant', say: 'is the 24 inch one in stock?', reply: [SOLD_OUT] },
      {
        kind: 'sold-out variant',
        say: 'do you have an observing chair in forest green?',
        reply: [SOLD_OUT],
        cart: [
          { name: /10x50/ },
          { name: /Red Flashlight/ },
          { name: /Planisphere/ },
          { name: /Dew Heater/ },
        ],
      },
      {
        kind: 'colour by catalog name',
        say: 'the black one then',
        cart: [
          { name: /10x50/ },
          { name: /Red Flashlight/ },
          { name: /Planisphere/ },
          { name: /Dew Heater/ },
          { name: /Observing Chair/, color: 'Black' },
        ],
      },
      { kind: 'promos', say: 'do you have any promo codes?', notCalls: NO_SEARCH, reply: [/SAVE10/] },
      {
        kind: 'cart edit',
        say: 'take the flashlights out',
        cart: [
          { name: /10x50/ },
          { name: /Planisphere/ },
          { name: /Dew Heater/ },
          { name: /Observing Chair/ },
        ],
      },
      { kind: 'read-back', say: 'how much is everything?', notCalls: NO_SEARCH, reply: [/394/] },
      {
        kind: 'checkout',
        say: 'go ahead and place the order',
        calls: ['prepare_order'],
        notCalls: ['confirm_order'],
      },
    ],
  },
];
