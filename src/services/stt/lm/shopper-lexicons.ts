/**
 * Closed lists of general shopping English the catalog corpus (phrases.ts) fills its templates
 * with, for any vertical: comparison words, generic properties, colour families, containers,
 * places, payment methods, who a product is for. No store's words.
 */
import { numberToWords } from './text-norm.ts';

/** Ways to pay any shop may or may not take. */
export const PAYMENTS: readonly string[] = [
  'credit cards',
  'a credit card',
  'debit cards',
  'paypal',
  'apple pay',
  'google pay',
  'cash',
  'personal checks',
  'a check',
  'checks',
  'american express',
  'amex',
  'visa',
  'mastercard',
  'discover',
  'gift cards',
  'a gift card',
  'klarna',
  'affirm',
  'bitcoin',
  'installments',
];

/** Who a shopper buys for, in any vertical (the ages people name: "a ten year old"). */
export const AUDIENCES: readonly string[] = [
  'a beginner',
  'beginners',
  'an adult',
  'adults',
  'kids',
  'a kid',
  'a child',
  'children',
  'a teenager',
  'teens',
  'men',
  'women',
  'a man',
  'a woman',
  'my son',
  'my daughter',
  'a gift',
  'a pro',
  'experts',
  ...Array.from({ length: 15 }, (_, i) => `a ${numberToWords(i + 2)} year old`),
  ...Array.from({ length: 8 }, (_, i) => `${numberToWords(i + 4)} year olds`),
];

/** Generic comparison words (any vertical): "the lightest", "something cheaper", "how heavy". */
export const SUPERLATIVES = [
  'cheapest',
  'lightest',
  'warmest',
  'smallest',
  'biggest',
  'largest',
  'best',
  'newest',
  'most popular',
  'most expensive',
  'highest rated',
  'most powerful',
  'tallest',
  'shortest',
  'softest',
  'quietest',
  'fastest',
  'brightest',
  'thinnest',
  'thickest',
  'widest',
  'most comfortable',
  'most durable',
  'heaviest',
  'longest',
  'strongest',
  'best rated',
];
export const COMPARATIVES = [
  'cheaper',
  'lighter',
  'warmer',
  'smaller',
  'bigger',
  'larger',
  'better',
  'longer',
  'stronger',
  'taller',
  'shorter',
  'softer',
  'quieter',
  'faster',
  'brighter',
  'heavier',
];
/**
 * Product properties shoppers ask about in any vertical ("is it dishwasher safe"), which a
 * catalog states in descriptions rather than tags, so the vocabulary does not carry them.
 */
export const GENERIC_ATTRIBUTES = [
  'waterproof',
  'water resistant',
  'dishwasher safe',
  'oven safe',
  'machine washable',
  'washable',
  'induction compatible',
  'compatible',
  'adjustable',
  'rechargeable',
  'wireless',
  'portable',
  'organic',
  'vegan',
  'recyclable',
  'biodegradable',
  'handmade',
];
export const ADJECTIVES = ['heavy', 'warm', 'big', 'long', 'large', 'much', 'strong', 'wide', 'tall'];

/** Colour families shoppers name whatever the catalog calls its shades. */
export const COLOR_FAMILIES = [
  'black',
  'white',
  'grey',
  'gray',
  'red',
  'blue',
  'green',
  'yellow',
  'orange',
  'pink',
  'purple',
  'brown',
  'beige',
  'gold',
  'silver',
  'nude',
  'dark',
  'light',
];
/** Units things are sold in ("a bottle of", "the one liter bottle of"). */
export const CONTAINERS = [
  'bottle',
  'pack',
  'box',
  'bag',
  'can',
  'jar',
  'tube',
  'set',
  'kit',
  'roll',
  'case',
  'pair',
];
/** Where a shopper asks to ship to. */
export const PLACES = [
  'canada',
  'mexico',
  'the us',
  'the united states',
  'the uk',
  'europe',
  'australia',
  'alaska',
  'hawaii',
  'my address',
  'another country',
];
/** Option names every catalog may use, besides its own. */
export const GENERIC_OPTION_NAMES = ['colors', 'sizes', 'options', 'versions', 'styles', 'sizes and colors'];
