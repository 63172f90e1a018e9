/**
 * A product's figures as one view, from any catalog's text: every number with a unit in its title,
 * option values, tags and description ("2200 mAh", "pairs from up to 150 ft away", "12 hours on a charge"),
 * each filed under the dimension its unit measures (brightness, power, distance, duration, weight,
 * length, …), with the sentence it was read from. A shopper's quality word ("the most light",
 * "which one carries the farthest", "how many watts does it use") is mapped to a dimension, so superlatives
 * and figure questions are answered over any numeric attribute without a word list per catalog.
 * Figures said only to compare ("as warm as an old 2000 watt coil heater", "75W equivalent")
 * count last. Pure.
 */
import type { ProductInfo } from '../results.ts';

export type Dimension =
  | 'brightness'
  | 'power'
  | 'distance'
  | 'duration'
  | 'weight'
  | 'length'
  | 'capacity'
  | 'speed'
  | 'colorTemperature'
  | 'charge';

export interface Figure {
  dimension: Dimension;
  /** In the dimension's base unit (lumens, watts, metres, hours, grams, litres, km/h, kelvin, mAh). */
  value: number;
  /** As the text says it ("1,500 watts", "150 ft"). */
  text: string;
  /** The sentence it was read from. */
  quote: string;
  /** Said only to compare with something else ("an old 2000 watt heater", "75W equivalent"). */
  compared: boolean;
  /** The words right before the figure ("using only", "water resistant to"). */
  before: string;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;

/** Unit → dimension and factor to the base unit; longer spellings first. */
const UNITS: [string, Dimension, number][] = [
  ['lumens|lumen|lm', 'brightness', 1],
  ['miles per hour|miles an hour|mph', 'speed', 1.609],
  ['km/h|kph', 'speed', 1],
  ['mah', 'charge', 1],
  ['kilowatts|kw', 'power', 1000],
  ['watts|watt|w', 'power', 1],
  ['yards|yard|yds|yd', 'distance', 0.9144],
  ['miles|mile|mi', 'distance', 1609],
  ['kilometers|kilometres|km', 'distance', 1000],
  ['hours|hour|hrs|hr|h|horas', 'duration', 1],
  ['minutes|minute|mins|min|minutos', 'duration', 1 / 60],
  ['kilograms|kilos|kilo|kg', 'weight', 1000],
  ['grams|gram|g|gramos', 'weight', 1],
  ['ounces|ounce|oz', 'weight', 28.35],
  ['pounds|pound|lbs|lb', 'weight', 453.6],
  ['millimeters|millimetres|mm', 'length', 0.001],
  ['centimeters|centimetres|cm', 'length', 0.01],
  ['meters|metres|meter|metre|m', 'length', 1],
  ['inches|inch|in|"', 'length', 0.0254],
  ['feet|foot|ft', 'length', 0.3048],
  ['liters|litres|liter|litre|l', 'capacity', 1],
  ['milliliters|millilitres|ml', 'capacity', 0.001],
  ['k', 'colorTemperature', 1],
];

const FIGURE = new RegExp(`${NUM}[\\s-]?(${UNITS.map(([u]) => u).join('|')})(?![a-z0-9])`, 'gi');

/** Around a figure, words that make it a comparison, not the product's own figure. */
const COMPARED_BEFORE =
  /\b(as (bright|much|strong) as|equivalent to|replaces?|replacing|like an?|old|instead of)\W+(\w+\W+){0,2}$/i;
const COMPARED_AFTER = /^\W*(equivalent|equiv|incandescent|halogen|replacement|bulb equivalent)\b/i;

function unitOf(raw: string): [Dimension, number] | undefined {
  const u = raw.toLowerCase();
  for (const [spellings, dim, factor] of UNITS) if (spellings.split('|').includes(u)) return [dim, factor];
  return undefined;
}

function number(raw: string): number {
  return Number(/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.'));
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[A-Z0-9"])|\n+|\s*[•·]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The product's texts, the title first. Option values are left out: they tell variants apart
 * ("6.5 ft", "32.8 ft"), not the product from another.
 */
function textsOf(p: ProductInfo): string[] {
  return [
    p.name,
    (p.tags ?? []).join(', '),
    ...Object.entries(p.specs ?? {}).map(([k, v]) => `${k} ${v}`),
    p.description ?? p.summary ?? '',
  ].filter(Boolean);
}

/** Every figure with a unit the product's text gives. */
export function figuresOf(p: ProductInfo): Figure[] {
  const out: Figure[] = [];
  for (const text of textsOf(p))
    for (const quote of sentences(text))
      for (const m of quote.matchAll(FIGURE)) {
        const unit = unitOf(m[2]!);
        const n = number(m[1]!);
        if (!unit || !Number.isFinite(n)) continue;
        const at = m.index ?? 0;
        const before = quote.slice(Math.max(0, at - 40), at);
        const after = quote.slice(at + m[0].length, at + m[0].length + 24);
        out.push({
          dimension: unit[0],
          value: Math.round(n * unit[1] * 1000) / 1000,
          text: m[0].trim(),
          quote,
          compared: COMPARED_BEFORE.test(before) || COMPARED_AFTER.test(after),
          before: before.toLowerCase(),
        });
      }
  return out;
}

/** A shopper's word for a quality (EN or ES) → the dimension that measures it. */
const QUALITY: [RegExp, Dimension][] = [
  [
    /^(lightest|lighter|heaviest|heavier|heavy|weigh|weighs|weight|weights|pesa|pesan|peso|liger[oa]s?|pesad[oa]s?)$/,
    'weight',
  ],
  [
    /^(light|lights|lighting|bright|brighter|brightest|brightness|lumen|lumens|illuminate|illuminates|illumination|luminous|luz|luces|brillo|brillante|ilumina|iluminan|alumbra|alumbran|lumenes)$/,
    'brightness',
  ],
  [
    /^(watt|watts|wattage|power|powerful|draw|draws|consume|consumes|consumption|energy|vatios|potencia|potente|consumo)$/,
    'power',
  ],
  [
    /^(far|farther|farthest|further|furthest|range|ranges|reach|reaches|distance|distances|lejos|alcance|alcanza|distancia)$/,
    'distance',
  ],
  [
    /^(hours|hour|runtime|run|runs|last|lasts|lasting|battery|charge|horas|dura|duran|autonomia|aguanta)$/,
    'duration',
  ],
  [
    /^(tall|taller|tallest|height|high|long|longer|longest|length|wide|wider|widest|width|deep|deeper|deepest|depth|alto|altura|largo|ancho|mide|profundo)$/,
    'length',
  ],
  [/^(capacity|hold|holds|volume|litres|liters|capacidad|litros)$/, 'capacity'],
  [/^(fast|faster|fastest|speed|quick|rapido|velocidad)$/, 'speed'],
];

/** The dimension a shopper's word asks about, if it names one. */
export function dimensionOf(word: string): Dimension | undefined {
  const w = word.toLowerCase();
  return QUALITY.find(([re]) => re.test(w))?.[1];
}

/** Length said for a reach ("pairs from up to 150 ft away", "5 m range") counts as distance. */
function fits(f: Figure, dim: Dimension): boolean {
  if (f.dimension === dim) return true;
  return (
    dim === 'distance' &&
    f.dimension === 'length' &&
    /\b(range|ranges|reach|reaches|up to|distance)\b/.test(f.before)
  );
}

/**
 * The product's figure for a dimension: its own, not a comparison; among several, the one whose
 * words before it share the most with the question ("using 1500 watts" for "how many watts
 * does it use"), else the first (the title's figure first).
 */
export function figureFor(p: ProductInfo, dim: Dimension, question: string[] = []): Figure | undefined {
  const all = figuresOf(p).filter((f) => fits(f, dim));
  const own = all.filter((f) => !f.compared);
  const pool = own.length ? own : [];
  if (pool.length === 0) return undefined;
  const said = new Set(question.map((w) => w.replace(/(ing|s)$/, '')));
  const score = (f: Figure) =>
    f.before.split(/[^a-z]+/).filter((w) => w.length > 2 && said.has(w.replace(/(ing|s)$/, ''))).length;
  return pool.reduce((best, f) => (score(f) > score(best) ? f : best), pool[0]!);
}

/** Whether a superlative word asks for the least ("lightest", "shortest"): else the most. */
export function asksLeast(text: string): boolean {
  return /\b(lightest|lighter|shortest|shorter|least|fewest|fewer|lowest|lower|smallest|smaller|slowest|menos|menor|ligera?s?)\b/.test(
    text,
  );
}

export interface Ranked {
  best: ProductInfo;
  figure: Figure;
  others: { p: ProductInfo; figure: Figure }[];
}

/** The products ranked by a dimension; undefined when fewer than two give a figure for it. */
export function rankByDimension(
  products: ProductInfo[],
  dim: Dimension,
  least: boolean,
  question: string[] = [],
): Ranked | undefined {
  const ranked = products
    .map((p) => ({ p, figure: figureFor(p, dim, question) }))
    .filter((x): x is { p: ProductInfo; figure: Figure } => !!x.figure);
  // One product giving the figure among several read whole is still the answer ("the only one").
  if (ranked.length === 0 || (ranked.length === 1 && products.length < 2)) return undefined;
  ranked.sort((a, b) => (least ? a.figure.value - b.figure.value : b.figure.value - a.figure.value));
  const [first, ...rest] = ranked;
  return { best: first!.p, figure: first!.figure, others: rest };
}
