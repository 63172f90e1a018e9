/**
 * The SQL half of a search (identical on SQLite and PostgreSQL): active products in the named
 * categories and brands, with a variant satisfying the variant filters, whose search text holds
 * a form of some query word as a whole word. Ranking happens afterwards, in TypeScript.
 */

import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { sizeSpellings } from '../products/variant-match.ts';
import type { Candidate } from './search-docs.ts';
import type { SearchIndex } from './search-index.ts';
import type { QueryTerm } from './search-query.ts';
import { filtersVariants, type VariantFilter } from './search-variant-filter.ts';
import { inflections } from './text.ts';

const CANDIDATE_CAP = 5000;

export interface CandidateQuery {
  categoryIds: string[] | undefined;
  brands: string[] | undefined;
  excludedBrands: string[];
  variants: VariantFilter;
  /** The analysed query words (none: no text condition). */
  terms: QueryTerm[];
}

/** Candidates in id order, at most CANDIDATE_CAP; none when no query word has a form the catalog uses. */
export async function selectCandidates(
  db: Kysely<Database>,
  index: SearchIndex,
  query: CandidateQuery,
): Promise<Candidate[]> {
  const { categoryIds, brands, excludedBrands, terms } = query;
  const { colorIn, colorOut, size, minPrice, maxPrice, inStock } = query.variants;
  let sql = db
    .selectFrom('products as p')
    .select(['p.id', 'p.handle', 'p.title', 'p.title_es', 'p.brand', 'p.category', 'p.tags', 'p.search_text'])
    .where('p.status', '=', 'active');
  if (categoryIds) sql = sql.where('p.category', 'in', categoryIds);
  if (brands) sql = sql.where('p.brand', 'in', brands);
  if (excludedBrands.length > 0) sql = sql.where('p.brand', 'not in', excludedBrands);
  if (filtersVariants(query.variants)) {
    sql = sql.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('variants as v')
          .select('v.id')
          .whereRef('v.product_id', '=', 'p.id')
          .where('v.status', '=', 'active')
          .$if(Boolean(colorIn), (s) => s.where((eb) => eb.fn('lower', ['v.color']), 'in', colorIn!))
          .$if(Boolean(colorOut), (s) =>
            s.where((eb) =>
              eb.or([eb('v.color', 'is', null), eb(eb.fn('lower', ['v.color']), 'not in', colorOut!)]),
            ),
          )
          .$if(Boolean(size), (s) =>
            s.where((eb) => {
              // A joined size ("King/California King", "S/M") is found by any of its parts.
              // "Small" finds a product stored in "S", and "S" one stored in "Small".
              const stored = eb.fn<string>('upper', ['v.size']);
              return eb.or(
                sizeSpellings(size!).flatMap((want) => [
                  eb(stored, '=', want),
                  eb(stored, 'like', `${want}/%`),
                  eb(stored, 'like', `%/${want}`),
                  eb(stored, 'like', `%/${want}/%`),
                ]),
              );
            }),
          )
          .$if(minPrice !== undefined, (s) => s.where('v.price_cents', '>=', Math.round(minPrice! * 100)))
          .$if(maxPrice !== undefined, (s) => s.where('v.price_cents', '<=', Math.round(maxPrice! * 100)))
          .$if(Boolean(inStock), (s) => s.where('v.stock', '>', 0)),
      ),
    );
  }
  if (terms.length > 0) {
    // Whole-word matches only: search_text is space-padded words, so "% shoe %" never hits "shoelace".
    const patterns = [
      ...new Set(
        terms.flatMap((t) => t.alts.flatMap((a) => inflections(a.word).filter((f) => index.df.has(f)))),
      ),
    ];
    if (patterns.length === 0) return [];
    sql = sql.where((eb) => eb.or(patterns.map((pat) => eb('p.search_text', 'like', `% ${pat} %`))));
  }
  return sql.orderBy('p.id').limit(CANDIDATE_CAP).execute();
}
