/**
 * How shoppers say the catalog's own strings, for any vertical: product titles and their short
 * forms (brand + model, model alone, model + type), quantities with units ("45L" → "forty five
 * liter"), option values as the catalog spells them plus their spoken readings ("S/M", "9.5",
 * "110 cm"). Nothing here knows a particular store.
 */
import { normalizeText, numberToWords } from './text-norm.ts';

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
  degree: ['degree', 'degrees'],
  degrees: ['degree', 'degrees'],
  '°': ['degree', 'degrees'],
  '°f': ['degree', 'degrees'],
  '°c': ['degree', 'degrees'],
  '"': ['inch', 'inches'],
  "'": ['foot', 'feet'],
};

const NUMBER_UNIT = /(\d+(?:\.\d+)?)(\s?)(°[cf]?|"|'|[a-z]+)(?![a-z0-9])/gi;

function spokenNumber(n: string): string {
  const m = /^(\d+)\.5$/.exec(n);
  if (m) return `${numberToWords(Number(m[1]))} and a half`;
  return normalizeText(n);
}

/**
 * Spoken readings of a catalog string with number+unit tokens: singular ("forty five liter
 * backpack", the adjective form), plural ("forty five liters") and the bare number ("the traverse
 * forty five"). Strings without units come back normalised, alone.
 */
export function spokenForms(text: string): string[] {
  const units: { singular: string; plural: string; bare: string }[] = [];
  const withMarkers = text.replace(NUMBER_UNIT, (whole, num: string, space: string, unit: string) => {
    const u = UNITS[unit.toLowerCase()];
    // One-letter units only when glued to the number ("45L", "500g"): "size 10 M" is a size.
    if (!u || (unit.length === 1 && space)) return whole;
    const n = spokenNumber(num);
    units.push({ singular: `${n} ${u[0]}`, plural: `${n} ${u[Number(num) === 1 ? 0 : 1]}`, bare: n });
    return ` \uE000${units.length - 1}\uE000 `;
  });
  if (units.length === 0) return [normalizeText(text)].filter(Boolean);
  const render = (k: 'singular' | 'plural' | 'bare') =>
    normalizeText(withMarkers.replace(/\uE000(\d+)\uE000/g, (_, i: string) => units[Number(i)]?.[k] ?? ''));
  return [...new Set([render('singular'), render('plural'), render('bare')])].filter(Boolean);
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
export function sizeForms(size: string): string[] {
  const s = size.trim();
  const upper = s.toUpperCase();
  const named = LETTER_SIZES[upper];
  if (named) return named;
  const half = /^(\d+)\.5$/.exec(s);
  if (half) {
    const n = numberToWords(Number(half[1]));
    return [`${n} and a half`, `${n} point five`];
  }
  const range = s.split(/\s*[/-]\s*/);
  if (range.length === 2 && range.every((r) => LETTER_SIZES[r.toUpperCase()])) {
    const [a, b] = range.map((r) => LETTER_SIZES[r.toUpperCase()]?.[0] ?? '');
    return [`${a} ${b}`, `${a} to ${b}`, `${a} slash ${b}`];
  }
  return spokenForms(s);
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
  }
  return [...out].filter((f) => f.length > 0);
}

/** The text with its number+unit tokens ("45L", "20 cm", "1.5L") removed. */
export function withoutQuantities(text: string): string {
  return text.replace(NUMBER_UNIT, (whole, _num: string, space: string, unit: string) => {
    const u = UNITS[unit.toLowerCase()];
    return !u || (unit.length === 1 && space) ? whole : ' ';
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
