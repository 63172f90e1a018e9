/**
 * How shoppers say the catalog's own strings, for any vertical: product titles and their short
 * forms (brand + model, model alone, model + type), quantities with units ("45L" → "forty five
 * liter"), option values as the catalog spells them plus their spoken readings ("S/M", "9.5",
 * "110 cm"). Nothing here knows a particular store.
 */
import { DIMENSION_X, normalizeText, numberToWords } from './text-norm.ts';

/** Unit abbreviations after a number → singular and plural spoken words. */
const UNITS: Record<string, [string, string]> = {
  l: ['liter', 'liters'],
  lt: ['liter', 'liters'],
  ltr: ['liter', 'liters'],
  litre: ['liter', 'liters'],
  litres: ['liter', 'liters'],
  liter: ['liter', 'liters'],
  liters: ['liter', 'liters'],
  ml: ['milliliter', 'milliliters'],
  cl: ['centiliter', 'centiliters'],
  cm: ['centimeter', 'centimeters'],
  mm: ['millimeter', 'millimeters'],
  m: ['meter', 'meters'],
  km: ['kilometer', 'kilometers'],
  kg: ['kilo', 'kilos'],
  g: ['gram', 'grams'],
  gr: ['gram', 'grams'],
  oz: ['ounce', 'ounces'],
  lb: ['pound', 'pounds'],
  lbs: ['pound', 'pounds'],
  ft: ['foot', 'feet'],
  w: ['watt', 'watts'],
  kw: ['kilowatt', 'kilowatts'],
  v: ['volt', 'volts'],
  mah: ['milliamp hour', 'milliamp hours'],
  gb: ['gigabyte', 'gigabytes'],
  tb: ['terabyte', 'terabytes'],
  mp: ['megapixel', 'megapixels'],
  pcs: ['piece', 'pieces'],
  pc: ['piece', 'pieces'],
  pk: ['pack', 'packs'],
  deg: ['degree', 'degrees'],
  ah: ['amp hour', 'amp hours'],
  amp: ['amp', 'amps'],
  // Only spaced, in option values ("2.5 A" output): glued "34A" is a cup size (see spokenForms).
  a: ['amp', 'amps'],
  amps: ['amp', 'amps'],
  in: ['inch', 'inches'],
  inch: ['inch', 'inches'],
  inches: ['inch', 'inches'],
  foot: ['foot', 'feet'],
  feet: ['foot', 'feet'],
  qt: ['quart', 'quarts'],
  gal: ['gallon', 'gallons'],
  pack: ['pack', 'packs'],
  piece: ['piece', 'pieces'],
  ct: ['count', 'count'],
  // Fly rods and lines ("5 wt"), fabric and line lengths ("100 yd"), wire gauge ("12 AWG").
  wt: ['weight', 'weights'],
  yd: ['yard', 'yards'],
  yds: ['yard', 'yards'],
  awg: ['gauge', 'gauge'],
  count: ['count', 'count'],
  degree: ['degree', 'degrees'],
  degrees: ['degree', 'degrees'],
  '°': ['degree', 'degrees'],
  '°f': ['degree', 'degrees'],
  '°c': ['degree', 'degrees'],
  '"': ['inch', 'inches'],
  "'": ['foot', 'feet'],
};

/**
 * A number (decimal, fraction "1/4", mixed "7-1/4") and a unit after it: glued ("45L"), spaced
 * ("110 cm", "1/2 in."), or hyphenated ("3-pack", "20-Piece"); not "11-in-1".
 */
/**
 * A range before a unit ("4-5 oz" leather, "10-12 ft"): said "four to five ounce", and without
 * this the dash vanished into "four five ounce". Not "1-1/2" (a mixed fraction).
 */
const UNIT_RANGE = /(?<![\d./])(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)(?=\s?(?:[a-z]|°|"))/gi;

const NUMBER_UNIT = /(\d+(?:\.\d+|[- ]\d+\/\d+|\/\d+)?)(\s?|-)(°[cf]?|"|'|[a-z]+)\.?(?![a-z0-9]|-\d)/gi;

const FRACTIONS: Record<string, string[]> = {
  '1/2': ['half', 'a half', 'one half'],
  '1/4': ['quarter', 'a quarter', 'one quarter'],
  '3/4': ['three quarter', 'three quarters'],
  '1/3': ['third', 'a third', 'one third'],
  '2/3': ['two thirds'],
};
const DENOMINATORS: Record<string, [string, string]> = {
  '8': ['eighth', 'eighths'],
  '16': ['sixteenth', 'sixteenths'],
  '32': ['thirty second', 'thirty seconds'],
  '64': ['sixty fourth', 'sixty fourths'],
};

/** "3/8" → "three eighths"; "1/4" → "quarter", "a quarter"…; undefined for "12/3" (no such fraction). */
function fractionReadings(num: number, den: string): string[] | undefined {
  const named = FRACTIONS[`${num}/${den}`];
  if (named) return named;
  const d = DENOMINATORS[den];
  if (!d || num <= 0 || num >= Number(den)) return undefined;
  return num === 1 ? [`one ${d[0]}`, `an ${d[0]}`, d[0]] : [`${numberToWords(num)} ${d[1]}`];
}

/**
 * Ways people read a whole number: "one hundred" also "a hundred" / "hundred"; three and four
 * digits in pairs as model numbers and shades are read ("340" → "three forty", "1400" →
 * "fourteen hundred", "305" → "three oh five").
 */
export function integerReadings(n: number): string[] {
  const words = numberToWords(n);
  const out = [words];
  if (words.startsWith('one hundred')) out.push(`a${words.slice(3)}`, words.slice(4));
  if (n >= 100 && n < 10_000 && n % 1000 !== 0) {
    const hi = Math.floor(n / 100);
    const lo = n % 100;
    const head = numberToWords(hi);
    if (lo === 0) {
      if (n >= 1100) out.push(`${head} hundred`);
    } else out.push(`${head} ${lo < 10 ? `oh ${numberToWords(lo)}` : numberToWords(lo)}`);
  }
  return [...new Set(out)];
}

/**
 * How a fraction of a unit or one and a fraction is said around the unit: "3/4 in" → "three
 * quarters of an inch", "1 1/2 in" → "an inch and a half", "1/2 lb" → "half a pound".
 */
function measureReadings(written: string, unit: string): string[] {
  const num = decimalFraction(written) ?? written;
  const article = /^[aeiou]/.test(unit) ? 'an' : 'a';
  const frac = /^(\d+)\/(\d+)$/.exec(num);
  if (frac) {
    const f = fractionReadings(Number(frac[1]), frac[2] as string) ?? [];
    // "a quarter of an inch", but not "a half of a pound" (that one is "half a pound").
    const counted = f.filter((x) => !/^(half|quarter|third|eighth|sixteenth|a half)$/.test(x));
    const plural = counted.map((x) => x.replace(/^three quarter$/, 'three quarters'));
    return [
      ...new Set([
        ...plural.map((x) => `${x} of ${article} ${unit}`),
        ...(num === '1/2' ? [`half ${article} ${unit}`] : []),
      ]),
    ];
  }
  const mixed = /^1[- ](\d+)\/(\d+)$/.exec(num);
  if (mixed) {
    const f = fractionReadings(Number(mixed[1]), mixed[2] as string) ?? [];
    const withArticle = f.find((x) => /^an? /.test(x)) ?? f[0];
    return withArticle ? [`${article} ${unit} and ${withArticle}`] : [];
  }
  return [];
}

/** Decimals under one that are a common fraction ("0.75 in" is "three quarter inch"). */
const DECIMAL_FRACTIONS: Record<string, string> = {
  '0.5': '1/2',
  '0.25': '1/4',
  '0.75': '3/4',
  '0.125': '1/8',
  '0.375': '3/8',
  '0.625': '5/8',
  '0.875': '7/8',
};

/** "0.75" → "3/4" (how it is said), undefined when it is no common fraction. */
export function decimalFraction(n: string): string | undefined {
  return DECIMAL_FRACTIONS[n.replace(/0+$/, '')];
}

/** Readings of a catalog number, the usual one first ("9.5" → "nine and a half"; "2.0" → "two"). */
export function numberReadings(n: string): string[] {
  // Under one, nobody says the zero first ("zero and three quarters"): "0.75" is "three quarter"
  // or "point seven five", "0.8 mm" is "point eight" as often as "zero point eight".
  const under = /^0?\.(\d+)$/.exec(n);
  if (under) {
    const frac = decimalFraction(`0.${under[1]}`);
    const digits = (under[1] as string)
      .split('')
      .map((d) => numberToWords(Number(d)))
      .join(' ');
    // Zeros after the point are "oh" as often as "zero" ("0.035 in" wire is "point oh three five").
    const ohs = digits.replace(/\bzero\b/g, 'oh');
    return [
      ...new Set([
        ...(frac ? numberReadings(frac) : []),
        `point ${digits}`,
        `point ${ohs}`,
        `zero point ${digits}`,
      ]),
    ];
  }
  const mixed = /^(\d+)[- ](\d+)\/(\d+)$/.exec(n);
  if (mixed) {
    const f = fractionReadings(Number(mixed[2]), mixed[3] as string);
    if (f) {
      const whole = numberToWords(Number(mixed[1]));
      // "four and an eighth", "four and one eighth", "four and three eighths", "four three eighths";
      // never "four eighth" (the bare denominator reads as another number).
      const counted = f.filter((x) =>
        /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b/.test(
          x,
        ),
      );
      const parts = counted.length > 0 ? counted : f;
      const plain = parts.find((x) => !/^an? /.test(x)) ?? (parts[0] as string);
      return [...new Set([...parts.map((x) => `${whole} and ${x}`), `${whole} ${plain}`])];
    }
  }
  const frac = /^(\d+)\/(\d+)$/.exec(n);
  if (frac) {
    const f = fractionReadings(Number(frac[1]), frac[2] as string);
    if (f) return f;
  }
  const half = /^(\d+)\.5$/.exec(n);
  if (half) {
    const whole = numberToWords(Number(half[1]));
    return [`${whole} and a half`, `${whole} point five`];
  }
  // "1.75 in" is "one and three quarters" as often as "one point seven five".
  const quarter = /^(\d+)\.(25|75)$/.exec(n);
  if (quarter) {
    const whole = numberToWords(Number(quarter[1]));
    const part = quarter[2] === '25' ? 'a quarter' : 'three quarters';
    return [normalizeText(n), `${whole} and ${part}`];
  }
  const zero = /^(\d+)\.0+$/.exec(n);
  if (zero) return [numberToWords(Number(zero[1])), normalizeText(n)];
  // "1.30 mm" is said "one point three" as well as "one point three zero".
  const trailing = /^(\d+\.\d*[1-9])0+$/.exec(n);
  if (trailing) return [normalizeText(n), normalizeText(trailing[1] as string)];
  if (/^\d+$/.test(n) && n.length <= 4) return integerReadings(Number(n));
  return [normalizeText(n)];
}

/**
 * Other readings of a text's plain whole numbers (for texts without units, see spokenForms): "Honey 340" → "honey three forty",
 * "Vortex Pro 1400 Blender" → "vortex pro fourteen hundred blender". Empty when there is none.
 */
export function bareNumberForms(text: string): string[] {
  const numbers = text.match(/(?<![\d./-])\d{3,4}(?![\d./-]|[a-z])/gi) ?? [];
  let forms = [text];
  for (const n of new Set(numbers)) {
    const readings = integerReadings(Number(n)).slice(1);
    forms = forms.flatMap((f) => [
      f,
      ...readings.map((r) => f.replace(new RegExp(`(?<!\\d)${n}(?!\\d)`, 'g'), ` ${r} `)),
    ]);
  }
  return [...new Set(forms.slice(1).map(normalizeText))].filter(Boolean);
}

/**
 * Spoken readings of a catalog string with number+unit tokens (`spacedLetterUnits`: "1 L" is a
 * liter, for option values that are never letter sizes; `plural: false` leaves out "forty five
 * liters", for before a noun): singular ("forty five liter
 * backpack", the adjective form), plural ("forty five liters") and the bare number ("the traverse
 * forty five"). Strings without units come back normalised, alone.
 */
export function spokenForms(
  text: string,
  opts: { spacedLetterUnits?: boolean; plural?: boolean } = {},
): string[] {
  const units: { singular: string[]; plural: string; bare: string }[] = [];
  // "4 x 7 in": the "by" before the unit markers hide the second number from normalizeText.
  const withMarkers = text
    .replace(DIMENSION_X, '$1 by ')
    // The first number of a dimension is read like any catalog number ("8.5 x 11 in" is "eight and
    // a half by eleven", was "eight point five by eleven": only the number before the unit was).
    .replace(/(?<![\d./])(\d+\.\d+) by /g, (_, n: string) => `${numberReadings(n)[0]} by `)
    .replace(UNIT_RANGE, (whole, a: string, b: string) => (Number(a) < Number(b) ? `${a} to ${b}` : whole))
    .replace(NUMBER_UNIT, (whole, num: string, space: string, unit: string) => {
      const u = UNITS[unit.toLowerCase()];
      // One-letter units only when glued to the number ("45L", "500g"): "size 10 M" is a size.
      if (!u || (unit.length === 1 && space && !opts.spacedLetterUnits) || (space === '-' && unit.length < 2))
        return whole;
      if (unit.toLowerCase() === 'a' && !(space === ' ' && opts.spacedLetterUnits)) return whole;
      const readings = numberReadings(num.replace(' ', '-'));
      const n = readings[0] as string;
      units.push({
        singular: [...readings.map((r) => `${r} ${u[0]}`), ...measureReadings(num.replace(' ', '-'), u[0])],
        // "one liter", "a quarter inch", but "seven and a quarter inches".
        plural: `${n} ${u[Number(num) === 1 || Number(num) < 1 || /^\d+\/\d+$/.test(num) ? 0 : 1]}`,
        bare: n,
      });
      return ` \uE000${units.length - 1}\uE000 `;
    });
  if (units.length === 0) return [normalizeText(text)].filter(Boolean);
  const render = (pick: (u: (typeof units)[number]) => string) =>
    normalizeText(withMarkers.replace(/\uE000(\d+)\uE000/g, (_, i: string) => pick(units[Number(i)]!)));
  const forms = [
    render((u) => u.singular[0] as string),
    ...(opts.plural === false ? [] : [render((u) => u.plural)]),
    render((u) => u.bare),
  ];
  // Other readings of the numbers, in the singular ("a quarter inch", "a hundred foot").
  const others = Math.max(...units.map((u) => u.singular.length));
  for (let k = 1; k < others; k++) forms.push(render((u) => u.singular[k] ?? (u.singular[0] as string)));
  return [...new Set(forms)].filter(Boolean);
}

const LETTER_SIZES: Record<string, string[]> = {
  XXS: ['double extra small'],
  XS: ['extra small'],
  S: ['small'],
  M: ['medium'],
  L: ['large'],
  XL: ['extra large', 'x l'],
  XXL: ['double extra large', 'two x l'],
  '2XL': ['double extra large', 'two x l'],
  XXXL: ['triple extra large', 'three x l'],
  '3XL': ['triple extra large', 'three x l'],
  OS: ['one size'],
};

/**
 * Spoken forms of an option value used as a size: letter sizes, half sizes ("nine and a half"),
 * ranges ("S/M" → "small medium"), measurements ("110 cm"), and the value as written ("long").
 */
export function sizeForms(size: string, opts: { plural?: boolean } = {}): string[] {
  const s = size.trim();
  const upper = s.toUpperCase();
  const named = LETTER_SIZES[upper];
  if (named) return named;
  if (/^0?\.\d+$/.test(s)) return numberReadings(s);
  const half = /^(\d+)\.5$/.exec(s);
  if (half) {
    const n = numberToWords(Number(half[1]));
    return [`${n} and a half`, `${n} point five`];
  }
  // A bare fraction or mixed number ("4 1/8" grip, "3/8"): read as a number, not digit by digit.
  if (/^\d+(?:[- ]\d+)?\/\d+$/.test(s)) return numberReadings(s.replace(' ', '-'));
  const range = s.split(/\s*[/-]\s*/);
  if (range.length === 2 && range.every((r) => LETTER_SIZES[r.toUpperCase()])) {
    const [a, b] = range.map((r) => LETTER_SIZES[r.toUpperCase()]?.[0] ?? '');
    return [`${a} ${b}`, `${a} to ${b}`, `${a} slash ${b}`];
  }
  return spokenForms(s, opts);
}

/** Words that only join a brand to a title ("by", "from", "the"). */
const JOINERS = new Set(['by', 'from', 'the', 'and', 'with', 'for']);

function stripPrefix(words: string[], prefix: string[]): string[] | undefined {
  if (prefix.length === 0 || prefix.length >= words.length) return undefined;
  return prefix.every((w, i) => words[i] === w) ? words.slice(prefix.length) : undefined;
}

/** Crude English singular for matching a title's head noun against the catalog's types. */
const stem = (w: string) => w.replace(/(es|s)$/, '');

/** Longest tail of `words` that is a category (or its last word) — the product type in the title. */
function categoryTail(words: string[], categories: string[][]): number {
  let best = 0;
  for (const c of categories) {
    for (let k = c.length; k >= 1; k--) {
      const tail = c.slice(c.length - k);
      if (k < words.length && k > best && tail.every((w, i) => words[words.length - k + i] === w)) best = k;
    }
  }
  return best;
}

/**
 * Ways a shopper names a product: the full title, without the brand, brand + model, the model
 * alone, model + product type, and (titles whose type the catalog does not list) the title
 * without its last word. "the <model>" comes from the templates' optional article.
 */
export function productNameForms(
  title: string,
  brands: readonly string[],
  categories: readonly string[],
): string[] {
  const cats = categories.map((c) => normalizeText(c).split(' ').filter(Boolean)).filter((c) => c.length > 0);
  const brandWords = brands.map((b) => normalizeText(b).split(' ').filter(Boolean));
  const out = new Set<string>();
  // Shoppers leave out a title's capacity or size ("the kasumi chef knife" for "Kasumi 20 cm
  // Chef Knife"): the title without its number+unit tokens is one more reading, after the others.
  const unitless = normalizeText(withoutQuantities(title));
  const readings = spokenForms(title);
  if (unitless && !readings.includes(unitless)) readings.push(unitless);
  // Model numbers in a title read in pairs ("Arcforge 7018 Stick Electrodes" → "seventy eighteen
  // stick electrodes"), as option values already were: "seven thousand eighteen" nobody says.
  for (const r of bareNumberForms(title)) if (!readings.includes(r)) readings.push(r);
  for (const [variant, full] of readings.entries()) {
    const words = full.split(' ');
    out.add(full);
    let brand: string[] = [];
    let rest = words;
    for (const b of brandWords) {
      const r = stripPrefix(words, b);
      if (r && b.length > brand.length) {
        brand = b;
        rest = r;
      }
    }
    while (rest.length > 1 && JOINERS.has(rest[0] as string)) rest = rest.slice(1);
    if (brand.length > 0) out.add(rest.join(' '));
    const tail = categoryTail(rest, cats);
    // Without a known type at the end, drop the last word (usually the head noun), only for the
    // first reading: the bare-number one would lose half a number ("cook pot nine [hundred]").
    const fallback = (variant === 0 || full === unitless) && rest.length > 2 ? rest.slice(0, -1) : [];
    const model = tail > 0 ? rest.slice(0, rest.length - tail) : fallback;
    if (model.length > 0) {
      out.add(model.join(' '));
      if (brand.length > 0) out.add([...brand, ...model].join(' '));
      // Model + the type in any of the catalog's forms, singular or plural, and its head noun
      // ("nimbus two tent", "talus boot", "approach gaiter" for "Approach Gaiters").
      const head = tail > 0 ? rest.at(-1) : undefined;
      // First word of a long model + the type or head noun: "heritage dutch oven" for "Heritage
      // Cast Iron Dutch Oven", "petite cocotte" for "Petite Cast Iron Cocotte".
      if (model.length > 1 && (tail > 0 || full === unitless)) {
        const typeWords = tail > 0 ? rest.slice(rest.length - tail) : rest.slice(-1);
        out.add([model[0] as string, ...typeWords].join(' '));
      }
      if (head) {
        for (const c of cats) {
          const h = c.at(-1) as string;
          if (stem(h) !== stem(head)) continue;
          out.add([...model, ...c].join(' '));
          out.add([...model, h].join(' '));
        }
      }
    }
    // Brand + first word of the rest ("cairn traverse"): what people say when the model is long.
    if (brand.length > 0 && rest.length > 2) out.add([...brand, rest[0]].join(' '));
    // The head noun with the word before it ("single scull" for "Recreational Single Scull", "book
    // press" for "Cast Iron Book Press"): how shoppers shorten a long title they do not quote.
    if (variant === 0 && rest.length > 2 && !/\d/.test(rest.slice(-2).join(' ')))
      out.add(rest.slice(-2).join(' '));
  }
  return [...out].filter((f) => f.length > 0);
}

/** The text with its number+unit tokens ("45L", "20 cm", "1.5L") removed. */
export function withoutQuantities(text: string): string {
  return text.replace(NUMBER_UNIT, (whole, _num: string, space: string, unit: string) => {
    const u = UNITS[unit.toLowerCase()];
    return !u || (unit.length === 1 && space) || (space === '-' && unit.length < 2) ? whole : ' ';
  });
}

/**
 * The shortest leading words of each title (brand and quantities left out) that no other title
 * starts with, when shorter than the title: how shoppers tell a product line apart ("the vortex
 * go" next to "Vortex Pro 1400 Blender", "the heritage" when only one title starts so).
 */
export function distinguishingPrefixes(titles: readonly string[], brands: readonly string[]): string[] {
  const brandWords = brands.map((b) => normalizeText(b).split(' ').filter(Boolean));
  const names = titles.map((t) => {
    let words = normalizeText(withoutQuantities(t)).split(' ').filter(Boolean);
    for (const b of brandWords) words = stripPrefix(words, b) ?? words;
    return words;
  });
  const out = new Set<string>();
  for (const [i, words] of names.entries()) {
    for (let k = 1; k < words.length - 1; k++) {
      const prefix = words.slice(0, k);
      const shared = names.some((other, j) => j !== i && prefix.every((w, x) => other[x] === w));
      if (shared) continue;
      // A lone function or number word names nothing ("the", "two").
      if (k > 1 || !JOINERS.has(prefix[0] as string)) out.add(prefix.join(' '));
      break;
    }
  }
  return [...out];
}

/** "trekking poles" → also "poles": shoppers often say just the head noun of a product type. */
export function categoryForms(categories: readonly string[]): string[] {
  const out = new Set<string>();
  for (const c of categories) {
    for (const f of spokenForms(c)) {
      out.add(f);
      const words = f.split(' ');
      if (words.length > 1) out.add(words.at(-1) as string);
    }
  }
  return [...out];
}
