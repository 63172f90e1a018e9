/**
 * English conversations on the knitting shop (knitting-catalog.ts), written for branch dlg-en11
 * from the shopper's side before the engine was touched: context said before the request (one
 * sentence, two sentences, unpunctuated), money said loosely ("a fiver", "about 15", "less than
 * 20 bucks"), type words beside other products' title words (needles vs "Cable Needle", mittens
 * vs "Mittens Pattern"), category lists that stay in the category, negations keeping the
 * category, and follow-ups after a refused add. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock|unavailable|not available/i;

export const KNITTING_SCRIPTS: DevScript[] = [
  {
    name: 'yarn for a sweater and needles',
    language: 'en',
    steps: [
      {
        kind: 'context before request',
        say: "I'm knitting my husband a sweater for christmas. Do you have worsted yarn?",
        shown: { category: 'yarn', some: /Merino Worsted/ },
      },
      {
        kind: 'negation keeps category',
        say: 'not acrylic though',
        shown: { category: 'yarn', none: /Acrylic/, some: /Merino Worsted/ },
      },
      {
        kind: 'sold-out variant',
        say: 'add the merino in rust',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        kind: 'cascade after refusal',
        say: 'the heather grey then, make it six skeins',
        cart: [{ name: /Merino Worsted/, color: 'Heather Grey', quantity: 6 }],
      },
      {
        kind: 'category search',
        say: 'show me your needles',
        shown: { category: 'needles', none: /Cable Needle|Gauge/ },
      },
      {
        kind: 'money slang',
        say: 'anything for about a tenner',
        shown: { category: 'needles', some: /Straight Needles/ },
      },
      {
        kind: 'sold-out variant',
        say: 'the straight ones in size 10',
        reply: [SOLD_OUT],
      },
      {
        kind: 'cascade after refusal',
        say: 'ok size 8',
        cart: [{ name: /Merino Worsted/ }, { name: /Straight Needles/, size: 'US 8' }],
      },
      {
        kind: 'spec question',
        say: 'is the merino machine washable?',
        notCalls: NO_SEARCH,
        reply: [/machine washable|\byes\b/i],
      },
      {
        kind: 'cart read-back',
        say: 'can you read back what I have',
        notCalls: NO_SEARCH,
        reply: [/Merino/, /Straight Needles/],
      },
    ],
  },
  {
    name: 'a gift for a beginner',
    language: 'en',
    steps: [
      {
        kind: 'context before request',
        say: 'my niece wants to learn to knit and her birthday is next week do you have kits',
        shown: { category: 'kits', some: /Learn to Knit/ },
      },
      {
        kind: 'money slang',
        say: 'under 30 bucks',
        shown: { category: 'kits', maxPrice: 30, some: /Learn to Knit/ },
      },
      {
        kind: 'spec question',
        say: 'does it come with needles?',
        notCalls: NO_SEARCH,
        reply: [/needles/i],
      },
      {
        kind: 'add with colour',
        say: 'great add it in sea glass',
        cart: [{ name: /Learn to Knit/, color: 'Sea Glass' }],
      },
      {
        kind: 'type word vs title word',
        say: 'do you sell mittens',
        reply: [/Mittens Pattern|pattern|don't|no /i],
      },
      {
        kind: 'category search',
        say: 'ok what patterns do you have',
        shown: { category: 'patterns', count: 2 },
      },
      {
        kind: 'add by name',
        say: 'add the socks pattern',
        cart: [{ name: /Learn to Knit/ }, { name: /First Socks Pattern/ }],
      },
      {
        kind: 'context before request',
        say: "She'll need to keep track of her rows. Do you have stitch markers?",
        shown: { some: /Stitch Markers/ },
      },
      {
        kind: 'add focus',
        say: 'one of those too',
        cart: [{ name: /Learn/ }, { name: /Socks Pattern/ }, { name: /Stitch Markers/ }],
      },
      {
        kind: 'policy',
        say: 'if she already has the pattern can I return it?',
        notCalls: NO_SEARCH,
        reply: [/final sale|patterns/i],
      },
    ],
  },
  {
    name: 'sock yarn and a swift',
    language: 'en',
    steps: [
      {
        kind: 'money slang',
        say: 'what yarn do you have for less than 20 dollars',
        shown: { category: 'yarn', maxPrice: 20 },
      },
      {
        kind: 'money slang',
        say: 'something between 5 and 10',
        shown: { category: 'yarn', some: /Cotton DK/, none: /Merino|Sock|Alpaca/ },
      },
      {
        kind: 'negation keeps category',
        say: 'no cotton',
        shown: { category: 'yarn', none: /Cotton/, some: /Acrylic/ },
      },
      {
        kind: 'type word vs title word',
        say: 'I need sock yarn',
        shown: { first: /Sock Yarn/ },
      },
      {
        kind: 'quantity + colour add',
        say: 'two skeins in forest',
        cart: [{ name: /Sock Yarn/, color: 'Forest', quantity: 2 }],
      },
      {
        kind: 'context before request',
        say: 'winding by hand takes me forever. do you have something that holds the skein',
        shown: { some: /Yarn Swift/ },
      },
      { kind: 'add focus', say: 'add it', cart: [{ name: /Sock Yarn/ }, { name: /Yarn Swift/ }] },
      {
        kind: 'sold-out variant',
        say: 'and the alpaca hat kit in charcoal',
        reply: [SOLD_OUT],
        cart: [{ name: /Sock Yarn/ }, { name: /Yarn Swift/ }],
      },
      {
        kind: 'cascade after refusal',
        say: 'yes the oatmeal one',
        cart: [{ name: /Sock Yarn/ }, { name: /Yarn Swift/ }, { name: /Hat Kit/, color: 'Oatmeal' }],
      },
      {
        kind: 'checkout',
        say: "that's it, I'm ready to check out",
        calls: ['prepare_order'],
        notCalls: ['confirm_order'],
      },
    ],
  },
];
