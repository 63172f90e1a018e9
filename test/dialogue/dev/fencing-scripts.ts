/**
 * English conversations on the fencing equipment shop (fencing-catalog.ts), written for branch
 * dlg-en8 from the shopper's side before the engine was touched, aimed at the failure kinds that
 * recur across held-out rounds: a first search in the shopper's words (synonyms, plurals, a use
 * instead of a name, a brand plus a type), two products in one add, yes/no about another product
 * than the one in focus, comparisons other than price. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NO_ORDER = ['confirm_order'];
const YES = /\byes\b/i;
const NO = /\bno\b|\bnot\b/i;

export const FENCING_SCRIPTS: DevScript[] = [
  {
    name: 'a first foil: swords for a beginner, the other one electric?, which is lighter, foil and glove in one add',
    language: 'en',
    steps: [
      {
        kind: 'first search (synonym)',
        say: 'my daughter just started fencing, do you have swords for beginners?',
        shown: { some: /Riposte Beginner Foil/ },
      },
      {
        kind: 'yes/no about another product',
        say: 'is the electric foil for beginners too?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'comparison (weight)',
        say: 'which is lighter, the beginner foil or the electric one?',
        notCalls: NO_SEARCH,
        best: /Beginner Foil/,
      },
      {
        kind: 'two products one add',
        say: 'add the beginner foil with a pistol grip, right hand, and a right handed glove in size S',
        cart: [
          { name: /Beginner Foil/, options: { Grip: 'Pistol', Hand: 'Right' } },
          { name: /Washable Glove/, size: 'S', options: { Hand: 'Right' } },
        ],
      },
      {
        kind: 'yes/no about the one in focus',
        say: 'can the glove go in the washing machine?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'cart read-back',
        say: "what's in my cart?",
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Foil/, /Glove/],
      },
      {
        kind: 'checkout',
        say: "that's everything, check me out",
        calls: ['prepare_order'],
        notCalls: NO_ORDER,
      },
      { kind: 'explicit yes', say: 'yes, place the order', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'head protection: a helmet, newton ratings, the other one removable bib?, which is heavier, mask and bag',
    language: 'en',
    steps: [
      {
        kind: 'first search (synonym)',
        say: 'I need a fencing helmet',
        shown: { some: /Fencing Mask|Competition Mask/ },
      },
      {
        kind: 'details',
        say: 'tell me about the 350N mask',
        notCalls: NO_SEARCH,
        reply: [/350/, /bib|mesh/i],
      },
      {
        kind: 'yes/no about another product',
        say: 'does the competition mask have a removable bib too?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'comparison (weight)',
        say: 'which one is heavier?',
        notCalls: NO_SEARCH,
        best: /1600N Competition Mask/,
      },
      {
        kind: 'stock',
        say: 'is the club mask available in small?',
        notCalls: NO_SEARCH,
        reply: [/sold out|out of stock|unavailable|not available/i],
      },
      {
        kind: 'two products one add',
        say: 'ok give me the club mask in medium and the shoulder bag in black',
        cart: [
          { name: /350N Fencing Mask/, size: 'M' },
          { name: /Shoulder Bag/, color: 'Black' },
        ],
      },
      { kind: 'total', say: "what's my total?", notCalls: NO_SEARCH, reply: [/138/] },
      { kind: 'promo (minimum)', say: 'I have the code ENGARDE10', calls: ['apply_promo'] },
      { kind: 'checkout', say: 'go ahead and check out', calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes confirm it', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'a kit for competition: pants, plural jackets, the cheaper one washable?, which is for beginners, two jackets',
    language: 'en',
    steps: [
      {
        kind: 'first search (synonym)',
        say: 'do you sell fencing pants?',
        shown: { first: /Breeches/ },
      },
      {
        kind: 'first search (plural)',
        say: 'and jackets?',
        shown: { some: /Club Jacket/ },
      },
      {
        kind: 'comparison (beginners)',
        say: 'which jacket is better for a beginner?',
        notCalls: NO_SEARCH,
        best: /Club Jacket/,
      },
      {
        kind: 'yes/no about another product',
        say: 'is the competition jacket machine washable?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'two products one add',
        say: 'I will take the club jacket in large, right handed, and the breeches in large',
        cart: [
          { name: /Club Jacket/, size: 'L', options: { Hand: 'Right' } },
          { name: /Breeches/, size: 'L' },
        ],
      },
      {
        kind: 'first search (use instead of name)',
        say: 'what do I wear under the jacket for competitions?',
        shown: { some: /Underarm Protector/ },
      },
      {
        kind: 'add with value',
        say: 'add one for a right hander',
        cart: [
          { name: /Club Jacket/ },
          { name: /Breeches/ },
          { name: /Underarm Protector/, options: { Hand: 'Right' } },
        ],
      },
      {
        kind: 'cart edit',
        say: 'remove the breeches',
        cart: [{ name: /Club Jacket/ }, { name: /Underarm Protector/ }],
      },
      { kind: 'checkout', say: "that's all, ring it up", calls: ['prepare_order'], notCalls: NO_ORDER },
    ],
  },
  {
    name: 'épée and sabre: brand plus type, which is heavier, does the sabre come with anything, cord and bag',
    language: 'en',
    steps: [
      {
        kind: 'first search (brand plus type)',
        say: 'show me Lunge epees',
        shown: { first: /Lunge Club Epee/ },
      },
      {
        kind: 'first search (spelling variant)',
        say: 'do you have a saber?',
        shown: { first: /Training Sabre/ },
      },
      {
        kind: 'comparison (weight)',
        say: 'which is heavier, the epee or the sabre?',
        notCalls: NO_SEARCH,
        best: /Club Epee/,
      },
      {
        kind: 'yes/no about another product',
        say: 'is the epee electric?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'two products one add',
        say: 'add the epee with a french grip and the sabre',
        cart: [{ name: /Club Epee/, options: { Grip: 'French' } }, { name: /Training Sabre/ }],
      },
      {
        kind: 'first search (use instead of name)',
        say: 'I need something to carry all my weapons',
        shown: { some: /Roller Bag|Shoulder Bag/ },
      },
      {
        kind: 'comparison (size)',
        say: 'which bag holds more weapons?',
        notCalls: NO_SEARCH,
        best: /Roller Bag/,
      },
      {
        kind: 'yes/no about another product',
        say: 'is the shoulder bag waterproof?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'add by reference',
        say: 'add the roller bag in navy',
        cart: [{ name: /Club Epee/ }, { name: /Training Sabre/ }, { name: /Roller Bag/, color: 'Navy' }],
      },
      {
        kind: 'first search (synonym)',
        say: 'and a wire for the electric foil',
        shown: { some: /Body Cord/ },
      },
      {
        kind: 'first search (plural, shoes)',
        say: 'last thing, fencing sneakers in size 10',
        shown: { some: /Fencing Shoes/ },
      },
      {
        kind: 'add with size',
        say: 'add those',
        cart: [
          { name: /Club Epee/ },
          { name: /Training Sabre/ },
          { name: /Roller Bag/ },
          { name: /Fencing Shoes/, size: '10' },
        ],
      },
      { kind: 'checkout', say: 'I am done, check out please', calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
];
