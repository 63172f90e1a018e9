/**
 * How shoppers say HOW MUCH and WHICH ONE before the product, in any shop: an amount opening the
 * request ("three bottles of neatsfoot oil please", "five pounds of shea butter", "a case of amber
 * jars"), counts past ten ("twenty four black tins"), and a colour or option value before the
 * product's name ("the oxblood cowhide panel", "a sixteen ounce bottle of …", "the two pound
 * silicone loaf mold").
 *
 * Why: the intent templates put colours and option values after the product ("… in navy") and
 * amounts after a verb, with counts up to ten. On unseen catalogs of session 18's dev set those
 * requests had no n-gram path at all ("<s> three", "pounds of", "oxblood cowhide"): the decoder
 * backed off to unigrams exactly where the shopper's first words are. Closed-class words only; the
 * catalog's own units come from its option values, so a shop selling by the yard gets "yards of".
 */

/** Counts beyond the 1–10 of `{qty}`: packs, cases and dozens as shoppers order them. */
export const LARGER_COUNTS: readonly string[] = [
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'twenty four',
  'twenty five',
  'thirty',
  'thirty six',
  'fifty',
  'a hundred',
  'a dozen',
  'two dozen',
];

/**
 * Containers every shop's corpus already had ("a bag of", "two packs of": the intent templates
 * offered them before amount shapes existed), singular → plural.
 */
const COMMON_CONTAINERS: Readonly<Record<string, string>> = {
  bottle: 'bottles',
  pack: 'packs',
  box: 'boxes',
  bag: 'bags',
  can: 'cans',
  set: 'sets',
  pair: 'pairs',
};

/**
 * Containers kept only when the catalog's own text names them. Why: given to every shop (v18),
 * "cases" became a word the model-train shop's LM could say, and "get ten pieces of … track" was
 * heard "get ten cases of …" on two voices of spent round 11 (session 20).
 */
const CATALOG_CONTAINERS: Readonly<Record<string, string>> = {
  jar: 'jars',
  tube: 'tubes',
  kit: 'kits',
  roll: 'rolls',
  case: 'cases',
  spool: 'spools',
  sheet: 'sheets',
  piece: 'pieces',
};

/** Measures a shop may sell by, singular → plural; only those its option values use are kept. */
const MEASURE_PLURALS: Readonly<Record<string, string>> = {
  pound: 'pounds',
  ounce: 'ounces',
  yard: 'yards',
  foot: 'feet',
  meter: 'meters',
  liter: 'liters',
  gallon: 'gallons',
  quart: 'quarts',
  kilo: 'kilos',
  gram: 'grams',
  inch: 'inches',
};

export interface AmountWords {
  /** "a bottle", "a pound" (with "a"). */
  one: string[];
  /** "bottles", "pounds" (after a count). */
  many: string[];
}

/**
 * The amount words for a catalog whose spoken option values are `options` ("ten pound", "sixteen
 * ounce") and whose other text (names, categories, descriptions) is `text`.
 */
export function amountWords(options: readonly string[], text: readonly string[] = []): AmountWords {
  const words = new Set(options.flatMap((o) => o.split(' ')));
  const said = new Set(text.flatMap((t) => t.toLowerCase().split(/[^a-z]+/)));
  const measures = Object.entries(MEASURE_PLURALS).filter(([one, many]) => words.has(one) || words.has(many));
  const named = Object.entries(CATALOG_CONTAINERS).filter(
    ([one, many]) => words.has(one) || words.has(many) || said.has(one) || said.has(many),
  );
  const all = [...Object.entries(COMMON_CONTAINERS), ...named, ...measures];
  return { one: all.map(([one]) => one), many: all.map(([, many]) => many) };
}

/** Verbs and requests an amount or a described product follows ("can i get", "i need"). */
const GETS = "[add|get|i need|i want|can i get|could i get|give me|i'd like|i would like|i'll take|put]";

export const AMOUNT_TEMPLATES: readonly string[] = [
  // The amount opens the request, the verb left out: "three bottles of neatsfoot oil please".
  // Small counts only, and no verb-less "a case of …": with "<s> a" and "<s> twenty …" in the LM
  // those openers compete with "add" (v17 lost four first words on spent round 13; session 19).
  '{qty} {amountMany} of [the|] [{color}|{optionAdj}|] [{product}|{category}] [please|]',
  `${GETS} [{qty}|{count}] {amountMany} of [the|] [{color}|{optionAdj}|] [{product}|{category}] [please|to my cart|]`,
  `${GETS} [a|one] [{optionAdj}|] {amountOne} of [the|] [{color}|{optionAdj}|] [{product}|{category}] [please|to my cart|]`,
  // Counts past ten after a verb: "add twenty four black tins".
  `${GETS} {count} [{color}|{optionAdj}|] [{product}|{category}] [please|to my cart|]`,
  // A colour or an option value before the product's name.
  `${GETS} [the|a|an|{qty}|] {color} [{product}|{category}] [please|to my cart|in my cart|]`,
  `${GETS} [the|a|an|{qty}|] {optionAdj} [{color}|] {product} [please|to my cart|in my cart|]`,
  '[show me|do you have|is there|i want|i need] [the|a|an|any|some|] [{color}|{optionAdj}] {product} [in stock|please|]',
  // Asking whether the shop has something by its name.
  '[do you|does the store|does your store] [sell|carry|stock|have] [the|any|a|an|] [{product}|{category}] [in {color}|in {option}|]',
  // Two things in one request.
  "[i need|i want|can i get|i'd like|add|get] [the|a|an|some|] [{product}|{category}] and [the|a|an|some|] [{product}|{category}] [please|]",
];
