/**
 * How requests START, in any shop: the question words, auxiliaries and command verbs a shopper
 * opens with, from general English, each with the kinds of objects it takes.
 *
 * Why: the catalog decoder can only say words its LM has. The intent templates of phrases.ts
 * open with a few dozen words; a request opening with any other ("how many …", a cart verb
 * outside them, "should i …", "not the …") had no path at all, and the decoder put the nearest
 * in-vocabulary sound there — often a catalog or description word ("how many" heard as a product
 * adjective). These lexicons are closed-class and general (no vertical's words): question
 * openers, auxiliaries, and synonyms of the cart actions every shop has (add, remove, review,
 * swap, pay).
 */
import { ENGLISH_AUXILIARIES } from '../../../lang/english-auxiliaries.ts';

const alt = (xs: readonly string[]): string => `[${xs.join('|')}]`;

/**
 * Alternatives where the first (the usual verb of the action: "add", "remove") keeps half the
 * mass: the synonyms only need a path in the LM, and spread evenly they made the usual verb
 * rarer than an auxiliary ("add two navy hoodies" heard as "can to navy hoodies").
 */
const usual = (xs: readonly string[]): string =>
  alt([...Array.from({ length: Math.max(0, xs.length - 2) }, () => xs[0] as string), ...xs]);

/** "how <adjective> is it": dimensions and qualities any product has. */
export const HOW_ADJECTIVES: readonly string[] = [
  'big',
  'small',
  'heavy',
  'light',
  'long',
  'short',
  'tall',
  'wide',
  'deep',
  'thick',
  'thin',
  'high',
  'low',
  'loud',
  'quiet',
  'bright',
  'fast',
  'far',
  'old',
  'hot',
  'cold',
  'warm',
  'strong',
  'soft',
  'hard',
  'durable',
  'comfortable',
  'easy',
  'good',
  'safe',
  'expensive',
  'accurate',
  'reliable',
];

/** Things one counts about a product, whatever it is ("how many hours", "how many pieces"). */
export const COUNTABLES: readonly string[] = [
  'hours',
  'minutes',
  'days',
  'years',
  'pieces',
  'items',
  'parts',
  'colors',
  'sizes',
  'options',
  'people',
  'inches',
  'feet',
  'pounds',
  'ounces',
  'grams',
  'liters',
  'gallons',
  'watts',
  'volts',
  'batteries',
  'settings',
  'modes',
  'reviews',
  'stars',
  'units',
  'packs',
  'left',
];

/**
 * Opening a yes/no question ("can the …", "should i …", "will it …"). "have" and "were" are left
 * out: as openers they are rare, and "have" is what the decoder hears for a soft "add".
 */
export const AUXILIARIES: readonly string[] = ENGLISH_AUXILIARIES.filter((w) => w !== 'have' && w !== 'were');

/** What a product does in a question ("does it fit …", "can it go in …"); vertical-neutral. */
const PRODUCT_VERBS: readonly string[] = [
  'work with',
  'fit',
  'fit in',
  'fit on',
  'go in',
  'go with',
  'go on',
  'come with',
  'connect to',
  'plug into',
  'handle',
  'hold',
  'last',
  'need',
  'include',
  'use',
  'run on',
  'be used for',
  'be used with',
  'be washed',
  'get wet',
  'match',
  // What a device or item shows or does ("does the monitor show watts", "does it lie flat").
  'show',
  'display',
  'measure',
  'track',
  'fold',
  'lie flat',
];

/** Amounts a product holds or takes, in any shop ("how much weight does it hold"). */
const MASS_NOUNS: readonly string[] = [
  'weight',
  'power',
  'space',
  'room',
  'water',
  'pressure',
  'resistance',
  'storage',
];

/** What a shopper does with a product in a question ("should i get …", "can i return …"). */
const SHOPPER_VERBS: readonly string[] = [
  'get',
  'buy',
  'use',
  'order',
  'pick',
  'choose',
  'try',
  'return',
  'wash',
  'clean',
  'store',
  'mix',
  'pair',
  'combine',
  'add',
];

/** Putting something in the cart. */
export const ADD_VERBS: readonly string[] = [
  'add',
  'put',
  'get',
  'grab',
  'buy',
  'order',
  'take',
  'pick',
  'throw in',
  'get me',
  "i'll have",
  "i'll get",
  'let me get',
  'let me have',
];

/** Taking something out of the cart. */
export const REMOVE_VERBS: readonly string[] = [
  'remove',
  'delete',
  'drop',
  'take out',
  'take off',
  'pull',
  'get rid of',
  'ditch',
  'toss',
  'scrap',
  'lose',
  'skip',
  'cancel',
  'forget',
  'leave out',
  'undo',
];

/** Having the cart or the order read back. */
export const REVIEW_VERBS: readonly string[] = [
  'read',
  'read me',
  'read back',
  'list',
  'repeat',
  'go over',
  'go through',
  'tell me',
  'show me',
  'check',
  'review',
  'summarize',
  "what's in",
  'what is in',
];

/** Changing one item for another. */
const SWAP_VERBS: readonly string[] = ['swap', 'replace', 'exchange', 'switch', 'change', 'trade'];

/** Finishing the purchase. */
const CHECKOUT_PHRASES: readonly string[] = [
  'check out',
  'check me out',
  'checkout',
  "let's check out",
  'let me check out',
  'i want to check out',
  'ring me up',
  "i'm done",
  "i'm finished",
  "that's everything",
  "let's pay",
  'pay now',
  'i want to pay',
  'buy it',
  'buy them',
  'buy now',
  'place the order',
  'complete my order',
  'finish my order',
  'finish up',
];

/** Opening a negative refinement ("not the …", "no, not those"). */
const NEGATIONS: readonly string[] = [
  'not',
  'not the',
  'no not the',
  'not those',
  'not that',
  'none of the',
  'no',
  'anything but the',
  'i said not the',
  'without the',
  "i don't want the",
  "i don't like the",
];

const THING = '[{product}|{category}|{ordinal} one|last one|item|one|ones]';
const SUBJECT = '[it|they|that|this|these|those|the {product}|the {category}|this {category}|that one]';

/**
 * Request shapes by how they open. They are templates in the syntax of phrases.ts (`[a|b]`
 * alternatives, `{slot}` catalog fillers), sampled with the others.
 */
export const REQUEST_TEMPLATES: readonly string[] = [
  // Counting questions.
  `how many ${alt(COUNTABLES)} [does|do|can|will|is|are] ${SUBJECT} [have|hold|take|last|come with|use|get|need|]`,
  `how many [{feature}|{category}] [does|do|can|will] ${SUBJECT} [have|hold|take|come with|fit|]`,
  'how many [{category}|{product}|of them|of those|of these] [do you have|are there|are left|are in stock|can i order|can i buy|come in a pack|]',
  'how many [can i|should i|do i] [get|buy|order|add|need|have]',
  // Amounts: "how much weight does the rower hold", "how many sheets come in a pack".
  `how much ${alt(MASS_NOUNS)} [does|do|can|will] ${SUBJECT} [hold|take|support|handle|have|need|]`,
  'how many {amountMany} [come in|are in|are there in|do i get in|do you get in] [a|the|each|one] [{amountOne}|{product}|{category}|pack|box|set]',
  // Dimension and quality questions.
  `how ${alt(HOW_ADJECTIVES)} [is|are|does|do|will|can] ${SUBJECT} [get|run|feel|go|be|]`,
  `how [long|often|soon|fast|well] [does|do|will|can|should] ${SUBJECT} [last|take|work|ship|arrive|charge|run|]`,
  `how [do|can|should] i [use|clean|wash|store|set up|return|install|choose|pick] ${SUBJECT}`,
  // Yes/no questions about a product.
  `${alt(AUXILIARIES)} ${SUBJECT} ${alt(PRODUCT_VERBS)} [a {feature}|the {feature}|a {category}|my {category}|the {product}|it|them|]`,
  `${alt(AUXILIARIES)} ${SUBJECT} [{attr}|{comparative}|{color}|in stock|on sale|worth it|any good|available|]`,
  `[should|can|could|do|will|would] i ${alt(SHOPPER_VERBS)} [the {product}|a {category}|the {category}|this one|that one|it|one|them] [for a {feature}|with the {product}|with a {category}|in the {category}|]`,
  '[can|could|would|will] you [help me find|tell me about|show me|recommend|suggest|check|find|compare] [a {category}|the {product}|some {category}|something|one|]',
  '[which|what] [{category}|one] [should i|would you|do you] [get|buy|pick|choose|recommend|suggest] [for a {feature}|for my {category}|with the {product}|]',
  '[which|what] [{category}|one|ones] [is|are|has|have|works|fits|lasts] [best|better|the {superlative}|the most {feature}|] [for a {feature}|with the {product}|for a {category}|]',
  // The cart: add, remove, review, swap.
  `${usual(ADD_VERBS)} [the|a|an|{qty}|{qty}|{qty}|another|] ${THING} [in {color}|in size {size}|in {option}|] [to my cart|in my cart|for me|please|too|]`,
  `${usual(REMOVE_VERBS)} [the|that|this|those|these|my|a|one|] ${THING} [from my cart|out of my cart|from the cart|from my order|please|]`,
  `${usual(REMOVE_VERBS)} [it|that|this|them|that one|this one|everything] [from my cart|out of my cart|please|]`,
  `${usual(REVIEW_VERBS)} [my|the] [cart|order|basket|items|total] [back to me|to me|again|please|so far|]`,
  "[what's|what is|what do i have|what have i got] in my [cart|basket|order] [so far|right now|]",
  `${alt(SWAP_VERBS)} [the|it|that|this|my] [{product}|{category}|one|] [for|with|to] [the|a|an] [{product}|{optionAdj} one|{color} one|{size}|{category}]`,
  `${usual(CHECKOUT_PHRASES)} [now|please|then|]`,
  // An option value right after the product, no "in" ("add a floor mat nine feet", "the gloves
  // size large", "the stroke coach with gps"): with a pause before the value, shoppers drop it.
  `${usual(ADD_VERBS)} [the|a|an|{qty}|] [{product}|{category}] [{optionPhrase}|size {size}|{size}|with {option}|with the {option}] [please|to my cart|]`,
  // Browsing by the shop's brands and a category's supplies.
  '[what|which] brands [do you have|do you carry|do you sell|are there|do you stock]',
  '[show me|do you have|do you sell|i need] [your|the|some|any|] {category} [supplies|gear|equipment|accessories|parts|tools]',
  'what {optionNameOne} [sizes|options] [does|do] [the|] [{product}|it|they] come in',
  // Negative refinements.
  `${alt(NEGATIONS)} [{brand}|{color}|{attr}|{category}|{product}|{family}|{size}] [ones|one|please|]`,
  '[not|no] [that one|this one|those|these|them|it] [please|the other one|]',
];
