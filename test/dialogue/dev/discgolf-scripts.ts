/**
 * English conversations on the disc golf shop (discgolf-catalog.ts), written for branch dlg-en11
 * from the shopper's side before the engine was touched: context said before the request,
 * money said loosely ("bucks", "about 20", "between"), a type word beside another product's title
 * word, category lists that must stay inside the category, negations that keep the category,
 * and follow-ups after a refused add. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock|unavailable|not available/i;

export const DISC_GOLF_SCRIPTS: DevScript[] = [
  {
    name: 'a first set of discs on a budget',
    language: 'en',
    steps: [
      {
        kind: 'context before request',
        say: 'I just started playing with some friends at the park. what drivers do you have',
        shown: { category: 'drivers', some: /Glide Fairway/ },
      },
      {
        kind: 'money slang',
        say: 'anything under 15 bucks?',
        shown: { category: 'drivers', maxPrice: 15, some: /Glide Fairway/ },
      },
      {
        kind: 'sold-out variant',
        say: 'add the glide in 150 grams',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        kind: 'cascade after refusal',
        say: 'ok 165 then',
        cart: [{ name: /Glide Fairway/, options: { Weight: '165 g' } }],
      },
      {
        kind: 'category search',
        say: 'show me your putters',
        shown: { category: 'putters', count: 2 },
      },
      {
        kind: 'negation keeps category',
        say: 'not the orbital ones',
        shown: { category: 'putters', notBrand: 'Orbital', some: /Birdie Putter/ },
      },
      {
        kind: 'add with colour name',
        say: 'two of the birdie in glacier please',
        cart: [{ name: /Glide Fairway/ }, { name: /Birdie Putter/, color: 'Glacier', quantity: 2 }],
      },
      {
        kind: 'context before request',
        say: "It's going to be raining all weekend. Do you sell a towel?",
        shown: { some: /Microfiber Towel/ },
      },
      {
        kind: 'add focus',
        say: 'yeah add that',
        cart: [{ name: /Glide/ }, { name: /Birdie/ }, { name: /Towel/ }],
      },
      {
        kind: 'cart read-back',
        say: "what's in my cart right now",
        notCalls: NO_SEARCH,
        reply: [/Glide/, /Birdie/, /Towel/],
      },
    ],
  },
  {
    name: 'a bag and gear for cold rounds',
    language: 'en',
    steps: [
      {
        kind: 'category search',
        say: 'what bags have you got',
        shown: { category: 'bags', some: /Backpack Disc Bag/ },
      },
      {
        kind: 'money slang',
        say: 'which ones are no more than 40 dollars',
        shown: { category: 'bags', maxPrice: 40, some: /Starter Shoulder Bag/ },
      },
      {
        kind: 'spec question',
        say: 'how many discs does the starter one hold?',
        notCalls: NO_SEARCH,
        reply: [/10/],
      },
      {
        kind: 'sold-out variant',
        say: 'actually I want the backpack one in moss',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        kind: 'cascade after refusal',
        say: 'fine, black',
        cart: [{ name: /Backpack Disc Bag/, color: 'Black' }],
      },
      {
        kind: 'type word vs title word',
        say: 'my fingers freeze in winter, do you have any gloves',
        shown: { category: 'gloves', none: /Shorts/ },
      },
      {
        kind: 'add with size',
        say: 'add one in medium',
        cart: [{ name: /Backpack Disc Bag/ }, { name: /Grip Glove/, size: 'M' }],
      },
      {
        kind: 'category search',
        say: 'and what apparel do you carry',
        shown: { category: 'apparel', some: /Beanie/ },
      },
      {
        kind: 'negation keeps category',
        say: 'anything but shorts',
        shown: { category: 'apparel', none: /Shorts/, some: /Beanie/ },
      },
      {
        kind: 'remove item',
        say: 'take the glove out',
        cart: [{ name: /Backpack Disc Bag/ }],
      },
    ],
  },
  {
    name: 'a practice basket for the yard',
    language: 'en',
    steps: [
      {
        kind: 'context before request',
        say: 'we have a big back yard and I want to practice putting at home so do you sell baskets',
        shown: { category: 'baskets', count: 2 },
      },
      {
        kind: 'money slang',
        say: 'something between 100 and 200',
        shown: { category: 'baskets', some: /Portable Basket/, none: /Pro Basket/ },
      },
      {
        kind: 'spec question',
        say: 'how heavy is it',
        notCalls: NO_SEARCH,
        reply: [/9 kg/],
      },
      { kind: 'add focus', say: "great, I'll take it", cart: [{ name: /Portable Basket/ }] },
      {
        kind: 'type word vs title word',
        say: 'do you have a putter bag',
        shown: { some: /Putter Pouch/ },
      },
      {
        kind: 'category search',
        say: 'show me midranges around 15',
        shown: { category: 'midranges', some: /Arrow Midrange/ },
      },
      {
        kind: 'superlative',
        say: "what's the cheapest one",
        best: /Arrow Midrange/,
      },
      {
        kind: 'quantity + option add',
        say: 'give me three of those in 177',
        cart: [
          { name: /Portable Basket/ },
          { name: /Arrow Midrange/, quantity: 3, options: { Weight: '177 g' } },
        ],
      },
      {
        kind: 'policy',
        say: 'my order is over 60 so is shipping free?',
        notCalls: NO_SEARCH,
        reply: [/free/i],
      },
      {
        kind: 'checkout',
        say: "that's everything, check me out",
        calls: ['prepare_order'],
        notCalls: ['confirm_order'],
      },
    ],
  },
];
