/**
 * Constraint words that refine what the shopper wants: half sizes ("nine and a half" → 9.5),
 * negation ("not the Kestrel ones", "no red"), and superlatives over price and specs
 * ("lightest", "la más cálida"). Pure functions over normalised tokens.
 */
import type { SortName } from '../../catalog/search-specs.ts';
import type { Language } from '../../contract.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import type { NumToken } from '../words/numbers.ts';
import type { Slots } from '../words/slots.ts';
import { normalize, stem } from '../words/text.ts';
import { type CompiledVocabulary, findPhrases } from '../words/vocab.ts';

const HALF: Record<Language, string[][]> = {
  en: [
    ['and', 'a', 'half'],
    ['and', 'half'],
    ['point', '5'],
  ],
  es: [
    ['y', 'media'],
    ['y', 'medio'],
    // A catalog that sells "half" things (a half pad) reads "medio" as its English word first.
    ['y', 'half'],
    ['punto', '5'],
    ['coma', '5'],
  ],
};

/** "5 and three quarters", "4 y cuarto": the decimal a catalog writes ("5.75 in", "4.25"). */
const QUARTERS: Record<Language, [string[], number][]> = {
  // (Number words have become digits by now: "three quarters" reads "3 4", "a quarter" "1 4";
  // the number reader keeps the "and" with the whole, "5 and" being one token.)
  en: [
    [['and', '1', '4'], 0.25],
    [['and', '3', '4'], 0.75],
    [['1', '4'], 0.25],
    [['3', '4'], 0.75],
  ],
  es: [
    [['y', '1', '4'], 0.25],
    [['y', '3', '4'], 0.75],
    [['1', '4'], 0.25],
    [['3', '4'], 0.75],
  ],
};

/** "9 and a half" / "9 y media" → one token "9.5" (spans add up, so raw positions still map). */
export function mergeHalves(nums: NumToken[], lang: Language): NumToken[] {
  const out: NumToken[] = [];
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i]!;
    if (n.value !== undefined && Number.isInteger(n.value)) {
      const tails: [string[], number][] = [
        ...HALF[lang].map((h): [string[], number] => [h, 0.5]),
        ...QUARTERS[lang],
      ];
      // A bare "3 4" after a whole counts only when the whole took the "and" ("5 and three quarters").
      const bare = (h: string[]) => /^\d/.test(h[0]!);
      const hit = tails.find(
        ([h]) => (!bare(h) || n.span > 1) && h.every((w, k) => nums[i + 1 + k]?.text === w),
      );
      if (hit) {
        const [tail, part] = hit;
        const span = n.span + tail.reduce((s, _w, k) => s + nums[i + 1 + k]!.span, 0);
        const value = n.value + part;
        out.push({ text: String(value), value, span });
        i += tail.length;
        continue;
      }
    }
    out.push(n);
  }
  return out;
}

const NEGATION: Record<Language, RegExp> = {
  en: /^(not|no|except|without|but not|other than|(?:anything|everything|any|all) but|excluding|apart from|nothing)$/,
  es: /^(no|sin|excepto|menos|salvo|quitando|nada)$/,
};

/**
 * A brand or colour right after a negation ("not the Kestrel ones", "but no red", "sin rojo")
 * becomes an exclusion instead of a filter.
 */
export function extractNegation(
  tokens: string[],
  vocab: CompiledVocabulary,
  lang: Language,
  slots: Slots,
): void {
  const negatedAt = (start: number) => {
    for (let k = Math.max(0, start - 3); k < start; k++) {
      const one = tokens[k]!;
      const two = `${tokens[k]} ${tokens[k + 1] ?? ''}`;
      const pair = NEGATION[lang].test(two) && k + 1 < start;
      if (NEGATION[lang].test(one) || pair) {
        // The words between the negation and the value are articles ("not the", "no las de").
        const between = tokens.slice(pair ? k + 2 : k + 1, start);
        if (
          between.every((w) =>
            /^(the|a|an|any|in|la|las|el|los|de|del|en|color|colour|brand|marca|not|ones?|made|by|from|que|son|sean|sea|es)$/.test(
              w,
            ),
          )
        )
          return true;
      }
    }
    return false;
  };
  if (slots.brand) {
    const m = findPhrases(tokens, vocab.brands, true).find((x) => x.value === slots.brand);
    if (m && negatedAt(m.start)) {
      slots.excludeBrand = slots.brand;
      delete slots.brand;
    }
  }
  if (slots.color) {
    const m = findPhrases(tokens, vocab.colors, false).find((x) => x.value === slots.color);
    if (m && negatedAt(m.start)) {
      slots.excludeColor = slots.color;
      delete slots.color;
    }
  }
  if (!slots.excludeBrand && !slots.excludeColor) excludeWords(tokens, lang, slots);
}

const ARTICLES = /^(the|a|an|any|la|las|el|los|de|del|que|sean|sea)$/;

/**
 * Where the negation of a leaving-out ends: "not" / "sin" alone, or a two-word one ("anything
 * but", "other than", "apart from", "cualquier cosa menos"); -1 when there is none. "Nothing"
 * alone asks for nothing of a kind, it leaves nothing out.
 */
function negationEnd(tokens: string[], lang: Language): number {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k + 1 < tokens.length && NEGATION[lang].test(`${t} ${tokens[k + 1]}`)) return k + 1;
    if (NEGATION[lang].test(t) && t !== 'nothing' && t !== 'nada') return k;
  }
  return -1;
}

/**
 * "But not the shampoos", "not the masonry ones", "not corded": one or two words after a negation
 * that ends the request leave out the products whose title, type or tags say them.
 */
function excludeWords(tokens: string[], lang: Language, slots: Slots): void {
  const at = negationEnd(tokens, lang);
  if (at < 0) return;
  let k = at + 1;
  // "Not for the moon": what the products left out are for, said after "for".
  while (k < tokens.length && (ARTICLES.test(tokens[k]!) || (lang === 'en' && tokens[k] === 'for'))) k++;
  let end = tokens.length;
  // "Not the ratchet one, I like to feel the sheet": "one(s)" closes what is left out; the reason
  // said after it is no part of it.
  const one = tokens.findIndex((w, i) => i > k && i <= k + 3 && /^ones?$/.test(w));
  if (one > k && one < tokens.length - 1) end = one;
  // "Not nylon though", "anything but hats either": closing words of the turn, not what is left out.
  while (
    end > k &&
    /^(ones?|please|then|thanks|though|tho|either|anymore|instead|por favor|entonces|gracias|tampoco)$/.test(
      tokens[end - 1]!,
    )
  )
    end--;
  let words = tokens.slice(k, end);
  // "sin cushioned, de los finos": one attribute the catalog states, then a new phrase of the
  // request, is left out alone.
  const first = words[0];
  if (
    words.length > 1 &&
    first &&
    STOPWORDS[lang].has(words[1]!) &&
    (slots.attributes ?? []).some((a) => normalize(a) === first)
  )
    words = [first];
  if (words.length === 0 || words.length > 2 || words.some((w) => /\d/.test(w) || STOPWORDS[lang].has(w)))
    return;
  const said = (v: string | undefined) =>
    !!v &&
    normalize(v)
      .split(' ')
      .every((w) => words.some((x) => stem(x) === stem(w)));
  // A kind of product ("not the shampoos", "not the masonry ones", "not corded"), never a verb
  // ("if they do not fit", "not yet").
  // Spanish says "the pearl one" as "la de perlas": an article and "de" before the words.
  const ones =
    (end < tokens.length && /^ones?$/.test(tokens[end]!)) ||
    (lang === 'es' && /^(el|la|los|las)$/.test(tokens[at + 1] ?? '') && tokens[at + 2] === 'de');
  const catalogWord = said(slots.category) || (slots.attributes ?? []).some(said);
  if (!ones && !catalogWord) return;
  slots.exclude = words.join(' ');
  if (said(slots.category)) delete slots.category;
  if (slots.attributes) {
    slots.attributes = slots.attributes.filter((a) => !said(a));
    if (slots.attributes.length === 0) delete slots.attributes;
  }
}

const FREE_OF: Record<Language, RegExp> = {
  en: /^(no|without|zero|non)$/,
  es: /^(sin|cero)$/,
};

/**
 * "Something with no caffeine", "without fragrance", "sin gluten": a word the catalog states as a
 * property compound ("caffeine-free" in a description, a "caffeine free" tag) becomes that
 * property, searched for as such, instead of a negation or a bare word.
 */
export function extractFreeOf(
  tokens: string[],
  vocab: CompiledVocabulary,
  lang: Language,
  slots: Slots,
): void {
  const stated = new Set([
    ...(vocab.source.descriptionTerms ?? []).map((t) => normalize(t.replace(/-/g, ' '))),
    ...vocab.attributes.map((a) => a.tokens.join(' ')),
  ]);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = FREE_OF[lang].test(tokens[i]!) ? tokens[i + 1]! : tokens[i + 1] === 'free' ? tokens[i]! : '';
    if (!word || STOPWORDS[lang].has(word)) continue;
    const property = [`${word} free`, `${stem(word)} free`].find((p) => stated.has(p));
    if (!property) continue;
    const attributes = (slots.attributes ?? []).filter((a) => normalize(a) !== word);
    if (!attributes.includes(property)) attributes.push(property);
    slots.attributes = attributes;
    tokens.splice(i, 2, property, '');
  }
}

const SORT_PATTERNS: Record<Language, [SortName, RegExp][]> = {
  en: [
    [
      'cheapest',
      /\b(cheapest|least expensive|lowest (price(d)?|cost)|most affordable|(the )?least money|costs? the least)\b/,
    ],
    ['most_expensive', /\b(most expensive|priciest|highest price(d)?|costs? (the )?most)\b/],
    ['lightest', /\b(lightest|lighter|most lightweight)\b/],
    ['heaviest', /\b(heaviest|heavier)\b/],
    [
      'biggest',
      /\b(biggest|bigger|largest|larger|roomiest|roomier|most spacious|highest capacity|most (room|space))\b|\bholds? (the )?(most|more)$/,
    ],
    ['smallest', /\b(smallest|smaller|most compact|more compact)\b/],
    ['warmest', /\b(warmest|warmer)\b/],
    ['brightest', /\b(brightest|brighter)\b/],
    ['most_powerful', /\b(most powerful|more powerful|strongest)\b/],
    ['highest_pressure', /\b(highest|higher|most|max(imum)?|greatest|more) (pressure|psi)\b/],
    [
      'longest_lasting',
      /\b(keeps?|stays?|lasts?|runs?|burns?)\b.*\b(the longest|longest|longer|most hours)\b|\blongest[- ]lasting\b|\blongest (battery|run ?time|burn)/,
    ],
    ['highest_altitude', /\b(highest|higher|greatest|most) (altitude|elevation)\b/],
  ],
  es: [
    [
      'cheapest',
      // The least money by the verb of spending or paying ("¿con cuál gasto menos?"), or costing
      // after "menos" ("el que menos guita cuesta").
      /\b(mas barat[oa]s?|menos car[oa]s?|mas (economic[oa]s?|asequibles?)|(que )?(cuesta|vale|sale) menos|(que |el que |la que )?menos (\w+ )?(cuesta|cuestan|vale|valen|sale|salen)|(me )?(gasto|gaste|gastaria|gastamos|gastas|pago|pague|pagaria|pagamos) menos|menos (plata|dinero|pasta|guita|lana|feria|pelas))\b/,
    ],
    ['most_expensive', /\b(mas car[oa]s?|(que )?(cuesta|vale|sale) mas)\b/],
    [
      'lightest',
      /\b(mas (liger[oa]s?|livian[oa]s?)|menos pesad[oa]s?|que menos pese|pese menos|pesa(n)? menos)\b/,
    ],
    ['heaviest', /\b(mas pesad[oa]s?|pesa(n)? mas|que mas pesa(n)?)\b/],
    ['biggest', /\b(mas (grandes?|ampli[oa]s?|espacios[oa]s?)|mayor capacidad|(le )?caben? mas)\b/],
    ['smallest', /\bmas (pequen[oa]s?|compact[oa]s?|chic[oa]s?)\b/],
    ['warmest', /\b(mas (calid[oa]s?|calientes?|abrigad[oa]s?)|que mas abrigue)\b/],
    ['brightest', /\bmas (brillantes?|luminos[oa]s?)\b/],
    ['most_powerful', /\bmas potentes?\b/],
    ['highest_pressure', /\b(mas|mayor|maxima) presion\b/],
    [
      'longest_lasting',
      /\b(mantiene|mantienen|aguanta|aguantan|conserva|conservan|dura|duran)\b.*\b(mas tiempo|mas horas)\b|\b(dura|duran) mas\b/,
    ],
    ['highest_altitude', /\b(mas|mayor) (altitud|altura)\b/],
  ],
};

/** The superlative the shopper asked for, read from the utterance as said (before translation). */
export function extractSort(utterance: string, lang: Language): SortName | undefined {
  const text = normalize(utterance);
  return SORT_PATTERNS[lang].find(([, re]) => re.test(text))?.[0];
}

/** Comparatives ("cheaper", "lighter") compare with what is on screen; superlatives search. */
export function isComparative(utterance: string, lang: Language): boolean {
  const text = normalize(utterance);
  return lang === 'en'
    ? /\b(cheaper|lighter|heavier|bigger|larger|roomier|smaller|warmer|brighter|more powerful|more compact)\b/.test(
        text,
      )
    : false;
}
