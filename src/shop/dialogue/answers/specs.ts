/**
 * Questions about a product's specs, answered only from the product's own text: "is it
 * waterproof" → what its description says, or "I don't know"; "how heavy is it" → the figure
 * the text gives. Comparisons ("which one is lighter") rank the products on screen the same way.
 */

import { spanishGlosses } from '../../catalog/apertium.ts';
import { englishOf } from '../../catalog/retail-vocabulary.ts';
import {
  parseSpecs,
  SORTS,
  type SortName,
  type SpecName,
  type Specs,
  sortValue,
} from '../../catalog/search-specs.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { eitherOrParts } from '../understand/either-or.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { t } from '../words/spoken.ts';
import { normalize, stem } from '../words/text.ts';
import { contextSentence } from './context-answer.ts';
import { weakenedAfter } from './negation.ts';
import { answerFromOptions } from './option-yes-no.ts';
import { lookupWords } from './said-words.ts';
import { answerFromFew } from './story-answer.ts';
import {
  answerYesNo,
  KINDRED,
  negatedAt,
  onlyElsewhere,
  saysEs,
  saysLeftOut,
  verdictFromQuote,
} from './text-answer.ts';

/**
 * The English a Spanish word is looked up by: the built-in vocabulary's, else a dictionary sense
 * the text says ("nevera" → fridge), else the word itself, which the term matcher still reads
 * through its cognates ("flota" → floats; the dictionary's "fleet" is no sense of the text).
 */
function englishIn(word: string, lang: Language, text: string): string {
  const known = englishOf(word);
  if (known || lang !== 'es') return known ?? word;
  const tokens = normalize(text).split(' ');
  // The sense as the text writes it, up to its ending ("fridge"), not a longer word sharing its
  // start ("anchorage" is no "anchor kit").
  const said = new Set(tokens.map(stem));
  return spanishGlosses(word).find((g) => /^[a-z]+$/.test(g) && said.has(stem(g))) ?? word;
}

/** Everything the product's data says, as one text (name, description, tags, parsed figures). */
function productText(p: ProductInfo): string {
  // The description first: it qualifies what the title only names ("… with Training Wheels").
  return [
    p.description ?? p.summary ?? '',
    (p.tags ?? []).join(', '),
    Object.values(p.specs ?? {}).join(', '),
    p.name,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Whether enough of the product is known to answer from its text (get_product gives the description). */
export function hasFullText(p: ProductInfo): boolean {
  return p.description !== undefined;
}

export function specsOf(p: ProductInfo): Specs {
  // Each figure with its name ("altitude 1,750 m"): some figures only count next to their word.
  const fromTool = Object.entries(p.specs ?? {})
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
  return parseSpecs(
    p.name,
    p.spec ?? '',
    fromTool,
    p.description ?? p.summary ?? '',
    (p.tags ?? []).join(', '),
  );
}

const MEASURE_WORDS: Record<SpecName, { en: string; es: string }> = {
  weight: { en: 'the weight', es: 'el peso' },
  capacity: { en: 'the capacity', es: 'la capacidad' },
  persons: { en: 'how many people it fits', es: 'para cuántas personas es' },
  temperature: { en: 'a temperature rating', es: 'la temperatura de confort' },
  brightness: { en: 'the brightness', es: 'la potencia de luz' },
  power: { en: 'the power', es: 'la potencia' },
};

export function answerMeasure(p: ProductInfo, measure: SpecName, lang: Language): string {
  const specs = specsOf(p);
  const v = specs[measure] ?? (measure === 'capacity' ? specs.persons : undefined);
  if (!v)
    return t(
      lang,
      `I don't know: the description of ${p.name} doesn't give ${MEASURE_WORDS[measure].en}.`,
      `No lo sé: la descripción de ${p.name} no indica ${MEASURE_WORDS[measure].es}.`,
    );
  const said: Record<SpecName, [string, string]> = {
    weight: [`${p.name} weighs ${v.text}`, `${p.name} pesa ${v.text}`],
    capacity: [`${p.name} holds ${v.text}`, `${p.name} tiene una capacidad de ${v.text}`],
    persons: [`${p.name} is for ${v.text}`, `${p.name} es para ${v.text}`],
    temperature: [`${p.name} is rated ${v.text}`, `${p.name} tiene una temperatura de confort de ${v.text}`],
    brightness: [`${p.name} gives ${v.text}`, `${p.name} da ${v.text}`],
    power: [`${p.name} is rated ${v.text}`, `${p.name} tiene ${v.text}`],
  };
  const which = v === specs[measure] ? measure : 'persons';
  return t(
    lang,
    `${said[which][0]}, according to its description.`,
    `${said[which][1]}, según su descripción.`,
  );
}

function sentences(text: string): string[] {
  // A period ends a sentence only before a capital or a figure: "16 in. only" stays whole.
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"«¿¡])|(?<=;)\s+|\s*[•·\n]\s*/).filter(Boolean);
}

/** Does the product's text say the feature? Yes with the sentence, no when it says "not …", else unknown. */
/** Weaker claims that answer a stronger question with "no": splash resistant is not waterproof. */
const WEAKER: Record<string, RegExp> = {
  waterproof:
    /\b(splash[ -]?(resistant|proof)|water[ -]?resistant|weather[ -]?resistant|showerproof|ipx[1-4])\b/i,
  'water resistant': /\b(splash[ -]?(resistant|proof)|ipx[1-4])\b/i,
  outdoor: /\b(indoor use only|for indoor use|indoors only)\b/i,
  outdoors: /\b(indoor use only|for indoor use|indoors only)\b/i,
  washable: /\b(spot clean( only)?|dry clean( only)?|professional cleaning only|not washable)\b/i,
};

/** Same word up to its ending ("sulfates" / "sulfate", "scented" / "scent"). */
function sameWord(said: string, written: string): boolean {
  const a = stem(said);
  const b = stem(written);
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3;
}

/**
 * The sentence that says the wanted words; among several, the one sharing the most other words
 * with the question ("the 12-function one has no chain breaker" for "does the 12-function Fixit…").
 */
function findFeature(
  text: string,
  wanted: string[],
  question: string[] = [],
): { s: string; toks: string[]; at: number } | undefined {
  let best: { s: string; toks: string[]; at: number; score: number } | undefined;
  for (const s of sentences(text)) {
    const toks = normalize(s).split(' ');
    const at = toks.findIndex((_w, i) => wanted.every((x, k) => sameWord(x, toks[i + k] ?? '')));
    if (at < 0) continue;
    // Figures ("12-function") tell variants apart best; function words not at all.
    const score = question
      .filter((w) => toks.includes(w) && (/^\d/.test(w) || !(STOPWORDS.en.has(w) || STOPWORDS.es.has(w))))
      .reduce((n, w) => n + (/^\d/.test(w) ? 2 : 1), 0);
    if (!best || score > best.score) best = { s, toks, at, score };
  }
  return best && { s: best.s, toks: best.toks, at: best.at };
}

/**
 * "Is it fragrance free" / "does it have sulfates": yes or no from the text's "<x>-free" or from
 * <x> (or a kindred word) said plainly. Undefined when the text names neither.
 */
function freeOf(p: ProductInfo, x: string, askedFree: boolean, lang: Language): string | undefined {
  const text = productText(p);
  const kin = KINDRED.find((k) => k.some((w) => sameWord(x, w))) ?? [x];
  let plain: string | undefined;
  for (const s of sentences(text)) {
    const toks = normalize(s).split(' ');
    for (const [i, w] of toks.entries()) {
      if (!kin.some((k) => sameWord(k, w))) continue;
      const quote = s.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
      const free = toks[i + 1] === 'free' || /^(no|not|without|zero|non)$/.test(toks[i - 1] ?? '');
      if (free)
        return askedFree
          ? t(lang, `Yes: ${p.name} says "${quote}".`, `Sí: ${p.name} dice «${quote}».`)
          : t(lang, `No: ${p.name} says "${quote}".`, `No: ${p.name} dice «${quote}».`);
      plain ??= quote;
    }
  }
  if (plain === undefined) return undefined;
  return askedFree
    ? t(lang, `No: ${p.name} says "${plain}".`, `No: ${p.name} dice «${plain}».`)
    : t(lang, `Yes: ${p.name} says "${plain}".`, `Sí: ${p.name} dice «${plain}».`);
}

/** Ingredients that make a claim false, as any shop's product text may list them. */
const CONTRADICTS: Record<string, RegExp> = {
  vegan: /\b(lanolin|beeswax|honey|gelatin|carmine|collagen|keratin|milk|whey|casein|tallow|silk|shellac)\b/i,
  vegetarian: /\b(gelatin|carmine|tallow|lard|anchov\w*|fish oil)\b/i,
  'gluten free': /\b(wheat|barley|rye|spelt)\b/i,
  'dairy free': /\b(milk|whey|casein|butter|cream cheese|lactose)\b/i,
  'nut free': /\b(almonds?|peanuts?|cashews?|hazelnuts?|walnuts?|pecans?)\b/i,
};

function contradiction(text: string, feature: string): { word: string; quote: string } | undefined {
  const re = CONTRADICTS[feature];
  if (!re) return undefined;
  for (const s of sentences(text)) {
    const m = re.exec(s);
    if (m) return { word: m[0].toLowerCase(), quote: s.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '') };
  }
  return undefined;
}

export function answerFeature(
  p: ProductInfo,
  feature: string[],
  lang: Language,
  question: string[] = [],
): string {
  const whole = feature.length > 1 ? englishOf(feature.join(' ')) : undefined;
  const text = productText(p);
  let words = lookupWords(
    feature,
    (whole ? [whole] : feature.map((w) => englishIn(w, lang, text))).flatMap((w) => normalize(w).split(' ')),
    text,
  );
  const said = feature.join(' ');
  const asked = [...words];
  // "Fragrance free?" / "does it have sulfates?": one ingredient or property, free of it or not.
  const freeOfWhat = words.filter((w) => w !== 'free');
  if (freeOfWhat.length === 1 && words.length === 2 && words.at(-1) === 'free') {
    const answer = freeOf(p, freeOfWhat[0]!, true, lang);
    if (answer) return answer;
  }
  let hit = findFeature(text, words.map(stem), question);
  // Spanish puts the modifier second ("lavar a máquina" → washable machine): the English order too.
  if (!hit && !whole && lang === 'es' && words.length === 2) {
    const reversed = [words[1]!, words[0]!];
    hit = findFeature(text, reversed.map(stem), question);
    if (hit) words = reversed;
  }
  let weaker = hit ? null : (WEAKER[words.join(' ')]?.exec(text) ?? null);
  // Spanish questions carry verbs the text lacks ("se puede lavar en el lavavajillas"): the last word
  // names the feature.
  if (!hit && !weaker && !whole && lang === 'es' && words.length > 1 && words.at(-1)!.length >= 4) {
    words = [words.at(-1)!];
    hit = findFeature(text, words.map(stem), question);
    weaker = hit ? null : (WEAKER[words.join(' ')]?.exec(text) ?? null);
  }
  const against = hit ? undefined : contradiction(text, words.join(' '));
  if (against)
    return t(
      lang,
      `No: ${p.name} contains ${against.word}, so it is not ${said}: "${against.quote}".`,
      `No: ${p.name} contiene ${against.word}: «${against.quote}».`,
    );
  if (weaker && !hit)
    return t(
      lang,
      `No: the description of ${p.name} only says "${weaker[0]}".`,
      `No: la descripción de ${p.name} solo dice «${weaker[0]}».`,
    );
  const leftOut = hit ? saysLeftOut(p, words, lang) : undefined;
  if (leftOut) return leftOut;
  if (hit) {
    const { s, toks, at } = hit;
    let end = at + words.length;
    // "Half sizes are not made" for "come in half sizes": the noun the asked word qualifies, said
    // in the question too, is part of what the negation after it denies.
    const questionStems = new Set(question.map(stem));
    while (end < toks.length && end < at + words.length + 2 && questionStems.has(stem(toks[end]!))) end++;
    // "not waterproof", "no caffeine", "0 mg caffeine", "caffeine-free".
    const negated =
      /^(not|non|no|without|sin|zero)$/.test(toks[at - 1] ?? '') ||
      negatedAt(toks, at, end - 1) ||
      weakenedAfter(toks, end - 1) ||
      toks[at - 2] === '0' ||
      toks[at - 1] === '0' ||
      toks[end] === 'free';
    const quote = s.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
    if (negated) return verdictFromQuote(lang, false, p.name, quote);
    if (onlyElsewhere(toks, at, end - 1))
      return t(
        lang,
        `Only in part: the description of ${p.name} says "${quote}".`,
        `Solo en parte: ${saysEs(p.name, quote)}.`,
      );
    return t(
      lang,
      `Yes, ${p.name} says ${words.join(' ')}: "${quote}".`,
      // The sentence itself, as in English: the shopper judges what it says ("salt water voids its warranty").
      `Sí: ${saysEs(p.name, quote)}.`,
    );
  }
  // Said in other words, in part, or qualified ("Presta valves only", "mechanical shifting").
  const loose = answerYesNo(p, asked, lang, question) ?? answerFromFew(p, asked, lang);
  if (loose) return loose;
  // "All one piece or does it break down?": one alternative at a time (either-or.ts).
  for (const part of eitherOrParts(asked, question) ?? []) {
    const one = answerYesNo(p, part, lang, question);
    if (one) return one;
  }
  // "Tengo el pie ancho, ¿me valdrían?": the thing asked is one of its option values (option-yes-no.ts).
  const byOption = answerFromOptions(p, [...asked, ...feature], lang);
  if (byOption) return byOption;
  // Asked inside the shopper's situation: the sentence that speaks to it (context-answer.ts).
  const related = contextSentence(p, question, lang);
  if (related)
    return `I can't say for sure: the description of ${p.name} doesn't answer that directly, but it says "${related}".`;
  // Many leftover words are no feature to name back ("whether it is deal paperwork register").
  if (lang === 'en' && feature.length > 2) return `I don't know: the description of ${p.name} doesn't say.`;
  return t(
    lang,
    `I don't know: the description of ${p.name} doesn't say whether it is ${said}.`,
    // The asked words are often a verb or a noun ("flota", "mantiene seco", "papel"): "no dice si
    // es flota" is no Spanish, so the answer says plainly that the description does not tell.
    `No lo sé: la descripción de ${p.name} no lo dice.`,
  );
}

const SORT_WORDS: Record<SortName, [string, string]> = {
  cheapest: ['cheapest', 'más barato'],
  most_expensive: ['most expensive', 'más caro'],
  lightest: ['lightest', 'más ligero'],
  heaviest: ['heaviest', 'más pesado'],
  biggest: ['biggest', 'más grande'],
  smallest: ['smallest', 'más pequeño'],
  warmest: ['warmest', 'más cálido'],
  brightest: ['brightest', 'más potente'],
  most_powerful: ['most powerful', 'más potente'],
  highest_pressure: ['one with the highest pressure', 'de más presión'],
  longest_lasting: ['longest lasting', 'que más dura'],
  highest_altitude: ['one grown highest', 'de mayor altitud'],
};

export function sortWord(sort: SortName, lang: Language): string {
  return SORT_WORDS[sort][lang === 'es' ? 1 : 0];
}

/** The figure a product is ranked by, as its text says it ("0.9 kg", "$189.00" for price sorts). */
export function rankFigure(p: ProductInfo, sort: SortName): { value: number; text: string } | undefined {
  const specs = specsOf(p);
  const value = sortValue(sort, specs, p.price ?? Number.NaN);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const by = SORTS[sort].by;
  const text =
    by === 'price'
      ? ''
      : by === 'capacity'
        ? (specs.capacity ?? specs.persons)!.text
        : specs[by as SpecName]!.text;
  return { value, text };
}

function rankedFigures(products: ProductInfo[], sort: SortName) {
  const ranked = products
    .map((p) => ({ p, f: rankFigure(p, sort) }))
    .filter((x): x is { p: ProductInfo; f: { value: number; text: string } } => !!x.f);
  if (ranked.length < 2) return undefined;
  const desc = SORTS[sort].desc;
  return ranked.sort((a, b) => (desc ? b.f.value - a.f.value : a.f.value - b.f.value));
}

/** The product "which one is lighter?" puts forward, when their data tells. */
export function rankWinner(products: ProductInfo[], sort: SortName): ProductInfo | undefined {
  return rankedFigures(products, sort)?.[0]?.p;
}

/** "Which one is lighter?" over the products on screen; undefined when their data does not tell. */
export function rankAmong(products: ProductInfo[], sort: SortName, lang: Language): string | undefined {
  const ranked = rankedFigures(products, sort);
  if (!ranked) return undefined;
  const [best, ...rest] = ranked;
  const others = rest
    .slice(0, 2)
    .map((x) => (x.f.text ? t(lang, `${x.f.text} for ${x.p.name}`, `${x.f.text} de ${x.p.name}`) : x.p.name))
    .join(t(lang, ' and ', ' y '));
  const fig = best!.f.text ? ` (${best!.f.text})` : '';
  return t(
    lang,
    `The ${sortWord(sort, lang)} is ${best!.p.name}${fig}, against ${others}.`,
    `El ${sortWord(sort, lang)} es ${best!.p.name}${fig}, frente a ${others}.`,
  );
}
