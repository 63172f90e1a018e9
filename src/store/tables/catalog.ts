/** The catalog: categories, products, their variants and images. Conventions: ../schema.ts. */
import type { Defaulted } from './columns.ts';

export type ProductStatus = 'active' | 'draft' | 'archived';
export type VariantStatus = 'active' | 'archived';

export interface CategoriesTable {
  /** Stable key ("running-shoes"). */
  id: string;
  name: string;
  name_es: string | null;
  /** 'vocabulary' when name_es was made by the built-in retail vocabulary; null: the owner's (or none). */
  name_es_origin: string | null;
  /** JSON array of extra words that mean this category (both languages). */
  synonyms: Defaulted<string>;
}

export interface ProductsTable {
  id: string;
  handle: string;
  title: string;
  title_es: string | null;
  description: Defaulted<string>;
  description_es: string | null;
  brand: Defaulted<string>;
  /** Category key (categories.id) when known, else a normalised product type. */
  category: Defaulted<string>;
  product_type: Defaulted<string>;
  /** JSON array of tags. */
  tags: Defaulted<string>;
  status: Defaulted<ProductStatus>;
  /** Relative URL of the main image ("/images/trail-runner-2.svg"). */
  image: string | null;
  /** Relative or absolute product page URL. */
  url: string | null;
  currency: Defaulted<string>;
  /** Lower-cased, accent-free words from titles, descriptions, brand, category, tags in every language. */
  search_text: Defaulted<string>;
  created_at: string;
  updated_at: string;
}

export interface VariantsTable {
  id: string;
  product_id: string;
  sku: string;
  size: string | null;
  color: string | null;
  price_cents: number;
  compare_at_cents: number | null;
  stock: Defaulted<number>;
  position: Defaulted<number>;
  /** 'archived' when a replacing import no longer lists it: kept for carts and history, never offered. */
  status: Defaulted<VariantStatus>;
  /** JSON object option name → value, in the catalog's order; size and colour included. */
  options: Defaulted<string>;
  /** Shipping weight in grams (Shopify's Variant Grams), when the catalog gives one. */
  weight_grams: number | null;
  /** The unit the shop states weights in (g, kg, lb, oz). */
  weight_unit: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProductImagesTable {
  id: string;
  product_id: string;
  url: string;
  alt: string | null;
  position: Defaulted<number>;
}
