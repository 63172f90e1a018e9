/**
 * What the shop tools need from product search (implemented by the catalog's search module).
 * Kept as a port so tools, research and tests do not depend on how search ranks.
 */
import type { SortName } from '../catalog/search-specs.ts';
import type { Language } from '../contract.ts';

export interface ProductQuery {
  text?: string | undefined;
  category?: string | undefined;
  brand?: string | undefined;
  color?: string | undefined;
  size?: string | undefined;
  /** Major units. */
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
  inStock?: boolean | undefined;
  excludeBrand?: string | undefined;
  excludeColor?: string | undefined;
  /** Words the title, type or tags must not say. */
  exclude?: string | undefined;
  /** A property or material the title or description must not say ("leather", "smoky"). */
  excludeText?: string | undefined;
  sort?: SortName | undefined;
  /** Words of the shopper's need: products whose text says them first. */
  prefer?: string | undefined;
  language: Language;
  limit?: number | undefined;
}

/** Ranked product ids, best first. */
export type ProductSearch = (query: ProductQuery, signal?: AbortSignal) => Promise<string[]>;
