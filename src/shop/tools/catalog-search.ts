/** Adapts the catalog's ranked search (src/shop/catalog/search.ts) to the tools' ProductSearch port. */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { searchProducts } from '../catalog/search.ts';
import type { ProductSearch } from '../products/search-port.ts';

export function catalogSearch(db: Kysely<Database>): ProductSearch {
  return async (q, signal) => {
    signal?.throwIfAborted();
    const r = await searchProducts(db, {
      query: q.text ?? '',
      category: q.category,
      brand: q.brand,
      color: q.color,
      size: q.size,
      minPrice: q.minPrice,
      maxPrice: q.maxPrice,
      inStock: q.inStock,
      excludeBrand: q.excludeBrand,
      excludeColor: q.excludeColor,
      exclude: q.exclude,
      excludeText: q.excludeText,
      sort: q.sort,
      prefer: q.prefer,
      language: q.language,
      limit: q.limit ?? 10,
    });
    signal?.throwIfAborted();
    return r.items.map((i) => i.id);
  };
}
