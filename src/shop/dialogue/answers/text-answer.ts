/**
 * Answers to any question about one product, read from the product's own text clause by clause:
 * - a figure ("how hot should the water be" → "Steep 2 minutes at 175°F"): the clause that shares
 *   the most words with the question and gives a number in a unit of the dimension asked about;
 * - yes / no ("does it work on induction"): the clause that says the most asked words, read for
 *   negation in front of them ("not for induction", "no chain breaker", "Not certified organic"),
 *   for "only" with another qualifier ("Presta valves only"), and for another qualifier in front of
 *   the same thing ("mechanical shifting" when asked about electronic shifting).
 * Undefined when the text says nothing about it: the caller says "I don't know", never a guess.
 * Pure.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { t } from '../words/spoken.ts';
import { normalize } from '../words/text.ts';
import { isOnly, LEFT_OUT, NEGATORS, negatedAt, onlyElsewhere, pastList, weakenedAfter } from './negation.ts';
import { literal, literalOwn, matches, opposes } from './term-match.ts';

// Importers read the negation reading from here too (it was part of this file).
export { negatedAt, onlyElsewhere } from './negation.ts';

// Importers read the term matching from here too (it was part of this file).
export { KINDRED, literal, matches, sameTerm } from './term-match.ts';

/**
 * A Spanish answer quoting the owner's English text says so, and in enough Spanish that the
 * quote does not read as the answer's language.
 */
export function saysEs(name: string, quote: string): string {
  if (spanishText(quote)) return `la descripción de ${name} dice: «${quote}»`;
  return `la descripción de ${name}, que está en inglés, dice lo siguiente: «${quote}»`;
}

/** "Yes/No: the description of X says "…"" in the shopper's language: a yes/no read off one quote. */
export function verdictFromQuote(lang: Language, yes: boolean, name: string, quote: string): string {
  return yes
    ? t(lang, `Yes: the description of ${name} says "${quote}".`, `Sí: ${saysEs(name, quote)}.`)
    : t(lang, `No: the description of ${name} says "${quote}".`, `No: ${saysEs(name, quote)}.`);
}

/** A shop that writes its catalog in Spanish: its quote is no English text to announce. */
const ES_WORDS = new Set(
  'la el los las de del y para con por que sin una un se es al lo su sus muy'.split(' '),
);
const EN_WORDS = new Set('the and of for with to is in it its by on this that be are or'.split(' '));

function spanishText(quote: string): boolean {
  if (/[ñáéíóú¿¡]/i.test(quote)) return true;
  const words = quote.toLowerCase().split(/[^a-z]+/);
  const es = words.filter((w) => ES_WORDS.has(w)).length;
  return es >= 2 && es > words.filter((w) => EN_WORDS.has(w)).length;
}
/[ñáéíóú¿¡]|\b(de|del|para|con|por|los|las|una|que|sin|hasta|cada)\b.*\b(de|del|para|con|por|los|las|una|que|sin|hasta|cada|la|el|y)\b/i;
export const capital = (x: string) => `${x.charAt(0).toUpperCase()}${x.slice(1)}`;

export interface Clause {
  /** As written, for quoting. */
  said: string;
  tokens: string[];
}

/** The product's text as clauses, its description first and its title last. */
export function clausesOf(p: ProductInfo): Clause[] {
  const parts = [
    p.description ?? p.summary ?? '',
    (p.tags ?? []).join(', '),
    ...Object.values(p.specs ?? {}),
    p.name,
  ];
  const out: Clause[] = [];
  for (const part of parts)
    for (const piece of part.split(/(?<=[.!?])\s+(?=[A-Z0-9"«¿¡])|\s*[;•·|\n]\s*|:\s+(?=[A-Z])/)) {
      const said = piece
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.;,]$/, '');
      const tokens = normalize(said).split(' ').filter(Boolean);
      if (tokens.length) out.push({ said, tokens });
    }
  return out;
}

interface Found {
  clause: Clause;
  /** Asked words the clause says, by position in the asked list. */
  hit: number[];
  at: number;
  lastAt: number;
  score: number;
}

/** The clause that says the most asked words (ties: the earliest, descriptions before the title). */
function bestClause(
  clauses: Clause[],
  words: string[],
  lang: Language,
  context: string[],
  accept?: (c: Clause) => boolean,
  match: (asked: string, written: string, lang: Language) => boolean = matches,
): Found | undefined {
  let best: Found | undefined;
  for (const clause of clauses) {
    if (accept && !accept(clause)) continue;
    const hit: number[] = [];
    let at = Number.POSITIVE_INFINITY;
    let lastAt = -1;
    words.forEach((w, i) => {
      const j = clause.tokens.findIndex((x) => match(w, x, lang));
      if (j >= 0) {
        hit.push(i);
        at = Math.min(at, j);
        lastAt = Math.max(lastAt, j);
      }
    });
    if (hit.length === 0) continue;
    // Other words of the question ("the 12-function one") pick between clauses that say as much.
    const extra = context
      .filter(
        (w) => clause.tokens.includes(w) && (/^\d/.test(w) || !(STOPWORDS.en.has(w) || STOPWORDS.es.has(w))),
      )
      .reduce((n, w) => n + (/^\d/.test(w) ? 2 : 1), 0);
    // A clause that says the asked word itself beats one that says a WordNet meaning of it.
    const meant = hit.filter((i) => !clause.tokens.some((x) => literal(words[i]!, x, lang))).length;
    const score = hit.length * 10 - meant * 3 + extra;
    if (!best || score > best.score) best = { clause, hit, at, lastAt, score };
  }
  return best;
}

/** Units by the dimension a question word asks about. */
const DIMENSIONS: [RegExp, RegExp][] = [
  [
    /^(hot|hotter|cold|colder|warm|temperature|temp|degrees|caliente|fria|frio|temperatura|grados)$/,
    /^(f|c|degrees?|grados?)$/,
  ],
  [
    /^(heavy|heavier|weigh|weighs|weight|pesa|pesan|peso|pesado|grams?|kilos?|kilograms?|pounds?|ounces?|lbs?|kg|oz|gramos?|libras?|onzas?)$/,
    /^(g|kg|lb|lbs|oz|grams?|kilos?|kilograms?|pounds?|ounces?|gramos?)$/,
  ],
  [
    /^(wide|wider|widest|width|clearance|long|longer|longest|length|tall|taller|high|height|deep|depth|thick|thickness|big|bigger|size|dimensions|measure|measures|ancho|anchura|largo|longitud|alto|altura|profundidad|grosor|mide|miden|tamano|dimensiones|medidas|cm|mm|inches|centimeters|centimetres|millimeters|centimetros|milimetros|pulgadas)$/,
    /^(mm|cm|m|km|in|inch|inches|ft|feet|foot|yards?|yd|metres?|meters?|centimetres?|centimeters?|millimetres?|millimeters?|metros?|centimetros?|milimetros?|pulgadas?)$/,
  ],
  [/^(pressure|psi|bar|presion)$/, /^(psi|bar)$/],
  [/^(power|watts?|wattage|potencia|vatios)$/, /^(w|kw|watts?|vatios)$/],
  [/^(bright|brightness|lumens|brillo|lumenes)$/, /^(lm|lumens?|lumenes)$/],
  // Wind and speed ("what wind does it fly in", "¿con cuánto viento vuela?", "how fast does it go"):
  // kites, sails, fans, scooters and e-bikes state them in km/h, mph or knots.
  [
    /^(wind|winds|windy|breeze|speed|fast|faster|fastest|velocity|viento|vientos|brisa|velocidad|rapido|rapida|veloz|kmh|mph|knots|nudos)$/,
    /^(km|kmh|kph|mph|knots?|kts?|nudos?)$/,
  ],
  [
    /^(hold|holds|capacity|volume|capacidad|cabe|caben|liters?|litres?|ml|milliliters?|millilitres?|gallons?|litros?|mililitros?)$/,
    /^(l|ml|liters?|litres?|litros?|cups?|tazas?|oz|gal|gallons?)$/,
  ],
  [
    /^(last|lasts|stay|stays|fresh|keep|keeps|time|take|takes|run|runtime|hours|minutes|dura|duran|tarda|tardan|tiempo|aguanta|horas|minutos|autonomia)$/,
    /^(seconds?|minutes?|min|hours?|hrs?|h|days?|weeks?|months?|years?|segundos?|minutos?|horas?|dias?|semanas?|meses|mes|anos?)$/,
  ],
];

/** Asking how often, and a rate said ("once a week", "every 3 months", "cada 3 meses", "a diario"). */
const OFTEN = /^(often|frequently|frequency|frecuencia|seguido)$/;
export const RATE =
  /\b(once|twice|every|daily|weekly|monthly|yearly|annually|each (day|week|month|year|time|use|ride)|(a|per) (day|week|month|year)|cada|una vez|dos veces|diario|diariamente|a diario|semanal|semanalmente|mensual|mensualmente|anual)\b/;

/** The figure a clause gives in one of the units: "175 f", "50 mm", "290 g". */
function figureIn(tokens: string[], units: RegExp | undefined): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\d+(\.\d+)?$/.test(tokens[i]!)) continue;
    const unit = tokens[i + 1] ?? '';
    if (!units || units.test(unit)) return `${tokens[i]}${unit ? ` ${unit}` : ''}`;
    // "3 to 6 months", "135 f to 212 f": a range said before its unit.
    if (
      /^(to|a|y|and|or|o)$/.test(unit) &&
      /^\d/.test(tokens[i + 2] ?? '') &&
      units.test(tokens[i + 3] ?? '')
    )
      return tokens.slice(i, i + 4).join(' ');
  }
  return undefined;
}

/** Whether a clause says a figure the question gives with its unit ("4 metre" / "4 m"). */
function saysFigureOf(tokens: string[], question: string[]): boolean {
  for (let i = 0; i + 1 < question.length; i++) {
    const n = question[i]!;
    const unit = DIMENSIONS.find(([, u]) => u.test(question[i + 1]!))?.[1];
    if (!/^\d+(\.\d+)?$/.test(n) || !unit) continue;
    if (tokens.some((w, k) => w === n && unit.test(tokens[k + 1] ?? ''))) return true;
  }
  return false;
}

/**
 * "For a 6 metre boat, what weight?": the clause saying the question's figure with its unit and a
 * figure in the dimension asked, before the product's first figure of that dimension (which may
 * be for another case: "the 3 kg suits boats under 4 m"). Undefined when no clause says it.
 */
export function answerForGivenFigure(
  p: ProductInfo,
  words: string[],
  lang: Language,
  question: string[],
): string | undefined {
  if (!question.some((w, i) => /^\d/.test(w) && DIMENSIONS.some(([, u]) => u.test(question[i + 1] ?? ''))))
    return undefined;
  const all = [...words, ...question];
  if (!DIMENSIONS.some(([asked]) => all.some((w) => asked.test(w)))) return undefined;
  const answer = answerFigure(p, words, lang, question);
  const quoted = answer && clausesOf(p).find((c) => answer.includes(c.said));
  return quoted && saysFigureOf(quoted.tokens, question) ? answer : undefined;
}

/**
 * "How hot should the water be", "what's the tire clearance", "¿cuánto pesa?": the clause giving a
 * figure in the unit the question asks about (or, for a dimension no unit list knows, any figure
 * in a clause that says the asked word).
 */
export function answerFigure(
  p: ProductInfo,
  words: string[],
  lang: Language,
  question: string[] = [],
): string | undefined {
  const all = [...words, ...question];
  const often = all.some((w) => OFTEN.test(w)) || /\bcada cuanto\b/.test(all.join(' '));
  // The dimension the asked words name ("depth") before any other a word of the question may
  // suggest ("¿hasta qué profundidad aguanta?": "aguanta" is no question of time here).
  const dimensionsOf = (ws: string[]) =>
    DIMENSIONS.filter(([asked]) => ws.some((w) => asked.test(w))).map(([, u]) => u);
  const named = dimensionsOf(words);
  const unitLists = named.length ? named : dimensionsOf(all);
  const clauses = clausesOf(p);
  const content = words.filter((w) => !OFTEN.test(w) && !DIMENSIONS.some(([asked]) => asked.test(w)));
  // "How often": a clause saying a rate ("once a week", "every 3 months") gives it, with or
  // without a number.
  const gives = (c: Clause) =>
    often
      ? RATE.test(c.tokens.join(' '))
      : unitLists.length
        ? unitLists.some((u) => figureIn(c.tokens, u))
        : !!figureIn(c.tokens, undefined);
  // "For a 4 metre boat, what length?": the clause saying that very figure in a unit of its
  // dimension ("4 m boats usually pick the 120 cm") is about the shopper's case; one about
  // "boats under 3.5 m" is about another, whatever words it shares.
  const sized = clauses.filter((c) => gives(c) && saysFigureOf(c.tokens, question));
  const pool = sized.length ? sized : clauses;
  let found = content.length ? bestClause(pool, content, lang, words, gives) : undefined;
  // Only a dimension asked ("how heavy is it"): the first clause with a figure in its unit.
  // A figure of the question ("for a 4 m boat") picks the clause that says it ("4 m boats usually
  // take the 120 cm"), else the first.
  if (!found && (unitLists.length || often)) {
    const figures = question.filter((w) => /^\d/.test(w));
    const said = (c: Clause) => figures.filter((f) => c.tokens.includes(f)).length;
    const c = clauses
      .filter(gives)
      .reduce<Clause | undefined>((a, b) => (!a || said(b) > said(a) ? b : a), undefined);
    if (c) found = { clause: c, hit: [], at: 0, lastAt: 0, score: 0 };
  }
  if (!found) return undefined;
  // Without a unit to go by, a figure counts only next to a word asked about.
  if (!unitLists.length && !often && found.hit.length === 0) return undefined;
  const quote = found.clause.said;
  return t(lang, `The description of ${p.name} says: "${quote}".`, `${capital(saysEs(p.name, quote))}.`);
}

/**
 * "Does it work on induction", "does the mini pump work with Schrader valves": yes, no or a
 * qualified answer from the clause that says the asked words; undefined when none does.
 */
/**
 * "Pockets for shims …; shims are not included": a clause that leaves the thing asked out answers
 * no, even when an earlier clause mentions it.
 */
export function saysLeftOut(p: ProductInfo, words: string[], lang: Language): string | undefined {
  if (words.length === 0) return undefined;
  const leftOut = leftOutClause(p, words, lang) ?? leftOutHead(p, words, lang);
  return leftOut ? verdictFromQuote(lang, false, p.name, leftOut.said) : undefined;
}

/** "A bug net?" of "the net itself is not included": the head noun left out is the thing asked. */
function leftOutHead(p: ProductInfo, words: string[], lang: Language): Clause | undefined {
  if (words.length < 2) return undefined;
  const head = lang === 'es' ? words[0]! : words.at(-1)!;
  return leftOutClause(p, [head], lang);
}

function leftOutClause(p: ProductInfo, words: string[], lang: Language): Clause | undefined {
  return clausesOf(p).find((c) => {
    const at = words.map((w) => c.tokens.findIndex((x) => matches(w, x, lang)));
    if (at.some((j) => j < 0)) return false;
    // "Gas canisters are not included"; "chain and rode are sold separately": the words, or the
    // list they head, then what leaves them out.
    const last = Math.max(...at);
    // "Anchor kit sold separately": the word asked may head a compound noun left out.
    const compound =
      /^[a-z]{3,}$/.test(c.tokens[last + 1] ?? '') &&
      !/^(and|or|is|are|not|y|o|no)$/.test(c.tokens[last + 1]!);
    return [last, ...(compound ? [last + 1] : []), pastList(c.tokens, last)].some((k) =>
      LEFT_OUT.test(c.tokens.slice(k + 1, k + 5).join(' ')),
    );
  });
}

/** A Spanish infinitive, with a pronoun on it or not ("guardarlo", "usar", "ponérmelo" folded). */
const PURPOSE_VERB_ES = /^[a-z]{2,}(ar|er|ir)(lo|la|los|las|le|les|se|me|te|melo|mela|selo|sela)?$/;

const ADVERB = /^(already|still|also|even|really|actually|ever|ya|aun|todavia|tambien|incluso|realmente)$/;

export function answerYesNo(
  p: ProductInfo,
  askedWords: string[],
  lang: Language,
  context: string[] = [],
): string | undefined {
  // "Do they come already strung?": an adverb of time or degree names nothing the text must say.
  const words = askedWords.filter((w) => !ADVERB.test(w));
  if (words.length === 0) return undefined;
  const found = bestClause(clausesOf(p), words, lang, context);
  const need = Math.ceil(words.length / 2);
  if (!found || found.hit.length < need || onlySenseOfName(p, found, words, lang))
    return answerOpposite(p, words, lang, context);
  const leftOut = saysLeftOut(p, words, lang);
  if (leftOut) return leftOut;
  const { clause, hit, at, lastAt } = found;
  const quote = clause.said;
  const missing = words.filter((_w, i) => !hit.includes(i));
  // A partial match that needs WordNet meanings to be enough says nothing sure ("gluten free" is
  // not "slow-release" because "free" can mean "release").
  const said = hit.filter((i) => clause.tokens.some((x) => literal(words[i]!, x, lang)));
  if (missing.length > 0 && said.length < need) return undefined;
  // "Two in-line wheels, not spinners": a negation in front of any word asked answers no.
  const negatedWord = words.some((w) => {
    const j = clause.tokens.findIndex((x) => matches(w, x, lang));
    return j > at && negatedAt(clause.tokens, j, j);
  });
  if (negatedAt(clause.tokens, at, lastAt) || negatedWord || weakenedAfter(clause.tokens, lastAt))
    return verdictFromQuote(lang, false, p.name, quote);
  const only = clause.tokens.some(isOnly);
  if (only && missing.length > 0) return verdictFromQuote(lang, false, p.name, quote);
  if (onlyElsewhere(clause.tokens, at, lastAt))
    return t(
      lang,
      `Only in part: the description of ${p.name} says "${quote}".`,
      `Solo en parte: ${saysEs(p.name, quote)}.`,
    );
  // "Electronic shifting?" of "2x11-speed mechanical shifting": the thing asked, qualified otherwise.
  // English puts the thing last ("electronic shifting"), Spanish first ("cambio electrónico").
  const head = lang === 'es' ? 0 : words.length - 1;
  // "¿Trae estuche para guardarlo?": a Spanish verb of purpose left over qualifies nothing.
  const purposeOnly = lang === 'es' && missing.every((w) => PURPOSE_VERB_ES.test(w));
  if (missing.length > 0 && words.length === 2 && hit.length === 1 && hit[0] === head && !purposeOnly) {
    const j = clause.tokens.findIndex((x) => matches(words[head]!, x, lang));
    const before = clause.tokens[j - 1] ?? '';
    if (/^[a-z]{3,}$/.test(before) && !NEGATORS.test(before))
      return t(
        lang,
        `No: the description of ${p.name} says "${quote}", not ${words.join(' ')}.`,
        `No: ${saysEs(p.name, quote)}, no ${words.join(' ')}.`,
      );
    return undefined;
  }
  return verdictFromQuote(lang, true, p.name, quote);
}

/**
 * "¿Me pueden moler las especias?" of "… Spice Grinder": the product's own name, met through a
 * dictionary sense of an asked word ("moler" → grind), says what the product is, not what it does
 * for the shopper.
 */
function onlySenseOfName(p: ProductInfo, found: Found, words: string[], lang: Language): boolean {
  if (lang !== 'es' || found.clause.said !== p.name) return false;
  return found.hit.some((i) => !found.clause.tokens.some((x) => literalOwn(words[i]!, x, lang)));
}

/**
 * "Is it heavy" of "Lightweight 2-person tent": no, when the text says the opposite of every word
 * asked (a WordNet antonym, catalog/semantic) and does not negate it.
 */
function answerOpposite(
  p: ProductInfo,
  words: string[],
  lang: Language,
  context: string[],
): string | undefined {
  const found = bestClause(clausesOf(p), words, lang, context, undefined, (a, w) => opposes(a, w, lang));
  if (!found || found.hit.length < words.length || negatedAt(found.clause.tokens, found.at, found.lastAt))
    return undefined;
  const quote = found.clause.said;
  return verdictFromQuote(lang, false, p.name, quote);
}
