/**
 * English conversations on the lapidary and rock tumbling shop (lapidary-catalog.ts), written for
 * branch dlg-en9 from the shopper's side before the engine was touched, aimed at the three kinds
 * that dominate held-out failures: option values said in the shopper's own words and sold-out
 * variants (refused, with what is in stock), yes/no and figure questions answered from the
 * product's text (the one in focus or another named), store policy questions (answered from the
 * policy text or handed to a person). The rest are ordinary steps, to see regressions. Each step
 * names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NO_ORDER = ['confirm_order'];
const YES = /\byes\b/i;
// A no said, not "the listing doesn't say" (which is no answer).
const NO = /^no\b|\b(not|cannot|can't|won't)\b/i;
const SOLD_OUT = /sold out|out of stock|unavailable|not available/i;
const UNKNOWN =
  /doesn't say|does not say|don't know|not sure|no information|not listed|isn't listed|can't find|not mentioned/i;
const HUMAN = /person|human|team|someone|colleague|staff|contact/i;

export const LAPIDARY_SCRIPTS: DevScript[] = [
  {
    name: 'a first tumbler: the small one in navy, the big one sold out, cord, dishwasher, what comes with it',
    language: 'en',
    steps: [
      {
        kind: 'first search',
        say: 'I want to get into rock tumbling, what tumblers do you have?',
        shown: { some: /Rotary Rock Tumbler/ },
      },
      {
        kind: 'details',
        say: 'tell me about the Grindstone one',
        notCalls: NO_SEARCH,
        reply: [/Grindstone/],
      },
      {
        kind: 'sold-out variant',
        say: 'do you have the 15 pound one?',
        notCalls: NO_SEARCH,
        reply: [SOLD_OUT, /3 lb|6 lb/],
      },
      {
        kind: 'figure from text',
        say: 'how long is the power cord?',
        notCalls: NO_SEARCH,
        reply: [/6 (feet|ft|foot)/i],
      },
      {
        kind: 'yes/no from text',
        say: 'is the barrel dishwasher safe?',
        notCalls: NO_SEARCH,
        reply: [NO],
        notReply: [YES],
      },
      {
        kind: 'yes/no from text',
        say: 'does it come with grit?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'value in own words (colour family)',
        say: 'add the three pound one in navy',
        cart: [{ name: /Rotary Rock Tumbler/, options: { Capacity: '3 lb' }, color: 'Midnight Blue' }],
      },
      {
        kind: 'sold-out variant (combination)',
        say: 'actually can I get the 6 lb in midnight blue instead?',
        reply: [SOLD_OUT],
        cart: [{ name: /Rotary Rock Tumbler/, options: { Capacity: '3 lb' }, color: 'Midnight Blue' }],
      },
      {
        kind: 'cart read-back',
        say: "what's in my cart?",
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Tumbler/],
      },
      {
        kind: 'policy (covered)',
        say: 'how much is shipping?',
        notCalls: NO_SEARCH,
        reply: [/7\.95|free/i],
      },
      { kind: 'checkout', say: "that's all, check me out", calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes, place it', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'vibratory: the big bowl sold out, what it is made of, grit included?, another product named, policy',
    language: 'en',
    steps: [
      {
        kind: 'first search',
        say: 'do you sell vibratory tumblers',
        shown: { some: /Vibra Vibratory Tumbler/ },
      },
      {
        kind: 'sold-out variant (unit in own words)',
        say: 'I want the 4 litre one',
        reply: [SOLD_OUT, /2L|2 l/i],
        cart: [],
      },
      {
        kind: 'figure from text (material)',
        say: "what's it made of?",
        notCalls: NO_SEARCH,
        reply: [/aluminum/i],
      },
      {
        kind: 'yes/no from text',
        say: 'does it come with grit?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'yes/no about another product',
        say: 'is the rotary tumbler quiet?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'value in own words (unit)',
        say: 'ok then add the 2 litre vibratory',
        cart: [{ name: /Vibra Vibratory/, options: { Capacity: '2L' } }],
      },
      {
        kind: 'policy (covered)',
        say: 'what is your return policy?',
        notCalls: NO_SEARCH,
        reply: [/30 days/i],
      },
      {
        kind: 'policy (not covered)',
        say: 'do you do gift wrapping?',
        notCalls: NO_SEARCH,
        reply: [HUMAN],
      },
      {
        kind: 'policy (covered)',
        say: 'do you ship to Australia?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      { kind: 'promo', say: 'I have a code TUMBLE15', calls: ['apply_promo'], notCalls: NO_SEARCH },
    ],
  },
  {
    name: 'saw blades: fractions and inches said aloud, sold-out combination, kerf, another product, grit',
    language: 'en',
    steps: [
      {
        kind: 'first search',
        say: 'I need a diamond blade for my trim saw',
        shown: { some: /Diamond Trim Saw Blade/ },
      },
      {
        kind: 'sold-out variant (fraction in words)',
        say: 'the eight inch one with a half inch arbor',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        kind: 'figure from text',
        say: 'how thick is the kerf?',
        notCalls: NO_SEARCH,
        reply: [/0\.025/],
      },
      {
        kind: 'value in own words (fraction in words)',
        say: 'add the 6 inch blade with the five eighths arbor',
        cart: [{ name: /Diamond Trim Saw Blade/, options: { Diameter: '6"', Arbor: '5/8"' } }],
      },
      {
        kind: 'yes/no about another product',
        say: 'does the Kerfline trim saw come with a blade?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'figure about another product',
        say: 'how thick a rock can the Kerfline saw cut?',
        notCalls: NO_SEARCH,
        reply: [/2 inch/i],
      },
      { kind: 'refinement search', say: 'show me grit', shown: { some: /Grit Kit/ } },
      {
        kind: 'sold-out variant (unit said)',
        say: 'the five pound bag please',
        reply: [SOLD_OUT],
        cart: [{ name: /Diamond Trim Saw Blade/ }],
      },
      {
        kind: 'yes/no from text',
        say: 'is the grit toxic?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'value in own words (unit)',
        say: 'then two pounds of it',
        cart: [{ name: /Diamond Trim Saw Blade/ }, { name: /Grit Kit/, options: { Weight: '2 lb' } }],
      },
    ],
  },
  {
    name: 'cabbing and rough: the bigger wheel sold out, warranty from text, unknown facts, rough rock, policy',
    language: 'en',
    steps: [
      { kind: 'first search', say: 'what cabbing machines do you have', shown: { some: /CabMaster/ } },
      {
        kind: 'sold-out variant (size in own words)',
        say: 'I want the bigger one, with 8 inch wheels',
        reply: [SOLD_OUT, /6/],
        cart: [],
      },
      {
        kind: 'figure from text',
        say: 'how much does it weigh?',
        notCalls: NO_SEARCH,
        reply: [/58/],
      },
      {
        kind: 'yes/no from text (not said)',
        say: 'does it come with a trim saw?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'yes/no not in the text',
        say: 'does it run on 220 volts?',
        notCalls: NO_SEARCH,
        reply: [UNKNOWN],
      },
      { kind: 'first search', say: 'show me rough agate', shown: { some: /Agate Rough/ } },
      {
        kind: 'sold-out variant',
        say: 'can I get ten pounds of it?',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        kind: 'value in own words',
        say: 'ok the 3 pound bag then',
        cart: [{ name: /Agate Rough/, options: { Weight: '3 lb' } }],
      },
      {
        kind: 'yes/no from text',
        say: 'is it good for beginners?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'policy (covered)',
        say: 'how fast do you ship?',
        notCalls: NO_SEARCH,
        reply: [/2 business days/i],
      },
      {
        kind: 'policy (not covered)',
        say: 'can I pick it up in person?',
        notCalls: NO_SEARCH,
        reply: [HUMAN],
      },
      {
        kind: 'policy (covered)',
        say: 'can I return grit if I opened it?',
        notCalls: NO_SEARCH,
        reply: [/cannot|can't|not/i],
      },
    ],
  },
];
