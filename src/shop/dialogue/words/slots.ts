/**
 * Slot extraction: catalog words (category, brand, colour, size, attributes, product names),
 * prices, quantities, ordinals and references, and spoken identifiers (order ids, promo codes,
 * customer numbers, postal codes).
 */

import type { SortName, SpecName } from '../../catalog/search-specs.ts';
import type { Language } from '../../contract.ts';
import { hedgedColour } from './hedged-colours.ts';
import { ORDINALS, PRICE, STOPWORDS } from './lexicon.ts';
import { namedByOwnTag, saysTheTag } from './own-tag.ts';
import { ownedColourNouns } from './owned-colours.ts';
import { extractSize } from './sizes.ts';
import { stem } from './text.ts';
import { UNIT_WORDS } from './units.ts';
import { type CompiledVocabulary, findPhrases, findProductNames } from './vocab.ts';

export type Reference = 'anaphora' | 'cheapest' | 'priciest' | 'all';

export interface Slots {
  category?: string;
  brand?: string;
  color?: string;
  size?: string;
  attributes?: string[];
  productNames?: string[];
  /** Weaker product-name matches (used when several products are named, e.g. compare). */
  otherNames?: string[];
  query?: string;
  /** Words of the query that are words of some product's name in this catalog (stemmed). */
  queryNamed?: string[];
  minPrice?: number;
  maxPrice?: number;
  quantity?: number;
  /** Index in the normalised text's tokens of the number read as the quantity (not an option value). */
  quantityAt?: number;
  /** 1-based positions in the last results; -1 is "the last one". */
  ordinals?: number[];
  reference?: Reference;
  orderId?: string;
  promoCode?: string;
  customerNumber?: string;
  documentNumber?: string;
  postalCode?: string;
  rating?: number;
  comment?: string;
  /** Numbers not used by any other slot (answers like "nine" to "which size?"). */
  numbers?: number[];
  /** "Not the Kestrel ones", "no red". */
  excludeBrand?: string;
  excludeColor?: string;
  /** "Not the masonry ones", "but not the shampoos": words the products left out say. */
  exclude?: string;
  /** "Nothing smoky", "nothing made of leather": a property the products left out say anywhere. */
  excludeText?: string;
  /** A superlative over price or a spec ("lightest", "la más cálida"). */
  sort?: SortName;
  /**
   * Words of a need or use said beside a kind of product ("shoes for wide feet", "hops for a
   * pilsner"): they order the kind's products by what their texts say, never widen the kind.
   */
  need?: string;
  /** "The most expensive thing you sell": the superlative ranks the whole store, not what is shown. */
  storeWide?: boolean;
  /** A spec question: the figure asked ("how heavy") or the feature words ("is it waterproof"). */
  measure?: SpecName;
  feature?: string[];
  /** Feature words said as the question's subject beside the product ("is the fridge the best place"). */
  besideFeature?: string[];
  /**
   * The question names no product and points at none ("what are the dimensions?", "¿tiene candado
   * TSA?"): it is about the product in focus when there is one, else read as it would be without.
   */
  implicitSubject?: boolean;
  /** The question's subject said by describing words ("the colour one", "that switch"): resolved among products seen. */
  subjectWords?: string[];
  /** "How much caffeine", "how tall": the thing whose figure the product text gives next to a number. */
  amount?: string;
  /** Several products in one request ("the poles and the filter"), one entry each. */
  items?: Slots[];
  /** In one of several items: the request with only this item's words, the rest blank (positions hold). */
  clause?: string;
}

export function extractPrices(text: string, lang: Language, slots: Slots): void {
  const p = PRICE[lang];
  const between = p.between.exec(text);
  if (between) {
    const a = Number(between[2]);
    const b = Number(between[4]);
    slots.minPrice = Math.min(a, b);
    slots.maxPrice = Math.max(a, b);
    return;
  }
  const around = p.around.exec(text);
  if (around) {
    const v = Number(around.at(-1));
    slots.minPrice = Math.round(v * 0.8 * 100) / 100;
    slots.maxPrice = Math.round(v * 1.2 * 100) / 100;
  }
  // The figure is the last number group that took part (the patterns have alternatives).
  const figure = (m: RegExpExecArray) =>
    Number(
      m
        .slice(1)
        .filter((g) => g && /^\d/.test(g))
        .at(-1),
    );
  const max = p.max.exec(text);
  if (max) slots.maxPrice = figure(max);
  const min = p.min.exec(text);
  // "I don't want to spend more than 300": the "more than" inside a negated cap is no floor.
  const inCap = max && min && min.index >= max.index && min.index < max.index + max[0].length;
  if (min && !inCap) slots.minPrice = figure(min);
}

/** Numbers that belong to a price phrase, so they are not read as sizes or quantities. */
export function priceNumbers(text: string, lang: Language): Set<string> {
  const out = new Set<string>();
  const p = PRICE[lang];
  for (const re of [p.between, p.around, p.max, p.min]) {
    const m = re.exec(text);
    if (m) for (const g of m.slice(1)) if (g && /^\d/.test(g)) out.add(g);
  }
  return out;
}

/** Verbs that put something in the cart; with them "a shaker" means the shop's one shaker. */
// "Throw in", "toss in": adding said casually.
export const ADD_VERB = /\b(add|put|(throw|toss|chuck) in|anade|agrega|pon|ponme|mete)\b/;

export function extractCatalogSlots(
  tokens: string[],
  vocab: CompiledVocabulary,
  lang: Language,
  slots: Slots,
  skip: Set<number>,
  adding = ADD_VERB.test(tokens.join(' ')),
  nameWords?: Set<number>,
): Set<number> {
  const taken = new Set<number>(skip);
  const stop = STOPWORDS[lang];
  // Exact (stem) pass over every list first, so "shorts" is never fuzzily read as "shirts".
  // A tag of several words goes before colours: "green tea" is a kind of tea, not a green one.
  const lists = [
    ['brand', vocab.brands],
    ['category', vocab.categories],
    ['attributes', vocab.attributes.filter((a) => a.tokens.length > 1)],
    ['color', vocab.colors],
    ['attributes', vocab.attributes],
  ] as const;
  const found: Record<string, string[]> = {};
  const categorySpans: { start: number; end: number; value: string }[] = [];
  const kindSpans: { start: number; end: number }[] = [];
  const saidKinds: { start: number; end: number }[] = [];
  for (const fuzzy of [false, true]) {
    const guard = new Set(taken);
    if (fuzzy)
      tokens.forEach((t, i) => {
        if (stop.has(t) || /\d/.test(t)) guard.add(i);
      });
    for (const [slot, list] of lists) {
      // A function word of the shopper's language is never a tag ("solo" = only, not the tag "solo").
      const g =
        slot === 'attributes'
          ? new Set([...guard, ...tokens.flatMap((t, i) => (stop.has(t) ? [i] : []))])
          : slot === 'color'
            ? new Set([...guard, ...ownedColourNouns(tokens)])
            : guard;
      const ms = findPhrases(tokens, list, fuzzy, g);
      if (slot === 'category') categorySpans.push(...ms);
      // A tag said in the plural ("the dark roasts") is a kind of product too.
      if (slot === 'category' || (slot === 'attributes' && !fuzzy)) kindSpans.push(...ms);
      if (slot === 'category' || slot === 'attributes') saidKinds.push(...ms);
      for (const m of ms) {
        found[slot] = [...(found[slot] ?? []), m.value];
        for (let i = m.start; i < m.end; i++) {
          taken.add(i);
          guard.add(i);
        }
      }
    }
  }
  if (found.brand) slots.brand = found.brand[0];
  if (found.category) slots.category = found.category[0];
  // "Kayak paddles", "saddle pads": of two kinds said side by side the last is the thing wanted,
  // the first says what it is for (a word to look for).
  // "Short finger gloves": a word that is no kind may stand between ("finger"), the phrase's head
  // is still the last kind; a function word between ("shorts and gloves") makes two requests.
  const before = (a: { end: number }, b: { start: number }) =>
    a.end === b.start || (a.end + 1 === b.start && !stop.has(tokens[a.end]!) && !/\d/.test(tokens[a.end]!));
  const head = categorySpans.find((b) => categorySpans.some((a) => before(a, b)));
  if (head && slots.category !== head.value) {
    const modifier = categorySpans.find((a) => before(a, head))!;
    slots.category = head.value;
    found.attributes = [...(found.attributes ?? []), tokens.slice(modifier.start, head.start).join(' ')];
  }
  // "Tires for my road bike", "funda para mi móvil": a second kind said as what the first is for
  // describes the first (a tag or title word to look for), it is not a second request.
  const purpose = categorySpans.filter((sp, k) => k > 0 && forPurpose(tokens, sp.start));
  if (purpose.length)
    found.attributes = [
      ...(found.attributes ?? []),
      ...purpose.map((sp) => tokens.slice(sp.start, sp.end).join(' ')),
    ];
  // "Camillas para tatuar": a verb after "para" says what the thing named before it is used for;
  // read as a kind ("Máquinas de tatuar") it left out the thing asked for.
  const use = categorySpans.find((sp) => usedFor(tokens, sp.start, sp.end) && sp.value === slots.category);
  if (use && lang === 'es') {
    found.attributes = [...(found.attributes ?? []), tokens.slice(use.start, use.end).join(' ')];
    delete slots.category;
  }
  // "Mugs or bottles", "tazas o botellas": either kind will do, so both are words to look for and
  // neither is a category that would leave the other out.
  // "Goggles or a mask": an article may stand after the "or".
  const orBetween = (from: number, to: number) =>
    to > from &&
    /^(or|o|u)$/.test(tokens[from] ?? '') &&
    tokens.slice(from + 1, to).every((w) => /^(a|an|the|some|un|una|unos|unas|el|la|los|las)$/.test(w)) &&
    to - from <= 2;
  const either = saidKinds.filter((a) =>
    saidKinds.some((b) => orBetween(a.end, b.start) || orBetween(b.end, a.start)),
  );
  if (either.length && slots.category && !adding) {
    const words = either.map((sp) => tokens.slice(sp.start, sp.end).join(' '));
    found.attributes = [...new Set([...(found.attributes ?? []), ...words])];
    delete slots.category;
  }
  // "Gris pizarra" / "slate grey": the catalog's own shade over the colour family word.
  if (found.color) {
    const own = new Set(vocab.source.colors.map((c) => c.toLowerCase()));
    slots.color = found.color.find((c) => own.has(c.toLowerCase())) ?? found.color[0];
  }
  // "The reddish one", "el rojizo": a shade near a colour asks for that colour's family.
  if (!slots.color) {
    const at = tokens.findIndex((t, i) => !taken.has(i) && hedgedColour(t, lang));
    if (at >= 0) {
      slots.color = hedgedColour(tokens[at]!, lang)!;
      taken.add(at);
    }
  }
  if (found.attributes) slots.attributes = found.attributes;
  extractSize(tokens, vocab, lang, slots, taken);
  // "The walnut board", or "add a retractable leash": the shopper means one product, so words that
  // together fit only one title name it.
  // A count ("two screen protectors") means one kind of product too.
  // A count of something ("tres cables trenzados", "and one lightning cable") means one kind of product.
  const counted = tokens.some(
    (t, k) =>
      /^(\d{1,2}|one)$/.test(t) &&
      !skip.has(k) &&
      !!tokens[k + 1] &&
      !/^(dollars?|euros?|bucks|dolares|pesos)$/.test(tokens[k + 1]!) &&
      !UNIT_WORDS[tokens[k + 1]!] &&
      !/^(size|talla|numero|number|by|x|por)$/.test(tokens[k - 1] ?? ''),
  );
  const determined =
    counted ||
    tokens.some((t) =>
      /^(the|this|that|el|la|este|esta|ese|esa|add|put|anade|agrega|pon|ponme|mete)$/.test(t),
    );
  // "Add a shaker", "y un shaker": when adding, an article is enough to mean the one product of a kind.
  // "I'd love a fire club": a wish for one thing is an order as an add is.
  const wishing = adding || /\bi (d|would) (love|like) (a|an|one)\b/.test(tokens.join(' '));
  const oneOfKind = determined || (wishing && tokens.some((t) => /^(a|an|one|un|una|uno)$/.test(t)));
  // "The second one" is a position in the list even when a title has the word ("Second Skin").
  const ordinal = (i: number) =>
    ORDINALS[lang][tokens[i]!] !== undefined &&
    /^(the|el|la|los|las)$/.test(tokens[i - 1] ?? '') &&
    /^(one|ones|uno|una|item|product|producto|articulo)$/.test(tokens[i + 1] ?? '');
  const names = findProductNames(
    tokens.map((t, i) => (stop.has(t) || skip.has(i) || ordinal(i) ? '' : t)),
    vocab,
    0.5,
    determined,
    oneOfKind,
  );
  // "A girth for the Aspen", "a cover for my Dash 8": a kind said first and then a product named
  // after "for" is what the kind is for, not what is bought (the kind is).
  const forNamed = (n: { used: number[] }) => {
    const first = Math.min(...n.used);
    return forPurpose(tokens, first) && categorySpans.some((sp) => sp.end <= first);
  };
  if (names.some(forNamed)) names.splice(0, names.length, ...names.filter((n) => !forNamed(n)));
  // "How big is the lens on it", "the strap of that one": a part of the thing pointed at, not
  // another product whose title has the word (a "Barlow Lens").
  const partOfIt = (n: { used: number[] }) => {
    const last = Math.max(...n.used);
    return (
      /^(on|of|in|inside)$/.test(tokens[last + 1] ?? '') &&
      /^(it|that|this|them)$/.test(tokens[last + 2] ?? '')
    );
  };
  if (names.some(partOfIt)) names.splice(0, names.length, ...names.filter((n) => !partOfIt(n)));
  // "He needs a youth bat too" where a "Youth Glove" is sold: a kind said that the title lacks,
  // while the title is of another kind of the shop's, asks for that kind; the shared word
  // ("youth") only qualifies it.
  const otherKind = (n: { name: string; used: number[] }) => {
    const title = (vocab.names.find((x) => x.name === n.name)?.tokens ?? []).map(stem);
    // Only the kind right after the name's words ("youth bat"), or after one more word of its
    // own ("short finger gloves" where "Drive Shorts" are sold), never one said elsewhere ("the
    // clamp capo … on his guitar").
    const last = Math.max(...n.used);
    const said = categorySpans.filter(
      (sp) =>
        sp.start === last + 1 ||
        (sp.start === last + 2 && !STOPWORDS[lang].has(tokens[last + 1]!) && !/^\d/.test(tokens[last + 1]!)),
    );
    // Irregular plurals count as the word ("knives" of a "Bread Knife").
    const near = (a: string, b: string) => {
      let k = 0;
      while (k < a.length && a[k] === b[k]) k++;
      return a === b || (k >= 3 && k >= Math.min(a.length, b.length) - 2);
    };
    const inTitle = (w: string) => title.some((x) => near(x, stem(w)));
    if (!said.length || said.some((sp) => tokens.slice(sp.start, sp.end).every(inTitle))) return false;
    // The title is of another kind when it holds one of the shop's kinds, or ends in a word its
    // tags use for a kind of thing ("Winter Beanie", "Drive Shorts": beanie and shorts are tags).
    const head = title.at(-1);
    return (
      vocab.categories.some((c) => c.tokens.length === 1 && title.includes(stem(c.tokens[0]!))) ||
      (!!head && said.length > 0 && vocab.attributeWords.has(head))
    );
  };
  if (names.some(otherKind)) names.splice(0, names.length, ...names.filter((n) => !otherKind(n)));
  // "Your driver discs" where "Drive Shorts" are sold: words that are the shop's kind, matched to a
  // title only loosely (no title word is theirs), name the kind, not that product.
  const looseKind = (n: { name: string; used: number[] }) => {
    const title = (vocab.names.find((x) => x.name === n.name)?.tokens ?? []).map(stem);
    return n.used.every(
      (i) => categorySpans.some((sp) => i >= sp.start && i < sp.end) && !title.includes(stem(tokens[i]!)),
    );
  };
  if (names.some(looseKind)) names.splice(0, names.length, ...names.filter((n) => !looseKind(n)));
  // "Show me garden hoses", "just the card games": a kind of product said in the plural is a
  // category, even when one title holds those words.
  // ("A 50 pack of the glue sticks" names the one product sold in packs.)
  const ofThe = (sp: { start: number }) =>
    /^(of|de)$/.test(tokens[sp.start - 1] ?? '') ||
    (/^(the|los|las)$/.test(tokens[sp.start - 1] ?? '') && /^(of|de)$/.test(tokens[sp.start - 2] ?? ''));
  // "Which building set has the most pieces": a kind asked which of, not one product's name.
  const which = (sp: { start: number }) => /^(which|what|cual|que)$/.test(tokens[sp.start - 1] ?? '');
  const plural = kindSpans.filter((sp) => (/s$/.test(tokens[sp.end - 1] ?? '') && !ofThe(sp)) || which(sp));
  if (plural.length && !adding)
    names.splice(
      0,
      names.length,
      ...names.filter((n) => !n.used.every((i) => plural.some((sp) => i >= sp.start && i < sp.end))),
    );
  if (names.length) {
    // The closest names are "the" product; weaker matches still count when several are compared.
    const best = names[0]!.score;
    slots.productNames = names.filter((n) => n.score >= best - 0.1).map((n) => n.name);
    const others = names.filter(
      (n) => n.score < best - 0.1 && !n.used.every((i) => names[0]!.used.includes(i)),
    );
    if (others.length) slots.otherNames = others.map((n) => n.name);
    for (const n of names) for (const i of n.used) taken.add(i);
    // Words said exactly as the named product's title has them ("Dew Drop", "Night Shift").
    const chosen = new Set(
      vocab.names.filter((n) => slots.productNames!.includes(n.name)).flatMap((n) => n.tokens.map(stem)),
    );
    // Two or more of them, so one shared word ("a person", "the drop") stays a request word.
    for (const n of names) {
      if (!slots.productNames.includes(n.name)) continue;
      const exact = n.used.filter((i) => chosen.has(stem(tokens[i]!)));
      if (exact.length >= 2) for (const i of exact) nameWords?.add(i);
    }
  }
  if (
    !slots.productNames?.length &&
    (adding || saysTheTag(tokens, slots) || TAKE_VERB.test(tokens.join(' '))) &&
    slots.attributes
  )
    namedByOwnTag(vocab, slots);
  return taken;
}

/** The words before a phrase say what it is for ("for my", "para el", "for a"). */
function forPurpose(tokens: string[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    if (/^(for|para)$/.test(tokens[k]!)) return true;
    if (!/^(my|your|his|her|our|their|the|a|an|mi|mis|tu|su|el|la|los|las|un|una)$/.test(tokens[k]!))
      return false;
  }
  return false;
}

/** "X para tatuar": one infinitive right after "para", with a thing said before (not "algo para"). */
function usedFor(tokens: string[], start: number, end: number): boolean {
  return (
    end === start + 1 &&
    start >= 2 &&
    tokens[start - 1] === 'para' &&
    /^[a-z]{3,}(ar|er|ir)$/.test(tokens[start]!) &&
    !/^(algo|cosa|cosas|uno|una|unos|unas|nada)$/.test(tokens[start - 2]!)
  );
}

/** Verbs that choose something to buy without "add" ("I'll take", "me llevo", "dame"). */
const TAKE_VERB = /\b(take|get|buy|i ll have|llevo|quedo|compro|dame|ponme)\b/;

export { extractQuantity, extractRating } from './quantity.ts';
