/**
 * What research compares candidates on, taken only from each product's own data: the price and
 * stock, the option values still in stock, the figures its text states (weight, capacity…), and
 * which of the shopper's words its text actually mentions ("waterproof", "wide"). Candidates that
 * say more of what was asked come first; the fused search rank breaks ties.
 */
import { forms, isStopword, tokenize } from '../catalog/text.ts';
import type { Language } from '../contract.ts';
import {
  lowestPriceCents,
  optionAvailability,
  type ProductDetail,
  productSpecs,
  totalStock,
} from '../products/details.ts';

export interface CandidateFacts {
  product: ProductDetail;
  priceCents: number;
  inStock: boolean;
  /** Option name → values with stock ("Size" → ["9", "9.5"]), sizes and colours included. */
  inStockOptions: { name: string; values: string[] }[];
  /** Figures the product's text states, by spec name: {weight: {value: 1200, text: "1.2 kg"}}. */
  specs: ReturnType<typeof productSpecs>;
  /** The shopper's words the product's text mentions, in the order asked. */
  mentions: string[];
}

/**
 * Words of a research brief that say how to choose, not what the product is: a product's text
 * mentioning "best" or "dollars" tells nothing. The catalog's own stopwords are dropped too.
 */
const BRIEF_FILLER = new Set(
  [
    'without below above these those look best good cheaper cheapest one ones could about around',
    'bajo sobre buscar muestra uno mejor dolares euros dollars bucks',
  ]
    .join(' ')
    .split(' '),
);

/** The words of a research query worth looking for in a product's text (no numbers, no filler). */
export function queryTerms(query: string): string[] {
  const words = tokenize(query).filter(
    (w) => w.length > 2 && !/\d/.test(w) && !isStopword(w) && !BRIEF_FILLER.has(w),
  );
  return [...new Set(words)];
}

/**
 * Every singular/plural form of every word of the product's text, so a query word matches when
 * one of its forms is there: "boots" finds "boot", "shoes" "shoe", "impermeables" "impermeable".
 */
function productForms(p: ProductDetail): Set<string> {
  const values = p.variants.flatMap((v) => [v.size ?? '', v.color ?? '', ...Object.values(v.options)]);
  const text = [p.name, p.brand, p.category, p.tags.join(' '), p.description, values.join(' ')].join(' ');
  return new Set(tokenize(text).flatMap(forms));
}

function inStockOptions(p: ProductDetail): CandidateFacts['inStockOptions'] {
  const out: CandidateFacts['inStockOptions'] = [];
  for (const key of ['size', 'color'] as const) {
    const values = [...new Set(p.variants.filter((v) => v.stock > 0 && v[key]).map((v) => v[key] as string))];
    if (values.length > 0) out.push({ name: key, values });
  }
  for (const o of optionAvailability(p.variants)) {
    const values = o.values.filter((v) => v.inStock).map((v) => v.value);
    if (values.length > 0) out.push({ name: o.name, values });
  }
  return out;
}

/** The candidates' facts, those whose text mentions more of the query first (stable otherwise). */
export function compareCandidates(query: string, products: readonly ProductDetail[]): CandidateFacts[] {
  const terms = queryTerms(query);
  const facts = products.map((product, rank) => {
    const words = productForms(product);
    return {
      rank,
      facts: {
        product,
        priceCents: lowestPriceCents(product),
        inStock: totalStock(product) > 0,
        inStockOptions: inStockOptions(product),
        specs: productSpecs(product),
        mentions: terms.filter((t) => forms(t).some((f) => words.has(f))),
      } satisfies CandidateFacts,
    };
  });
  return facts
    .sort(
      (a, b) =>
        b.facts.mentions.length - a.facts.mentions.length ||
        Number(b.facts.inStock) - Number(a.facts.inStock) ||
        a.rank - b.rank,
    )
    .map((f) => f.facts);
}

/** Spec names said in replies, per language. */
const SPEC_WORDS: Record<Language, Record<string, [most: string, least: string]>> = {
  en: {
    weight: ['heaviest', 'lightest'],
    capacity: ['largest', 'smallest'],
    persons: ['roomiest', 'smallest'],
    temperature: ['', 'warmest'],
    brightness: ['brightest', 'dimmest'],
    power: ['most powerful', 'least powerful'],
  },
  es: {
    weight: ['el más pesado', 'el más ligero'],
    capacity: ['el de más capacidad', 'el de menos capacidad'],
    persons: ['el más amplio', 'el más pequeño'],
    temperature: ['', 'el más cálido'],
    brightness: ['el más luminoso', 'el menos luminoso'],
    power: ['el más potente', 'el menos potente'],
  },
};

/**
 * One line per spec the candidates differ on, from their own figures: "lightest: X (1.2 kg)".
 * Only specs at least two candidates state; a lower comfort temperature is the warmer bag.
 */
export function specContrasts(facts: readonly CandidateFacts[], language: Language): string[] {
  const names = new Set(facts.flatMap((f) => Object.keys(f.specs)));
  const lines: string[] = [];
  for (const name of names) {
    const words = SPEC_WORDS[language][name];
    if (!words) continue;
    const stated = facts.filter((f) => f.specs[name as keyof typeof f.specs]);
    if (stated.length < 2) continue;
    const value = (f: CandidateFacts) => f.specs[name as keyof typeof f.specs]!;
    const sorted = [...stated].sort((a, b) => value(a).value - value(b).value);
    const low = sorted[0]!;
    const high = sorted.at(-1)!;
    if (value(low).value === value(high).value) continue;
    const [most, least] = words;
    if (least) lines.push(`${least}: ${low.product.name} (${value(low).text})`);
    if (most && name !== 'weight') lines.push(`${most}: ${high.product.name} (${value(high).text})`);
  }
  return lines;
}
