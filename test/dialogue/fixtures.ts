/**
 * Test vocabularies and fake catalogs: an apparel/shoe store and a bookshop, in English and Spanish.
 * The engine never sees these words except through the CatalogVocabulary it is given.
 */
import type { CatalogVocabulary, Language } from '../../src/shop/contract.ts';

export interface FakeProduct {
  id: string;
  name: string;
  brand: string;
  category: string;
  price: number;
  currency: string;
  colors: string[];
  sizes: string[];
  attributes: string[];
  /** Variants out of stock, "size/color" or "size" or "color". */
  outOfStock?: string[];
}

export const APPAREL: FakeProduct[] = [
  {
    id: 'p1',
    name: 'Trail Runner 2 Running Shoes',
    brand: 'Stridex',
    category: 'running shoes',
    price: 89.99,
    currency: 'USD',
    colors: ['Black', 'Red'],
    sizes: ['8', '9', '10', '11'],
    attributes: ['trail', 'waterproof'],
  },
  {
    id: 'p2',
    name: 'Road Glide Running Shoes',
    brand: 'Pacer',
    category: 'running shoes',
    price: 119,
    currency: 'USD',
    colors: ['Blue', 'White'],
    sizes: ['8', '9', '10'],
    attributes: ['road', 'cushioned'],
    outOfStock: ['10'],
  },
  {
    id: 'p3',
    name: 'Cloud Fleece Hoodie',
    brand: 'Northpeak',
    category: 'hoodies',
    price: 49.5,
    currency: 'USD',
    colors: ['Grey', 'Navy', 'Black'],
    sizes: ['S', 'M', 'L', 'XL'],
    attributes: ['cotton', 'fleece'],
  },
  {
    id: 'p4',
    name: 'Summit Rain Jacket',
    brand: 'Northpeak',
    category: 'jackets',
    price: 149,
    currency: 'USD',
    colors: ['Red', 'Yellow'],
    sizes: ['S', 'M', 'L'],
    attributes: ['waterproof'],
  },
  {
    id: 'p5',
    name: 'Everyday Cotton T-Shirt',
    brand: 'Basico',
    category: 't-shirts',
    price: 15,
    currency: 'USD',
    colors: ['White', 'Black', 'Green'],
    sizes: ['S', 'M', 'L', 'XL'],
    attributes: ['cotton'],
  },
  {
    id: 'p6',
    name: 'Canvas Tote Bag',
    brand: 'Basico',
    category: 'bags',
    price: 22,
    currency: 'USD',
    colors: ['Beige'],
    sizes: [],
    attributes: ['cotton'],
  },
  {
    id: 'p7',
    name: 'Merino Wool Socks',
    brand: 'Stridex',
    category: 'socks',
    price: 12,
    currency: 'USD',
    colors: ['Grey', 'Black'],
    sizes: ['M', 'L'],
    attributes: ['wool'],
  },
  {
    id: 'p8',
    name: 'Alpine Hiking Boots',
    brand: 'Northpeak',
    category: 'boots',
    price: 179,
    currency: 'USD',
    colors: ['Brown'],
    sizes: ['9', '10', '11'],
    attributes: ['waterproof', 'leather'],
  },
];

export const BOOKS: FakeProduct[] = [
  {
    id: 'b1',
    name: 'The Silent Harbor',
    brand: 'Penrose Press',
    category: 'novels',
    price: 18.99,
    currency: 'EUR',
    colors: [],
    sizes: ['Paperback', 'Hardcover'],
    attributes: ['mystery', 'bestseller'],
  },
  {
    id: 'b2',
    name: 'Gardens of Tomorrow',
    brand: 'Verde Books',
    category: 'novels',
    price: 24,
    currency: 'EUR',
    colors: [],
    sizes: ['Hardcover'],
    attributes: ['science fiction'],
  },
  {
    id: 'b3',
    name: 'Cooking with Fire',
    brand: 'Penrose Press',
    category: 'cookbooks',
    price: 32.5,
    currency: 'EUR',
    colors: [],
    sizes: [],
    attributes: ['illustrated'],
  },
  {
    id: 'b4',
    name: 'Atlas of Lost Cities',
    brand: 'Orbis',
    category: 'travel guides',
    price: 27,
    currency: 'EUR',
    colors: [],
    sizes: [],
    attributes: ['illustrated', 'maps'],
  },
  {
    id: 'b5',
    name: 'Quantum Cats',
    brand: 'Verde Books',
    category: 'childrens books',
    price: 9.99,
    currency: 'EUR',
    colors: [],
    sizes: [],
    attributes: ['illustrated', 'kids'],
  },
  {
    id: 'b6',
    name: 'The Midnight Ledger',
    brand: 'Orbis',
    category: 'novels',
    price: 14.5,
    currency: 'EUR',
    colors: [],
    sizes: ['Paperback'],
    attributes: ['mystery'],
  },
];

export const ES_CATEGORIES: Record<string, string[]> = {
  'running shoes': ['zapatillas de correr', 'zapatillas'],
  hoodies: ['sudaderas', 'sudadera'],
  jackets: ['chaquetas', 'chaqueta'],
  't-shirts': ['camisetas', 'camiseta'],
  bags: ['bolsos', 'bolso'],
  socks: ['calcetines'],
  boots: ['botas', 'bota'],
  novels: ['novelas', 'novela'],
  cookbooks: ['libros de cocina'],
  'travel guides': ['guias de viaje'],
  'childrens books': ['libros infantiles'],
};
export const ES_COLORS: Record<string, string> = {
  Black: 'Negro',
  Red: 'Rojo',
  Blue: 'Azul',
  White: 'Blanco',
  Grey: 'Gris',
  Navy: 'Azul marino',
  Yellow: 'Amarillo',
  Green: 'Verde',
  Beige: 'Beige',
  Brown: 'Marrón',
};

export function vocabularyOf(products: FakeProduct[], language: Language): CatalogVocabulary {
  const es = language === 'es';
  const categories = [
    ...new Set(products.flatMap((p) => (es ? (ES_CATEGORIES[p.category] ?? [p.category]) : [p.category]))),
  ];
  const colors = [...new Set(products.flatMap((p) => p.colors.map((c) => (es ? (ES_COLORS[c] ?? c) : c))))];
  const prices = products.map((p) => p.price);
  return {
    language,
    productNames: products.map((p) => p.name),
    categories,
    brands: [...new Set(products.map((p) => p.brand))],
    colors,
    sizes: [...new Set(products.flatMap((p) => p.sizes))],
    attributes: [...new Set(products.flatMap((p) => p.attributes))],
    minPrice: Math.min(...prices),
    maxPrice: Math.max(...prices),
    currency: products[0]?.currency ?? 'USD',
  };
}
