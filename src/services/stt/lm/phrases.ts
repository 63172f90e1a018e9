/**
 * Shopping phrases for the catalog language model: intent templates filled with the catalog's
 * own words. Sampling is seeded, so the same vocabulary always yields the same corpus (and the
 * same cache key and LM).
 */
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { AMOUNT_TEMPLATES, amountWords, LARGER_COUNTS } from './amount-shapes.ts';
import {
  bareNumberForms,
  categoryForms,
  distinguishingPrefixes,
  productNameForms,
  sizeForms,
  spokenForms,
} from './catalog-forms.ts';
import { spokenPromoCode, type WordRank } from './code-words.ts';
import {
  descriptionFeatures,
  descriptionLines,
  FEATURE_TEMPLATES,
  featureSingulars,
  phrasePlurals,
} from './description-phrases.ts';
import { REQUEST_TEMPLATES } from './request-shapes.ts';
import {
  ADJECTIVES,
  AUDIENCES,
  COLOR_FAMILIES,
  COMPARATIVES,
  CONTAINERS,
  GENERIC_ATTRIBUTES,
  GENERIC_OPTION_NAMES,
  PAYMENTS,
  PLACES,
  SUPERLATIVES,
} from './shopper-lexicons.ts';
import { digitsToWords, normalizeText, numberToWords, ORDINALS, priceToWords } from './text-norm.ts';

/** `{slot}` placeholders; `[a|b]` picks one alternative; `[a|]` makes `a` optional. */
export const TEMPLATES: readonly string[] = [
  "[i want|i need|i would like|i am looking for|i'm looking for|do you have|show me|find me|can you find] [a|an|some|the|] {category}",
  "[i want|i need|show me|do you have|i'm looking for] [a|some|] {color} {category}",
  '[show me|find|search for|do you have|i want] {brand} {category}',
  '[show me|do you have|find me] {category} under {price}',
  '[show me|find] [the|] {attr} {category}',
  '[do you have|show me] [a|] {color} {attr} {category} in [size|] {size}',
  '[tell me about|what about|show me|more about] [the|] {product}',
  'how much is [the|] {product}',
  'how much [does|do] [the|] {product} cost',
  'is [the|] {product} [in stock|available] [in|in size] {size}',
  'does [the|] {product} come in {color}',
  'do you have [the|] {product} in {color} [in size {size}|]',
  '[add|put] [a|one|the|] {product} [to|in|into] my cart',
  "[add|i'll take|give me] {qty} {product} [to my cart|]",
  "[add|i'll take] the {ordinal} one [to my cart|] [in size {size}|in {color}|]",
  "[add it|i'll take it|add that one] [to my cart|] [in size {size}|in {color}|please|]",
  '[remove|delete|take out] [the|] {product} [from my cart|]',
  '[remove|delete] the {ordinal} [one|item] [from my cart|]',
  '[change|update|make] [the|] quantity [of the {product}|] to {qty}',
  'i want {qty} [of them|of those|]',
  '[change|switch] [it|the size|the {product}] to [size|] {size}',
  "[what's|what is|show me] [in|] my cart",
  '[compare|what is the difference between] the {product} and the {product}',
  '[compare|] the {ordinal} and the {ordinal} one',
  // "check out" is the verb; "checkout" the noun ("go to checkout").
  "[i want to|let's|can i|i'd like to|i am ready to|i'm ready to] [check out|place my order|pay] [now|please|]",
  '[go to|take me to|proceed to] [the|] checkout',
  "[yes|yeah|yes please|confirm|place the order|go ahead|that's right|correct|sure]",
  // A confirmation usually comes with its go-ahead: "yes, go ahead", "sure, place it".
  "[yes|yeah|sure|okay|ok] [go ahead|please go ahead|place the order|place it|do it|that's right|confirm it]",
  '[no|no thanks|cancel|never mind|not now|stop|wait]',
  '[apply|use|i have|enter] [the|a|my|] [promo|discount|coupon|] code {code} [to my order|to my cart|]',
  // Shoppers mostly read the code out without the word "code": "apply big catch twenty five".
  '[apply|use|redeem|add] {code} [to my order|to my cart|at checkout|please|]',
  '[where is|what is the status of|track|check on] my order [number|] {order}',
  '[i want to|can i|please] [cancel|return] [my|the] order [number|] {order}',
  'my order number is {order}',
  '[save|bookmark] [the|] {product} [for later|]',
  '[show me|what are] my saved items',
  '[what did i buy|show me my order history|what have i ordered] [last time|before|]',
  '[can i|i want to|let me] [talk|speak] to a [real person|human|person|agent]',
  '[hello|hi|hey] [there|]',
  "[thanks|thank you] [that's all|that is all|bye|]",
  '[is it|is that|are they] [{attr}|in stock|available|on sale]',
  'what [colors|sizes] does [the|] {product} come in',
  'what [colors|sizes] [do you have|are available] [for the {product}|]',
  '[do you have|show me] anything [cheaper|bigger|smaller|else|similar]',
  '[read|tell me] [the|] [reviews|details|price] [for|of] [the|] {product}',
  'my [name|email] is',
  '[research|look up|find reviews for] [the best|] {category} [under {price}|for {attr}|]',
  // Generic carrier phrases: the words people wrap around any request.
  "[i'm|i am] looking for [a|an|some|] [{color}|{attr}|{brand}|] {category}",
  "[find me|get me|show me|i need|i want|i'd like|i would like] [a|an|some|the|] [{attr}|{color}|] {category} [in {color}|in size {size}|under {price}|]",
  '[do you have|have you got|do you sell|do you carry|show me|find] [any|some|] {brand} {category}',
  '[show me|find|i want] {category} [from|by] {brand}',
  '[show me|do you have|i want|find me] {category} [for under|for less than|cheaper than|under|below|less than] {price}',
  "[show me|do you have|i want|find me|i'm looking for] [something|anything] [cheaper|bigger|smaller|else|similar|in {color}|in {size}|under {price}|{attr}|]",
  '[show me|what are] [the|your] [cheapest|best|most popular|newest] {category}',
  "[i want|i'd like|i would like|can i get|i'll take|i will take|give me] [the|a|] {product} [in {color}|in size {size}|in {size}|please|]",
  "[i'll take|i will take|give me|i want] [the {ordinal} one|that one|it|them|this one] [please|]",
  '[add|put] [the|a|an|] [{color}|{attr}|] {category} [to my cart|in my cart|]',
  '[add|put] [the|a|] {product} [in {color}|in size {size}|in {size}] [to my cart|]',
  "[i'd like|i want|i need|give me|i would like] {qty} [pairs of|of the|] [{category}|{product}]",
  '[remove|delete|take out] [it|that|this|that one|this one|the {ordinal} item|the {ordinal} one|the {category}] [from my cart|from the cart|]',
  '[change|set|update|make] the [size|size of the {product}] to {size}',
  // One spelling per word: "colour" sounds the same and only made transcripts differ in spelling.
  '[change|make] [it|the color] [to|] {color}',
  '[can you|could you|please] [tell me about|describe|show me] [the|] {product} [please|]',
  '[what about|how about] [the|] [{color}|{attr}|] [one|ones|{category}|{product}]',
  '[is|are] [the|] {product} [{attr}|available|in stock] [in {size}|in {color}|]',
  '[what is|what are|tell me] the [price|material|sizes|colors] [of|for] [the|] {product}',
  "[that's all|that is all|that's it|nothing else] [thank you|thanks|for now|]",
  '[yes|yeah|no|okay|ok] [please|thanks|thank you|that one|]',
  '[in|] {color} [please|]',
  '[size|in size|in] {size} [please|]',
  '[the|] {ordinal} one [please|]',
  '[where is|has|when will] my order [number {order}|] [shipped|arrived|arrive|]',
  "[i want to|i'd like to|can i|how do i] [return|exchange|cancel] [my order|an item|this|it|the {product}]",
  '[how much|what] [does|do|is] [the|] {product} [cost|costs|]',
  '[do you have|is there] [a|an|the|] {product} in [size|] {size} [in {color}|]',
  // Vertical-neutral request shapes from issue 12 (refine, negate, superlatives, spec questions,
  // several items, cart and order management); no store's words in them.
  '[only|just] [show me|] the {brand} [ones|{category}] [please|]',
  '[only|just] [show me|] the [{color}|{attr}|{optionAdj}] [ones|{category}] [please|]',
  '[only|just] [show me|] the ones [under|below|less than|for under] {price} [please|]',
  '[not|no|not the|anything but the] {brand} [ones|{category}] [please|]',
  '[what|which] {category} do you have [in {color}|under {price}|from {brand}|]',
  '[what|which] [kind of|kinds of|types of|] {category} [do you have|do you sell|do you carry|are there]',
  "[what's|what is|which is|show me|i want] [the|your] {superlative} [{category}|one] [you have|you've got|]",
  '[do you have|show me|i want] [something|anything|one|a {category}] {comparative} [than that|]',
  'how {adjective} [is|are] [it|that|they|the {product}|the {category}]',
  '[how much does|what does] [it|that|the {product}] weigh',
  "[what is|what's] [it|the {product}] made [of|from]",
  '[is|are] [it|they|the {product}|the {category}] made of {attr}',
  '[does|do] [it|they|the {product}] [have|come with] {attr}',
  '[add|put] [the|a|] {product} and [the|a|] {product} [to my cart|]',
  "[add|i'll take|i want|give me] {qty} [pairs of|of] the {product} [in size {size}|in {size}|in {color}|] [in {color}|]",
  // Sold by the bag, box, pack… in any vertical.
  "[add|i'll take|i want|give me] [a|{qty}] [bag|bags|box|boxes|pack|packs|bottle|bottles|can|cans|pair|pairs|set|sets] of [the|] {product} [to my cart|]",
  '[add|i want|give me] [a|one|the] {product} in {color} [in size|size|in] {size}',
  '[empty|clear] [my|the] cart',
  '[remove|delete] everything [from my cart|]',
  '[start over|start again|forget that|never mind that]',
  '[what|which] [promos|promotions|discounts|deals|coupons] [do you have|are there|can i use]',
  '[do you have|are there] any [promos|promotions|discounts|deals|coupons|sales] [today|right now|]',
  '[cancel|i want to cancel] my [last|] order [please|]',
  '[compare|what is the difference between|which is better] the {product} [and|or] the {product}',
  '[is|are] [the|] {product} [{comparative}|better] than the {product}',
  '[show me|do you have] [any|some|] {attr} {category} [under {price}|in {color}|]',
  '[show me|find] {category} [in|in size] {size}',
  // Options other than size and colour, as the catalog spells them ("50 ml", "Tool Only", "4.0Ah",
  // "3-pack", a shade "Honey 340"): with a product, alone, before a type, as "the … one".
  "[add|i want|i'll take|give me|put] [the|a|] {product} [in|in|with the|] {option} [please|instead|to my cart|]",
  "[add|i want|i'll take|give me|do you have|is there] [the|a] [{optionAdj}|{size}] [one|one|version|kind|model|option] [instead|too|as well|please|]",
  '[add|i want|give me|do you have|show me] [the|a|{qty}] [{optionAdj}|{size}] [{brand}|{attr}|] [{category}|{product}] [instead|as well|]',
  '[do you have|is|are] [it|that|them|they|the {product}] [in|available in|also in] {option}',
  '[the|a|] [{optionAdj}|{size}] [one|version|please|]',
  '[{option}|in {option}] [please|]',
  "[add|i want|i'll take|give me] [a|the|{qty}] [{optionAdj}|{container}] of [the|] [{product}|{category}] [please|instead|]",
  '[add|i want|give me] [a|the] {optionAdj} {container} of [the|] [{product}|{category}]',
  'what {optionName} [does|do] [the|] [{product}|it|they] come in',
  'what {optionName} [do you have|are there|are available] [for the {product}|]',
  '[which|what] [{category}|one] [has|is] the [highest|lowest|most|least|best|biggest|longest|strongest] [{attr}|{optionName}|]',
  // Corrections and additions: "… instead", "… as well" ("too" only after "one": it sounds like
  // "to", and "the puffer vest too" made "the puffer vest to medium" out of "… in medium").
  '[add|put|i want|give me] [the|a|an|] [{product}|{category}] [instead|as well|also]',
  "[no|actually|] [make it|make that|i'd rather have|change it to|change that to] the [{optionAdj}|{size}] [one|version|{container}|] [instead|]",
  '[take|get] [the|] [{product}|{category}|{ordinal} one] out [of my cart|of the cart|]',
  '[take|get] [it|that|this|that one|them] out [of my cart|of the cart|]',
  '[show me|do you have] [a|an|some|] {family} [{category}|{attr} {category}]',
  '[show me|i want|do you have] [things|stuff|products|items|everything|something] [from|by] {brand}',
  '[show me|tell me] what you have [from|by] {brand}',
  '[please|] cancel my [last|] order [please|]',
  '[what|which] [discount codes|promo codes|coupon codes|codes|coupons] [do you have|are there|can i use|are available]',
  // Policy questions any shop gets (answered from its policy text or by a person).
  '[do you|can you|will you] ship [{category}|it|them|] [to {place}|internationally|abroad|overseas|] [for free|]',
  "[what's|what is|how long is|tell me about] [the|your] [warranty|return policy|shipping policy|refund policy|shipping cost|guarantee] [on|for] [the|] [{product}|{brand} {category}|{brand} products|{category}|it|]",
  "[what's|what is|how long is] [the|your] [warranty|return policy|shipping policy|refund policy|guarantee]",
  '[can i|how do i|i want to] return [a|an|the|this|my|] [opened|used|worn|damaged|] [{category}|{product}|item|order|it]',
  '[how much is|what does|how much does] shipping [cost|to {place}|]',
  '[how much is|how much does it cost|what does it cost] [shipping|to ship] [a|an|the|my|] [{category}|{product}|order|it] [to {place}|]',
  // An option value with its option's name after it ("in ho scale", "with the twenty one pin
  // plug", "in the five inch height"): the value alone had a path, the name after it none.
  "[add|get|i want|i'll take|give me|put] [the|a|an|{qty}|] [{product}|{category}] [in|with] [the|a|] {optionAdj} {optionNameOne} [please|to my cart|in my cart|]",
  '[in|with|in the|with the|the] {optionAdj} {optionNameOne} [please|]',
  '[is|are|does|do] [the|] [{product}|{category}|it|they] [come in|available in|in] {optionAdj} {optionNameOne}',
  // What a product includes, in the third person ("what comes with the starter set").
  '[what|what else] comes [with|in] [the|a|this|that|] [{product}|{category}|set|kit|box|it]',
  "[what's|what is] included [with|in] [the|a|this|] [{product}|{category}|set|kit|it]",
  '[does|do] [the|] [{product}|{category}|it|they] come [with|in] [a|an|the|] [{attr}|{color}|{feature}|{category}|case|box]',
  // Comparing two products in other words than "compare" ("how is the x different from the y").
  '[how is|how are|what makes] [the|] {product} different from [the|] {product}',
  '[is|are] [the|] {product} [different from|the same as|better than] [the|] {product}',
  // One option asked about by its name ("what height should i get", "what length is the x").
  '[what|which] {optionNameOne} [should i get|should i buy|do i need|is it|is that|is the {product}|do you recommend|is right for me]',
  '[what|which] {optionNameOne} [does|do] [the|] [{product}|{category}|it|they] [have|come in|use|take]',
  // How to pay, in any shop.
  '[do you|can i|will you|does your store] [take|accept|pay with|pay by] [{payment}]',
  '[can i|i want to|i would like to] pay [with|by|using] [{payment}]',
  // Who a product is for, in any shop: beginners, children by age, adults.
  '[which|what] [{category}|one|{product}] [is|are] [best|good|right|the best|better] for [{audience}]',
  '[show me|do you have|i need|i want] [a|an|some|] [{category}|{product}] for [{audience}]',
  '[is|are] [the|] [{product}|{category}|it|they] [good|ok|right|suitable|too big|too small] for [{audience}]',
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Fillers {
  product: string[];
  category: string[];
  brand: string[];
  color: string[];
  size: string[];
  attr: string[];
  qty: string[];
  price: string[];
  order: string[];
  ordinal: string[];
  code: string[];
  /** Option values other than size and colour, spoken. */
  option: string[];
  /**
   * Option values with a word besides numbers ("nine feet", "four ply", "extra fine"), the ones said
   * right after a product without "in": a bare number there ("the wheat starch paste four") made
   * the sentence-final "for" a number.
   */
  optionPhrase: string[];
  /** The same without unit plurals, for before a noun ("the twenty volt version", not "volts"). */
  optionAdj: string[];
  /** Option names in the plural ("shades", "lengths") for "what … does it come in". */
  optionName: string[];
  /** Option names as the catalog has them ("scale", "plug"), after a value: "in ho scale". */
  optionNameOne: string[];
  audience: string[];
  payment: string[];
  /** Basic colour families ("red"), for catalogs whose shades have other names. */
  family: string[];
  container: string[];
  place: string[];
  superlative: string[];
  comparative: string[];
  adjective: string[];
  /** What the descriptions talk about ("tire clearance", "travel"): see description-phrases.ts. */
  feature: string[];
  /** Counts past ten ("twenty four", "a dozen"): see amount-shapes.ts. */
  count: string[];
  /** What an amount counts, after "a" ("bottle", "pound") and after a count ("bottles", "pounds"). */
  amountOne: string[];
  amountMany: string[];
}

/** English plural of an option name ("shade" → "shades", "capacity" → "capacities"). */
function pluralName(name: string): string {
  // Already plural ("prongs", "pieces"); "glass" and "dress" are not.
  if (/[^s]s$/.test(name)) return name;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/.test(name)) return `${name}es`;
  return `${name}s`;
}

/**
 * Spoken forms of an option value: numbers with units ("1 L" is a liter here, not a size),
 * plain numbers read in pairs ("Honey 340" → "honey three forty"), half sizes, letter sizes.
 */
export function optionForms(value: string, opts: { plural?: boolean } = {}): string[] {
  // A bare fraction ("4 1/8" grip) is read as a number by sizeForms, never digit by digit.
  const spoken = /^\d+(?:[- ]\d+)?\/\d+$/.test(value.trim())
    ? []
    : spokenForms(value, { spacedLetterUnits: true, ...opts });
  const sized = sizeForms(value, opts);
  // A value without units may hold a plain number read in pairs ("Honey 340").
  const numbers = spoken.length === 1 ? bareNumberForms(value) : [];
  return [...new Set([...(sized.length > 1 ? sized : []), ...spoken, ...numbers])];
}

/** Words of a spoken number ("two eighty four", "one and a half", "point oh three"). */
const NUMBER_WORD =
  /^(a|an|and|half|quarter|quarters|point|oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)$/;

/** A Shopify CSV carries no currency, so the catalog's may be a guess: accept the common ones too. */
const SPOKEN_CURRENCIES = ['USD', 'EUR', 'GBP'];

function uniq(xs: string[]): string[] {
  return [...new Set(xs.map(normalizeText).filter((x) => x.length > 0))];
}

/** Features and, with a dictionary, their one-word singulars after them. */
function withSingulars(features: string[], knownWord?: (w: string) => boolean): string[] {
  return knownWord ? [...features, ...featureSingulars(features, knownWord)] : features;
}

/** Slot fillers derived from the vocabulary, in spoken form. */
export function fillersFor(
  v: CatalogVocabulary,
  rand: () => number = mulberry32(7),
  /** Words the pronunciation dictionary knows: plurals of tags are only made when it knows them. */
  knownWord?: (w: string) => boolean,
  /** Common English words by frequency: glued promo-code words are split into them (code-words.ts). */
  commonWordRank?: WordRank,
): Fillers {
  const prices: string[] = [];
  const lo = Math.max(1, Math.floor(v.minPrice));
  const hi = Math.max(lo + 1, Math.ceil(v.maxPrice));
  const currencies = [...new Set([v.currency.toUpperCase(), ...SPOKEN_CURRENCIES])];
  for (const step of [5, 10, 20, 25, 50, 100, 200, 500]) {
    for (let p = step; p <= hi * 1.2 && p <= 5000; p += step) {
      if (p < lo * 0.8) continue;
      // The catalog's own currency twice as often as each other one; the bare amount as well.
      for (const c of [v.currency.toUpperCase(), ...currencies]) prices.push(...priceToWords(p, c));
      prices.push(numberToWords(p));
    }
  }
  // "a hundred dollars", "under a thousand": round hundreds and thousands are said with "a".
  for (const p of [...prices]) {
    if (/^one (hundred|thousand)\b/.test(p)) prices.push(p.replace(/^one /, 'a '));
  }
  const orders = Array.from({ length: 40 }, () => digitsToWords(String(Math.floor(1000 + rand() * 9000))));
  const codes = [
    'save ten',
    'welcome',
    'summer',
    'free shipping',
    ...v.brands.slice(0, 3).map((b) => `${b} ten`),
    // The shop's own codes ("GLOW10" → "glow ten", "BIGCATCH25" → "big catch twenty five"),
    // twice: they are what shoppers read out.
    ...(v.promoCodes ?? []).flatMap((c) => {
      const spoken = spokenPromoCode(c, commonWordRank, knownWord);
      return [spoken, spoken];
    }),
  ];
  // Option names are lower case in the vocabulary, values as the catalog spells them.
  const options = v.options ?? [];
  const names = options.filter((o) => o === o.toLowerCase() && /^[a-z ]+$/.test(o));
  // Full titles and their short forms (brand + model, model alone, model + type…).
  const productNames = [
    ...v.productNames.flatMap((name) => productNameForms(name, v.brands, v.categories)),
    ...distinguishingPrefixes(v.productNames, v.brands),
  ];
  const categories = uniq(categoryForms(v.categories));
  const tags = uniq(v.attributes.flatMap((s) => spokenForms(s)));
  const optionValues = uniq(options.filter((o) => !names.includes(o)).flatMap((o) => optionForms(o)));
  const amounts = amountWords(
    [...optionValues, ...v.sizes.flatMap((z) => sizeForms(z))],
    [...v.productNames, ...v.categories, ...(v.descriptionTerms ?? []), ...(v.descriptionSentences ?? [])],
  );
  return {
    product: uniq(productNames),
    // Tags and types in the plural as well ("only the dark roasts", "show me green teas"). Not
    // noun tags in the singular (tried in session 24): "brush", "oar" as categories made "the
    // stainless wire brushes" "… wire brush is" and "the cheapest rower" "the cheapest oar".
    category: uniq([...categories, ...(knownWord ? phrasePlurals([...categories, ...tags], knownWord) : [])]),
    brand: uniq(v.brands),
    color: uniq(v.colors.flatMap((s) => spokenForms(s))),
    size: uniq(v.sizes.flatMap((z) => sizeForms(z))),
    attr: uniq([
      ...v.attributes.flatMap((s) => spokenForms(s)),
      ...GENERIC_ATTRIBUTES,
      ...(v.descriptionTerms ?? []),
    ]),
    qty: Array.from({ length: 10 }, (_, i) => numberToWords(i + 1)).concat(['a couple', 'a pair']),
    price: uniq(prices),
    order: orders,
    ordinal: ORDINALS.concat(['last']),
    code: codes.map(normalizeText).filter(Boolean),
    option: optionValues,
    optionPhrase: optionValues.filter((o) => o.split(' ').some((w) => !NUMBER_WORD.test(w))),
    optionAdj: uniq(
      options.filter((o) => !names.includes(o)).flatMap((o) => optionForms(o, { plural: false })),
    ),
    optionName: uniq([...names.map(pluralName), ...GENERIC_OPTION_NAMES]),
    optionNameOne: uniq(names.filter((n) => n !== 'title' && n !== 'color' && n !== 'colour')),
    audience: [...AUDIENCES],
    payment: [...PAYMENTS],
    family: COLOR_FAMILIES,
    container: CONTAINERS,
    place: PLACES,
    superlative: SUPERLATIVES,
    comparative: COMPARATIVES,
    adjective: ADJECTIVES,
    feature: withSingulars(descriptionFeatures(descriptionLines(v.descriptionSentences ?? [])), knownWord),
    count: [...LARGER_COUNTS],
    amountOne: amounts.one,
    amountMany: amounts.many,
  };
}

/** Which of `n` alternatives to take at one choice point of a template (`key` names the point). */
export type Picker = (key: string, n: number) => number;

/** Independent uniform draws: each choice point on its own, every time. */
function uniformPicker(rand: () => number): Picker {
  return (_key, n) => Math.floor(rand() * n);
}

/**
 * Draws without replacement: every choice point of a template deals from its own shuffled deck
 * of its alternatives and reshuffles when the deck is empty, so over k × n sentences each of n
 * alternatives is taken exactly k times. Same expected counts as uniform draws, far less spread:
 * with independent draws which rare n-grams made it into a sample was a lottery ("is the
 * lightest", "add the diesel …" present under one seed, absent under another), and a spent
 * round's WER moved with every re-draw (session 20).
 */
export function deckPicker(rand: () => number): Picker {
  const decks = new Map<string, number[]>();
  return (key, n) => {
    const id = `${key}/${n}`;
    let deck = decks.get(id);
    if (!deck || deck.length === 0) {
      deck = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [deck[i], deck[j]] = [deck[j] as number, deck[i] as number];
      }
      decks.set(id, deck);
    }
    return deck.pop() as number;
  };
}

/**
 * Decks keyed by context, each shuffled from its own stream seeded by its key: a context's deals
 * depend only on the sentences that reach that context, so a template whose slots follow other
 * words leaves every other template's draws alone (a shared stream let any new context reshuffle
 * all the others, undoing v18's per-template stability).
 */
export function keyedDeckPicker(seed: number): Picker {
  const pickers = new Map<string, Picker>();
  return (key, n) => {
    let picker = pickers.get(key);
    if (!picker) {
      picker = deckPicker(mulberry32(seed * 104_729 + textHash(key)));
      pickers.set(key, picker);
    }
    return picker(key, n);
  };
}

/**
 * Expands one template once; undefined when a slot has no fillers. `picker` chooses at each
 * bracket (by its place in the template) and each slot (by name and occurrence in the sentence).
 */
export function expand(
  template: string,
  fillers: Fillers,
  rand: () => number,
  picker: Picker = uniformPicker(rand),
  contextPicker?: Picker,
): string | undefined {
  let missing = false;
  let bracket = 0;
  const chosen = template.replace(/\[([^\]]*)\]/g, (_, alts: string) => {
    const options = alts.split('|');
    return options[picker(`[${bracket++}`, options.length)] ?? '';
  });
  const seen = new Map<string, number>();
  let filled = '';
  let last = 0;
  for (const m of chosen.matchAll(/\{(\w+)\}/g)) {
    const slot = m[1] as string;
    filled += chosen.slice(last, m.index);
    last = m.index + m[0].length;
    const values = fillers[slot as keyof Fillers] ?? [];
    if (values.length === 0) {
      missing = true;
      continue;
    }
    const k = seen.get(slot) ?? 0;
    seen.set(slot, k + 1);
    // The two words before the slot, as said: a value is dealt per context across the corpus.
    const context = normalizeText(filled).split(' ').slice(-2).join(' ');
    const i = contextPicker
      ? contextPicker(`{${slot}|${context}`, values.length)
      : picker(`{${slot}#${k}`, values.length);
    filled += values[i] ?? '';
  }
  filled += chosen.slice(last);
  return missing ? undefined : fixArticles(normalizeText(filled));
}

/** Words after which English says "an" though they start with a consonant letter, and the reverse. */
const AN_ANYWAY = /^(hour|honest|honor|heir)/;
const A_ANYWAY = /^(one|once|uni|use|usu|uter|euro)/;

/**
 * "a"/"an" as spoken before the next word: templates offer both and fillers start with anything,
 * and "an rosewood" in the corpus made the recognizer hear "in rosewood" as "an rosewood".
 */
export function fixArticles(sentence: string): string {
  const w = sentence.split(' ');
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i] !== 'a' && w[i] !== 'an') continue;
    const next = w[i + 1] as string;
    const vowel = (/^[aeiou]/.test(next) && !A_ANYWAY.test(next)) || AN_ANYWAY.test(next);
    w[i] = vowel ? 'an' : 'a';
  }
  return w.join(' ');
}

export interface CorpusOptions {
  sentences?: number;
  seed?: number;
  /** Words the pronunciation dictionary knows (see fillersFor). */
  knownWord?: (w: string) => boolean;
  /** Common English words by frequency (see fillersFor). */
  commonWordRank?: WordRank;
}

/**
 * The training corpus in two parts. `sentences`: every template sampled in proportion, plus the
 * fillers people answer a question with on their own ("which colour?" → "navy"). `fragments`:
 * the shop's description sentences, as they are written — word sequences for the n-grams, but
 * not how a spoken request starts or ends, so they get no sentence boundaries (arpa.ts): with
 * them, a description's first word was a likelier request opener than most command words.
 */
export function generateCorpusParts(
  v: CatalogVocabulary,
  opts: CorpusOptions = {},
): { sentences: string[]; fragments: string[] } {
  const seed = opts.seed ?? 1;
  const fillers = fillersFor(v, mulberry32(seed + 1), opts.knownWord, opts.commonWordRank);
  const total = opts.sentences ?? 30_000;
  const templates = [...TEMPLATES, ...FEATURE_TEMPLATES, ...REQUEST_TEMPLATES, ...AMOUNT_TEMPLATES];
  const out = sampleTemplates(templates, fillers, Math.ceil(total / templates.length), seed);
  // Answers on their own. Not the description terms and generic properties of `attr`: nobody
  // answers with "handmade" alone, and as whole sentences they made such words request openers.
  const tags = uniq(v.attributes.flatMap((s) => spokenForms(s)));
  for (const key of ['product', 'category', 'color', 'size', 'brand', 'qty', 'option'] as const) {
    for (const f of fillers[key]) out.push(f);
  }
  out.push(...tags);
  return { sentences: out, fragments: descriptionLines(v.descriptionSentences ?? []) };
}

/**
 * `perTemplate` sentences of each template. Each template draws from its own random stream, seeded
 * by its text: adding or removing a template leaves every other template's sentences as they were
 * (one shared stream, interleaved round-robin, re-drew the whole corpus on any change, so a new
 * template moved unrelated n-grams in and out of the LM and a spent round's WER moved with them).
 * Within a template, choices are dealt from decks (`deckPicker`), not drawn independently.
 */
export function sampleTemplates(
  templates: readonly string[],
  fillers: Fillers,
  perTemplate: number,
  seed = 1,
): string[] {
  const out: string[] = [];
  const contextPicker = keyedDeckPicker(seed);
  for (const template of templates) {
    const rand = mulberry32(seed * 7919 + textHash(template));
    const picker = deckPicker(rand);
    for (let i = 0; i < perTemplate; i++) {
      const s = expand(template, fillers, rand, picker, contextPicker);
      if (s) out.push(s);
    }
  }
  return out;
}

/** A 32-bit FNV-1a hash of a template, its random stream's seed. */
function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The whole corpus as lines (sentences, then the description fragments). */
export function generateCorpus(v: CatalogVocabulary, opts: CorpusOptions = {}): string[] {
  const { sentences, fragments } = generateCorpusParts(v, opts);
  return [...sentences, ...fragments];
}
