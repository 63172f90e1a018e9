/**
 * English conversations on the baseball & softball shop (baseball-catalog.ts), written for branch
 * dlg-en4 from the shopper's side before the engine was touched: a parent's story around the
 * request ("my son just made the team"), sizes said as inches and halves ("the 11 inch",
 * "10 and a half"), a sold-out combination refused, weights and fits only in the text (a bat's
 * weight by length, a helmet by hat size, a tee's height), packs ("a dozen"), refinements that
 * keep the category and price bound, several items in one request, cart edits and checkout. Each
 * step names the failure kind it covers.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const SOLD_OUT = /sold out|out of stock/i;

export const BASEBALL_SCRIPTS: DevScript[] = [
  {
    name: 'little league: a youth glove by inches and colour, a bat by age, a dozen balls, ring it up',
    language: 'en',
    steps: [
      {
        kind: 'clause selection',
        say: 'my son just made the little league team and he needs a glove',
        shown: { some: /Youth Glove/ },
      },
      {
        kind: 'spec question',
        say: 'what sizes does the youth glove come in?',
        notCalls: NO_SEARCH,
        reply: [/10\.5/],
      },
      { kind: 'sold-out variant', say: 'the 11 inch in scarlet', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'colour by catalog name',
        say: 'ok navy then',
        cart: [{ name: /Youth Glove/, size: '11"', color: 'Navy' }],
      },
      { kind: 'category search', say: 'he needs a youth bat too', shown: { first: /Youth USA Bat/ } },
      {
        kind: 'spec question',
        say: 'what length for an eight year old?',
        notCalls: NO_SEARCH,
        reply: [/27|28/],
      },
      {
        kind: 'measurement option',
        say: 'the 28 inch one',
        cart: [{ name: /Youth Glove/ }, { name: /Youth USA Bat/, options: { Length: '28"' } }],
      },
      {
        kind: 'pack quantity',
        say: 'and a dozen baseballs',
        cart: [
          { name: /Youth Glove/ },
          { name: /Youth USA Bat/ },
          { name: /League Baseballs/, options: { Pack: 'Dozen' } },
        ],
      },
      { kind: 'price question', say: 'how much was the glove again?', notCalls: NO_SEARCH, reply: [/\$49/] },
      {
        kind: 'cart edit',
        say: 'take the bat out',
        cart: [{ name: /Youth Glove/ }, { name: /League Baseballs/ }],
      },
      { kind: 'checkout', say: 'ring it up', calls: ['prepare_order'], notCalls: ['confirm_order'] },
    ],
  },
  {
    name: 'high school: a BBCOR bat by weight, a sold-out length, cleats in a half size, batting gloves',
    language: 'en',
    steps: [
      { kind: 'category search', say: 'show me bats for high school', shown: { some: /BBCOR/ } },
      {
        kind: 'spec question',
        say: 'how much does the 32 inch weigh?',
        notCalls: NO_SEARCH,
        reply: [/29 oz/],
      },
      { kind: 'sold-out variant', say: 'give me a 33', reply: [SOLD_OUT], cart: [] },
      {
        kind: 'measurement option',
        say: 'fine, the 32 then',
        cart: [{ name: /BBCOR/, options: { Length: '32"' } }],
      },
      {
        kind: 'half size',
        say: 'I need metal cleats in 10 and a half',
        shown: { first: /Metal Cleats/ },
        cart: [{ name: /BBCOR/ }],
      },
      { kind: 'sold-out variant', say: 'black', reply: [SOLD_OUT], cart: [{ name: /BBCOR/ }] },
      {
        kind: 'colour answer',
        say: 'white then',
        cart: [{ name: /BBCOR/ }, { name: /Metal Cleats/, size: '10.5', color: 'White' }],
      },
      { kind: 'category search', say: 'show me batting gloves', shown: { some: /Batting Gloves/ } },
      {
        kind: 'sold-out variant',
        say: 'a large in scarlet',
        reply: [SOLD_OUT],
        cart: [{ name: /BBCOR/ }, { name: /Metal Cleats/ }],
      },
      {
        kind: 'quantity + size + colour',
        say: 'two pairs of the large in black',
        cart: [
          { name: /BBCOR/ },
          { name: /Metal Cleats/ },
          { name: /Batting Gloves/, size: 'L', color: 'Black', quantity: 2 },
        ],
      },
      {
        kind: 'several items',
        say: 'and a pine tar stick and some glove oil',
        cart: [
          { name: /BBCOR/ },
          { name: /Metal Cleats/ },
          { name: /Batting Gloves/ },
          { name: /Pine Tar/ },
          { name: /Glove Oil/ },
        ],
      },
      { kind: 'read-back', say: "what's in my cart?", notCalls: NO_SEARCH, reply: [/BBCOR/, /Glove Oil/] },
      {
        kind: 'checkout',
        say: "done, let's check out",
        calls: ['prepare_order'],
        notCalls: ['confirm_order'],
      },
      { kind: 'checkout', say: 'yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'fastpitch softball: a glove by colour name, bats under a price, a helmet by hat size, training gear',
    language: 'en',
    steps: [
      {
        kind: 'clause selection',
        say: 'I play fastpitch softball, what gloves do you have for that?',
        shown: { some: /Fastpitch Softball Glove/ },
      },
      {
        kind: 'half size',
        say: 'the 12.5 in teal',
        cart: [{ name: /Fastpitch Softball Glove/, size: '12.5"', color: 'Teal' }],
      },
      {
        kind: 'category search',
        say: 'show me softball bats under 200',
        shown: { category: 'bats', maxPrice: 200, some: /Fastpitch Softball Bat/ },
      },
      { kind: 'sold-out variant', say: 'do you have a dozen of the softballs?', reply: [SOLD_OUT] },
      {
        kind: 'spec question',
        say: 'I wear a 7 1/4 hat, which batting helmet size is that?',
        reply: [/L\/XL/],
      },
      {
        kind: 'colour by catalog name',
        say: 'add it in navy',
        cart: [{ name: /Fastpitch Softball Glove/ }, { name: /Batting Helmet/, size: 'L/XL', color: 'Navy' }],
      },
      {
        kind: 'category search',
        say: 'what training equipment do you have?',
        shown: { category: 'training' },
      },
      { kind: 'refinement', say: 'only the ones under 50', shown: { category: 'training', maxPrice: 50 } },
      {
        kind: 'reference add',
        say: 'add the tee',
        cart: [{ name: /Fastpitch Softball Glove/ }, { name: /Batting Helmet/ }, { name: /Batting Tee/ }],
      },
      { kind: 'spec question', say: 'how high does it go?', notCalls: NO_SEARCH, reply: [/40/] },
      { kind: 'empty cart', say: 'actually clear my cart', cart: [] },
    ],
  },
];
