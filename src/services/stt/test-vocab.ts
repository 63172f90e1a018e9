/** Vocabularies for tests: one written by hand, one generated from a seed (different words). */
import type { CatalogVocabulary } from '../../shop/contract.ts';

export const HAND_VOCABULARY: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Trail Runner 2 Running Shoes',
    'Cloud Knit Hoodie',
    'Arctic Parka',
    'Summit Beanie',
    'Pulse Wireless Earbuds',
  ],
  categories: [
    'running shoes',
    'shoes',
    'hoodie',
    'hoodies',
    'parka',
    'beanie',
    'earbuds',
    'jacket',
    'jackets',
  ],
  brands: ['Northpeak', 'Stride', 'Soundwave'],
  colors: ['black', 'navy', 'red', 'olive', 'grey'],
  sizes: ['S', 'M', 'L', 'XL', '10', '10.5'],
  attributes: ['waterproof', 'wireless', 'wool', 'lightweight'],
  minPrice: 19.99,
  maxPrice: 249,
  currency: 'USD',
};

const KITCHEN_NOUNS = [
  'kettle',
  'teapot',
  'skillet',
  'blender',
  'toaster',
  'grinder',
  'ladle',
  'colander',
  'wok',
  'mug',
];
const KITCHEN_ADJ = ['copper', 'ceramic', 'cast iron', 'bamboo', 'enamel', 'steel', 'glass', 'marble'];
const KITCHEN_BRANDS = ['Bramble', 'Oakhearth', 'Kitchenly', 'Pemberton', 'Zestro'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A kitchenware catalog generated from `seed`: no word overlap with the apparel one above. */
export function generatedKitchenVocabulary(seed = 42): CatalogVocabulary {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const names = new Set<string>();
  while (names.size < 8) names.add(`${pick(KITCHEN_BRANDS)} ${pick(KITCHEN_ADJ)} ${pick(KITCHEN_NOUNS)}`);
  return {
    language: 'en',
    productNames: [...names],
    categories: KITCHEN_NOUNS.flatMap((n) => [n, `${n}s`]),
    brands: KITCHEN_BRANDS,
    colors: ['teal', 'mustard', 'cream', 'charcoal'],
    sizes: ['small', 'medium', 'large'],
    attributes: KITCHEN_ADJ,
    minPrice: 5 + Math.floor(r() * 10),
    maxPrice: 150 + Math.floor(r() * 100),
    currency: 'EUR',
  };
}
