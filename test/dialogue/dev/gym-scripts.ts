/**
 * English conversations on the home gym equipment shop (gym-catalog.ts), written for branch dlg-en8
 * from the shopper's side before the engine was touched, aimed at the failure kinds that recur
 * across held-out rounds: a first search in the shopper's words (synonyms, plurals, a use instead
 * of a name, a brand plus a type), two products in one add, yes/no about another product than the
 * one in focus, comparisons other than price. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NO_ORDER = ['confirm_order'];
const YES = /\byes\b/i;
const NO = /\bno\b|\bnot\b/i;

export const GYM_SCRIPTS: DevScript[] = [
  {
    name: 'a garage gym: weights, the other one for beginners?, a bar, which is lighter, plates and collars',
    language: 'en',
    steps: [
      {
        kind: 'first search (synonym)',
        say: "I'm setting up a garage gym, what free weights do you have?",
        shown: { some: /Dumbbell/ },
      },
      {
        kind: 'yes/no about another product',
        say: 'are the adjustable ones good for beginners?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'two products one add',
        say: 'add two of the hex dumbbells in 20 lb and a kettlebell in 26 lb',
        cart: [
          { name: /Hex Dumbbell/, options: { Weight: '20 lb' }, quantity: 2 },
          { name: /Kettlebell/, options: { Weight: '26 lb' } },
        ],
      },
      {
        kind: 'first search (plural)',
        say: 'what barbells do you carry?',
        shown: { some: /Olympic Barbell/ },
      },
      {
        kind: 'comparison (weight)',
        say: 'which bar is lighter?',
        notCalls: NO_SEARCH,
        best: /Technique Bar/,
      },
      {
        kind: 'comparison (beginners)',
        say: 'and which one is for beginners?',
        notCalls: NO_SEARCH,
        best: /Technique Bar/,
      },
      {
        kind: 'yes/no about another product',
        say: 'does the olympic bar come with collars?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'add by reference',
        say: 'add the olympic bar',
        cart: [{ name: /Hex Dumbbell/ }, { name: /Kettlebell/ }, { name: /Olympic Barbell/ }],
      },
      { kind: 'checkout', say: "that's it, check me out", calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes, go ahead', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'an apartment setup: chin-up bar, bands, the rope, mats by use, which is thicker, two in one add',
    language: 'en',
    steps: [
      {
        kind: 'first search (synonym)',
        say: 'do you sell chin up bars?',
        shown: { first: /Pull-Up Bar/ },
      },
      {
        kind: 'details yes/no',
        say: 'do I need to drill holes for it?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'first search (use instead of name)',
        say: 'something to help me do assisted pull-ups',
        shown: { some: /Resistance Band/ },
      },
      {
        kind: 'two products one add',
        say: 'add the pull-up bar and a medium band',
        cart: [{ name: /Pull-Up Bar/ }, { name: /Resistance Band/, options: { Resistance: 'Medium' } }],
      },
      {
        kind: 'first search (synonym)',
        say: 'have you got skipping ropes?',
        shown: { first: /Jump Rope/ },
      },
      {
        kind: 'details yes/no',
        say: 'does it come with a spare cable?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'first search (use instead of name)',
        say: 'I need a mat to protect my floor under the weights',
        shown: { some: /Stall Mat/ },
      },
      {
        kind: 'comparison (thickness)',
        say: 'which mat is thicker?',
        notCalls: NO_SEARCH,
        best: /Stall Mat/,
      },
      {
        kind: 'yes/no about another product',
        say: 'is the foam mat waterproof too?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'two products one add',
        say: 'put the jump rope in orange and the foam mat in teal in my cart',
        cart: [
          { name: /Pull-Up Bar/ },
          { name: /Resistance Band/ },
          { name: /Jump Rope/, color: 'Orange' },
          { name: /Exercise Mat/, color: 'Teal' },
        ],
      },
      {
        kind: 'cart edit',
        say: 'take the band out',
        cart: [{ name: /Pull-Up Bar/ }, { name: /Jump Rope/ }, { name: /Exercise Mat/ }],
      },
      { kind: 'total', say: 'how much is that altogether?', notCalls: NO_SEARCH, reply: [/87/] },
      { kind: 'checkout', say: 'ok check out', calls: ['prepare_order'], notCalls: NO_ORDER },
    ],
  },
  {
    name: 'benches and plates: brand plus type, which is heavier, does the other fold, a sold-out plate, belt',
    language: 'en',
    steps: [
      {
        kind: 'first search (brand plus type)',
        say: 'show me Forge benches',
        shown: { some: /Incline Bench/ },
      },
      {
        kind: 'comparison (weight)',
        say: 'which bench is heavier?',
        notCalls: NO_SEARCH,
        best: /Incline Bench/,
      },
      {
        kind: 'yes/no about another product',
        say: 'does the utility bench fold?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'comparison (capacity)',
        say: 'which one holds more weight?',
        notCalls: NO_SEARCH,
        best: /Utility Bench/,
      },
      {
        kind: 'add by reference',
        say: 'I will go with the incline one',
        cart: [{ name: /Incline Bench/ }],
      },
      {
        kind: 'first search (synonym)',
        say: 'do you have bumper plates?',
        shown: { first: /Bumper Plate/ },
      },
      {
        kind: 'stock',
        say: 'are the 45s in stock?',
        notCalls: NO_SEARCH,
        reply: [/sold out|out of stock|unavailable|not available/i],
      },
      {
        kind: 'add with value',
        say: 'then two pairs of the 25 lb',
        cart: [
          { name: /Incline Bench/ },
          { name: /Bumper Plate/, options: { Weight: '25 lb' }, quantity: 2 },
        ],
      },
      {
        kind: 'first search (synonym)',
        say: 'and a weight belt for deadlifts',
        shown: { first: /Lifting Belt/ },
      },
      {
        kind: 'two products one add',
        say: 'add the belt in medium and a foam roller',
        cart: [
          { name: /Incline Bench/ },
          { name: /Bumper Plate/ },
          { name: /Lifting Belt/, size: 'M' },
          { name: /Foam Roller/ },
        ],
      },
      { kind: 'promo', say: 'apply the code LIFT15', calls: ['apply_promo'] },
      {
        kind: 'cart read-back',
        say: 'read me back my order',
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Bench/, /Bumper/, /Belt/],
      },
      { kind: 'checkout', say: 'all good, check out', calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes place it', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
];
