/**
 * English conversations on the soap making supply shop (soap-catalog.ts), written for branch dlg-en9
 * from the shopper's side before the engine was touched, aimed at the three kinds that dominate
 * held-out failures: option values said in the shopper's own words and sold-out variants (refused,
 * with what is in stock), yes/no and figure questions answered from the product's text (the one in
 * focus or another named), store policy questions (answered from the policy text or handed to a
 * person). The rest are ordinary steps, to see regressions. Each step names its kind.
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

export const SOAP_SCRIPTS: DevScript[] = [
  {
    name: 'a first batch: lye, the big jar sold out, food grade?, liquid soap?, a mold in the shopper colour',
    language: 'en',
    steps: [
      {
        kind: 'first search (synonym)',
        say: 'do you have caustic soda for soap',
        shown: { some: /Sodium Hydroxide Lye/ },
      },
      {
        kind: 'sold-out variant',
        say: 'I want the 5 pound jar',
        reply: [SOLD_OUT, /2 lb/],
        cart: [],
      },
      {
        kind: 'yes/no from text',
        say: 'is it food grade?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'yes/no from text (negated)',
        say: 'can I use it for liquid soap?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'value in own words',
        say: 'ok add the two pound one',
        cart: [{ name: /Sodium Hydroxide Lye/, options: { Weight: '2 lb' } }],
      },
      { kind: 'first search', say: 'show me loaf molds', shown: { some: /Silicone Loaf Mold/ } },
      {
        kind: 'sold-out variant (colour family)',
        say: 'do you have it in pink?',
        notCalls: NO_SEARCH,
        reply: [SOLD_OUT, /Navy|Sage/],
      },
      {
        kind: 'yes/no from text',
        say: 'is it dishwasher safe?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'figure from text',
        say: 'how many bars does it make?',
        notCalls: NO_SEARCH,
        reply: [/10/],
      },
      {
        kind: 'value in own words (colour family)',
        say: 'add the green one',
        cart: [{ name: /Sodium Hydroxide Lye/ }, { name: /Silicone Loaf Mold/, color: 'Sage Green' }],
      },
      {
        kind: 'cart read-back',
        say: "what's in my cart?",
        notCalls: [...NO_SEARCH, ...NO_ORDER],
        reply: [/Lye/, /Mold/],
      },
      { kind: 'checkout', say: "I'm done, check out please", calls: ['prepare_order'], notCalls: NO_ORDER },
      { kind: 'explicit yes', say: 'yes go ahead', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'fragrance: the big bottle sold out, ounces said aloud, usage rate, discolors, another product, policy',
    language: 'en',
    steps: [
      { kind: 'first search', say: 'I am looking for a lavender scent', shown: { some: /Lavender Fields/ } },
      {
        kind: 'sold-out variant (unit in words)',
        say: 'give me the sixteen ounce bottle',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        kind: 'figure from text',
        say: "what's the max usage rate?",
        notCalls: NO_SEARCH,
        reply: [/5 ?%/],
      },
      {
        kind: 'yes/no from text',
        say: 'is it phthalate free?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'value in own words (unit in words)',
        say: 'then the four ounce one',
        cart: [{ name: /Lavender Fields/, size: '4 oz' }],
      },
      {
        kind: 'yes/no about another product',
        say: 'does the oatmeal milk and honey one discolor?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'sold-out variant (another product)',
        say: 'add a 1 oz of the oatmeal one',
        reply: [SOLD_OUT, /4 oz/],
        cart: [{ name: /Lavender Fields/ }],
      },
      {
        kind: 'policy (covered)',
        say: 'can I return a fragrance oil once I opened it?',
        notCalls: NO_SEARCH,
        reply: [/cannot|can't|not/i],
      },
      {
        kind: 'policy (covered)',
        say: 'do you do exchanges?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'policy (not covered)',
        say: 'do you price match?',
        notCalls: NO_SEARCH,
        reply: [HUMAN],
      },
      { kind: 'promo', say: 'apply LATHER10', calls: ['apply_promo'], notCalls: NO_SEARCH },
    ],
  },
  {
    name: 'colour and tools: a mica in the shopper words, sold-out red, scale range, thermometer, blender cord',
    language: 'en',
    steps: [
      {
        kind: 'first search',
        say: 'I need colorants for cold process soap',
        shown: { some: /Mica Colorant/ },
      },
      {
        kind: 'sold-out variant (colour in own words)',
        say: 'the red one please',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        kind: 'value in own words (colour family)',
        say: 'the navy blue then',
        cart: [{ name: /Mica Colorant/, color: 'Midnight Blue' }],
      },
      {
        kind: 'yes/no from text',
        say: 'does it come with a scoop?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      { kind: 'first search', say: 'show me scales', shown: { some: /Digital Soap Scale/ } },
      {
        kind: 'figure from text',
        say: 'what is the max weight it can take?',
        notCalls: NO_SEARCH,
        reply: [/5 ?kg|11 ?lb/i],
      },
      {
        kind: 'yes/no from text',
        say: 'are batteries included?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'sold-out variant',
        say: 'add the white one',
        reply: [SOLD_OUT, /Black/],
        cart: [{ name: /Mica Colorant/ }],
      },
      {
        kind: 'figure about another product',
        say: 'how long is the cord on the stick blender?',
        notCalls: NO_SEARCH,
        reply: [/5 (feet|ft|foot)/i],
      },
      {
        kind: 'yes/no about another product',
        say: 'can the infrared thermometer take body temperature?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'yes/no not in the text',
        say: 'is the scale waterproof?',
        notCalls: NO_SEARCH,
        reply: [UNKNOWN],
      },
    ],
  },
  {
    name: 'a kit and oils: lavender kit sold out, what is in it, coconut pail sizes, melting point, pickup, shipping',
    language: 'en',
    steps: [
      {
        kind: 'first search',
        say: 'do you have a starter kit for beginners?',
        shown: { some: /Beginner Cold Process Soap Kit/ },
      },
      {
        kind: 'sold-out variant',
        say: 'I want the lavender one',
        reply: [SOLD_OUT, /Unscented/],
        cart: [],
      },
      {
        kind: 'yes/no from text',
        say: 'does it come with a stick blender?',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        kind: 'yes/no from text',
        say: 'are gloves included?',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        kind: 'add',
        say: 'ok add the unscented kit',
        cart: [{ name: /Beginner Cold Process Soap Kit/, options: { Scent: 'Unscented' } }],
      },
      { kind: 'first search', say: 'show me coconut oil', shown: { some: /Coconut Oil/ } },
      {
        kind: 'figure from text',
        say: "what's the melting point?",
        notCalls: NO_SEARCH,
        reply: [/76/],
      },
      {
        kind: 'sold-out variant (unit said)',
        say: 'I want the 50 pound pail',
        reply: [SOLD_OUT],
        cart: [{ name: /Beginner Cold Process Soap Kit/ }],
      },
      {
        kind: 'policy (covered)',
        say: 'can I pick up my order?',
        notCalls: NO_SEARCH,
        reply: [/Portland|pickup|pick up/i],
      },
      {
        kind: 'policy (covered)',
        say: 'do you ship lye to Hawaii?',
        notCalls: NO_SEARCH,
        reply: [/cannot|can't|not|no/i],
      },
      {
        kind: 'policy (not covered)',
        say: 'is there a warranty on the blender?',
        notCalls: NO_SEARCH,
        reply: [HUMAN],
      },
    ],
  },
];
