/**
 * Numeric specifications read from a product's own text (title, option values, tags, description):
 * weight, capacity, people, temperature rating, brightness and power. They back superlatives
 * ("lightest", "warmest", "biggest") and spec questions ("how heavy is it"), so both are answered
 * from what the catalog says, never guessed. Pure and unit-tested.
 */

export type SpecName = 'weight' | 'capacity' | 'persons' | 'temperature' | 'brightness' | 'power';

export interface SpecValue {
  /** Normalised: grams, litres, people, °C, lumens, watts. */
  value: number;
  /** As the product's text says it ("1.2 kg", "-7 °C"). */
  text: string;
}

/** Figures only superlatives read ("the highest pressure", "keeps hot the longest", "grown higher"). */
export type RankSpecName = 'pressure' | 'duration' | 'altitude';

export type Specs = Partial<Record<SpecName | RankSpecName, SpecValue>>;

const NUM = '(-?\\d+(?:[.,]\\d+)?)';

interface Rule {
  spec: SpecName | RankSpecName;
  re: RegExp;
  toBase(n: number, unit: string): number;
  /** Words that, shortly before a match, mark it as the product's own figure ("weight 1.2 kg"). */
  cue?: RegExp;
  /** Only a cued figure counts ("grown at 1,900 m" is an altitude, "a 2 m cable" is not). */
  cueRequired?: boolean;
}

const RULES: Rule[] = [
  {
    spec: 'weight',
    re: new RegExp(`${NUM}\\s?(kg|kilos?|kilograms?|g|grams?|oz|ounces?|lbs?|pounds?)(?![a-z])`, 'gi'),
    toBase: (n, u) =>
      /^k/i.test(u) ? n * 1000 : /^(oz|ounce)/i.test(u) ? n * 28.35 : /^(lb|pound)/i.test(u) ? n * 453.6 : n,
    cue: /(weigh|weight|peso|pesa)/i,
  },
  {
    spec: 'capacity',
    re: new RegExp(`${NUM}\\s?(l|litres?|liters?|litros?|ml|millilitres?|milliliters?)(?![a-z])`, 'gi'),
    toBase: (n, u) => (/^m/i.test(u) ? n / 1000 : n),
  },
  {
    spec: 'persons',
    re: new RegExp(`${NUM}[\\s-]?(person|people|personas?|p)(?![a-z])`, 'gi'),
    toBase: (n) => n,
  },
  {
    spec: 'temperature',
    re: new RegExp(`${NUM}\\s?°\\s?([cf])(?![a-z])`, 'gi'),
    toBase: (n, u) => (u.toLowerCase() === 'f' ? ((n - 32) * 5) / 9 : n),
  },
  { spec: 'brightness', re: new RegExp(`${NUM}\\s?(lumens?|lm)(?![a-z])`, 'gi'), toBase: (n) => n },
  { spec: 'power', re: new RegExp(`${NUM}\\s?(w|watts?|vatios?)(?![a-z])`, 'gi'), toBase: (n) => n },
  {
    spec: 'pressure',
    re: new RegExp(`${NUM}\\s?(psi|bar)(?![a-z])`, 'gi'),
    toBase: (n, u) => (/^bar/i.test(u) ? n * 14.5 : n),
  },
  {
    spec: 'duration',
    re: new RegExp(`${NUM}[\\s-]?(hours?|hrs?|h|horas?|minutes?|mins?|minutos?)(?![a-z])`, 'gi'),
    toBase: (n, u) => (/^m/i.test(u) ? n / 60 : n),
    cue: /(keeps?|stays?|lasts?|for up to|battery|runtime|run time|burn|hot|cold|warm|dura|mantiene)/i,
  },
  {
    spec: 'altitude',
    re: new RegExp(`${NUM}\\s?(m|masl|meters?|metres?|metros?|ft|feet)(?![a-z])`, 'gi'),
    toBase: (n, u) => (/^f/i.test(u) ? n * 0.3048 : n),
    cue: /(altitude|elevation|grown|above sea|altitud)/i,
    cueRequired: true,
  },
];

/** "1,750" and "2,100" are thousands; "1,5" is a decimal comma. */
function figure(raw: string): number {
  return Number(/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.'));
}

/** Specs found in the texts, earlier texts first (the title beats the description). */
export function parseSpecs(...texts: string[]): Specs {
  const out: Specs = {};
  for (const rule of RULES) {
    let best: { v: SpecValue; cued: boolean } | undefined;
    for (const text of texts) {
      if (!text) continue;
      for (const m of text.matchAll(rule.re)) {
        const n = figure(m[1]!);
        if (!Number.isFinite(n)) continue;
        const before = text.slice(Math.max(0, (m.index ?? 0) - 24), m.index);
        const cued = !!rule.cue?.test(before);
        if (rule.cueRequired && !cued) continue;
        const v = { value: Math.round(rule.toBase(n, m[2]!) * 100) / 100, text: m[0].trim() };
        if (!best || (cued && !best.cued)) best = { v, cued };
      }
      if (best) break;
    }
    if (best) out[rule.spec] = best.v;
  }
  return out;
}

/** Superlatives a shopper can ask for, and the spec and direction each sorts by. */
export const SORTS = {
  cheapest: { by: 'price', desc: false },
  most_expensive: { by: 'price', desc: true },
  lightest: { by: 'weight', desc: false },
  heaviest: { by: 'weight', desc: true },
  biggest: { by: 'capacity', desc: true },
  smallest: { by: 'capacity', desc: false },
  // A lower comfort rating is a warmer product (sleeping bags, jackets).
  warmest: { by: 'temperature', desc: false },
  brightest: { by: 'brightness', desc: true },
  most_powerful: { by: 'power', desc: true },
  highest_pressure: { by: 'pressure', desc: true },
  longest_lasting: { by: 'duration', desc: true },
  highest_altitude: { by: 'altitude', desc: true },
} as const satisfies Record<string, { by: SpecName | RankSpecName | 'price'; desc: boolean }>;

export type SortName = keyof typeof SORTS;
export const SORT_NAMES = Object.keys(SORTS) as [SortName, ...SortName[]];

/** The spec a sort reads; "biggest" falls back from litres to people when litres are not given. */
export function sortValue(sort: SortName, specs: Specs, price: number): number | undefined {
  const s = SORTS[sort];
  if (s.by === 'price') return price;
  if (s.by === 'capacity') return specs.capacity?.value ?? specs.persons?.value;
  return specs[s.by]?.value;
}
