/**
 * Product search: free text in English or Spanish plus filters. SQL (identical on SQLite and
 * PostgreSQL) narrows the catalog to candidates whose search text contains a query word, a
 * synonym or a spelling correction, and whose variants satisfy the filters; TypeScript ranks
 * them (field weights × IDF × coverage), so both dialects return the same order.
 *
 * This module runs the steps; each has its own: the query's words (search-query.ts), the filters
 * (search-filters.ts, search-variant-filter.ts), the SQL (search-candidates.ts), the parsed
 * products and their field scores (search-docs.ts), the variant-aware re-ranking (search-rerank.ts).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../store/schema.ts';
import type { Language, ProductCard } from '../contract.ts';
import { buildCard } from './cards.ts';
import { optionTokens } from './option-values.ts';
import { selectCandidates } from './search-candidates.ts';
import { type Candidate, CandidateDocs, excludedBy, fieldScore, saysProperty } from './search-docs.ts';
import { colorForms, resolveBrands, resolveCategories } from './search-filters.ts';
import { docFrequency, getSearchIndex } from './search-index.ts';
import { byNeed } from './search-need.ts';
import { carries, phraseKey, requiredPhrases, tagPhrasesIn } from './search-phrases.ts';
import { analyseQuery, type Correction } from './search-query.ts';
import { byScore, RERANK, rerankWithVariants } from './search-rerank.ts';
import { sortProducts } from './search-sort.ts';
import { SORT_NAMES } from './search-specs.ts';
import { type VariantFilter, variantMatcher } from './search-variant-filter.ts';
import { tokenize } from './text.ts';

export const searchInputSchema = z.object({
  query: z.string().max(500).default(''),
  category: z.string().max(100).optional(),
  brand: z.string().max(100).optional(),
  color: z.string().max(60).optional(),
  size: z.string().max(20).optional(),
  /** Major currency units. */
  minPrice: z.number().nonnegative().optional(),
  maxPrice: z.number().nonnegative().optional(),
  inStock: z.boolean().optional(),
  /** Leave out this brand ("not the Kestrel ones"). */
  excludeBrand: z.string().max(100).optional(),
  /** Leave out products that only come in this colour (family words reach shades: "red" → "Burgundy"). */
  excludeColor: z.string().max(60).optional(),
  /** Leave out products whose title, category or tags say these words ("not the masonry ones", "not corded"). */
  exclude: z.string().max(100).optional(),
  /** Leave out products whose title or description says this property ("nothing made of leather"). */
  excludeText: z.string().max(60).optional(),
  /** Order by price or by a spec parsed from the product's text (see search-specs.ts). */
  sort: z.enum(SORT_NAMES).optional(),
  /** Words of a need ("for wide feet"): products whose text says more of them first (search-need.ts). */
  prefer: z.string().max(200).optional(),
  language: z.enum(['en', 'es']).default('en'),
  limit: z.number().int().min(1).max(50).default(10),
});
export type SearchInput = z.input<typeof searchInputSchema>;

export interface SearchHit extends ProductCard {
  handle: string;
  category: string;
  score: number;
}

export interface SearchResult {
  items: SearchHit[];
  /** Products that matched before the limit. */
  total: number;
  /** Words the catalog does not know, replaced by the closest catalog words ("zapatiyas" → "zapatillas"). */
  corrections: Correction[];
  /** Words dropped because nothing in the catalog resembles them. */
  ignored: string[];
}

export async function searchProducts(db: Kysely<Database>, input: SearchInput): Promise<SearchResult> {
  const q = searchInputSchema.parse(input);
  const index = await getSearchIndex(db);
  let categoryIds = q.category ? resolveCategories(index, q.category) : undefined;
  if (categoryIds?.length === 0) {
    // No category of that name: the words may still name products (a tag, a title, the Type column).
    q.query = `${q.query} ${q.category}`.trim();
    categoryIds = undefined;
  }
  // "1000 pieces", "20 volt", "pack of 3" also as the keys option values are indexed under.
  const unitKeys = optionTokens(q.query).filter((t) => /^\d+(\.\d+)?[a-z%]+$/.test(t) && !/^\d+$/.test(t));
  const {
    terms: qterms,
    corrections,
    ignored,
    sizeHint,
    colorHint,
  } = analyseQuery(
    unitKeys.length > 0 ? `${q.query} ${unitKeys.join(' ')}` : q.query,
    index,
    q.language === 'en',
  );
  const brands = q.brand ? resolveBrands(index, q.brand) : undefined;
  const excludedBrands = q.excludeBrand ? resolveBrands(index, q.excludeBrand) : [];
  const empty: SearchResult = { items: [], total: 0, corrections, ignored };
  if ((categoryIds && categoryIds.length === 0) || (brands && brands.length === 0)) return empty;
  if (
    qterms.length === 0 &&
    q.query.trim() &&
    ignored.length > 0 &&
    !categoryIds &&
    !q.brand &&
    !q.color &&
    !q.size
  ) {
    return empty;
  }

  const variantFilter: VariantFilter = {
    colorIn: q.color ? colorForms(index, q.color) : undefined,
    colorOut: q.excludeColor ? colorForms(index, q.excludeColor) : undefined,
    size: q.size,
    minPrice: q.minPrice,
    maxPrice: q.maxPrice,
    inStock: q.inStock,
  };
  const products = await selectCandidates(db, index, {
    categoryIds,
    brands,
    excludedBrands,
    variants: variantFilter,
    terms: qterms,
  });
  if (products.length === 0) return empty;

  const idf = new Map<string, number>();
  for (const t of qterms) {
    for (const a of t.alts) idf.set(a.word, Math.log(1 + index.products / (1 + docFrequency(index, a.word))));
  }
  const scored: { p: Candidate; score: number }[] = [];
  const excluded = q.exclude ? tokenize(q.exclude).filter((w) => w.length > 1) : [];
  const docs = new CandidateDocs(index);
  // Tags the shopper named are kinds of product: required, as far as some candidate carries them.
  // A property compound ("caffeine free") counts in the prose too: said there, it is affirmed.
  const carried = (p: Candidate, r: string) =>
    carries(docs.of(p).kind, r) || !!index.propertiesOf.get(p.id)?.has(r);
  const required = requiredPhrases(
    tagPhrasesIn(q.query, new Set([...index.tags, ...index.properties])),
    products,
    carried,
    index.tags,
  );
  // Several tags no single product carries together ("rubber sedan"): each is wanted, none required,
  // except those that name a kind of the catalog ("belay" of "Belay Devices" in "something to belay
  // with for a beginner"): a kind still scopes the search when a describing tag cannot join it.
  const kindNames = index.categories.map((c) => ` ${phraseKey(c.name)} `);
  let together = products.some((p) => required.every((r) => carried(p, r)));
  if (!together) {
    const kinds = required.filter((r) => kindNames.some((k) => k.includes(` ${r} `)));
    if (
      kinds.length > 0 &&
      kinds.length < required.length &&
      products.some((p) => kinds.every((r) => carried(p, r)))
    ) {
      required.splice(0, required.length, ...kinds);
      together = true;
    }
  }
  // Only a phrase exclusion reads the prose: descriptions are fetched for the products not yet known.
  // A property left out ("nothing smoky") is read in the description as well.
  const unsaid = q.excludeText ? tokenize(q.excludeText).filter((w) => w.length > 2) : [];
  if (excluded.length >= 2 || unsaid.length > 0) await docs.readProse(db, products);
  // "What have you got with a 40 mm sheave": a measure said is required as far as some product
  // has it (its option values are indexed by it), as a tag is; products without it are other things.
  const hasMeasures = (p: Candidate) => unitKeys.every((k) => fieldScore(docs.of(p), k) > 0);
  const measured = unitKeys.length > 0 && products.some(hasMeasures);
  for (const p of products) {
    const doc = docs.of(p);
    if (excluded.length > 0 && excludedBy(doc, excluded)) continue;
    if (unsaid.length > 0 && unsaid.some((w) => saysProperty(doc, w))) continue;
    if (together && !required.every((r) => carried(p, r))) continue;
    if (measured && !hasMeasures(p)) continue;
    let score = 0;
    let matched = 0;
    for (const t of qterms) {
      let best = 0;
      for (const a of t.alts) {
        const s = fieldScore(doc, a.word) * a.weight;
        if (s > 0) best = Math.max(best, s * idf.get(a.word)!);
      }
      if (best > 0) matched++;
      score += best;
    }
    if (qterms.length > 0) {
      if (matched === 0) continue;
      score *= (matched / qterms.length) ** 2;
    }
    scored.push({ p, score });
  }
  const total = scored.length;
  scored.sort(byScore);
  const variantOk = variantMatcher(variantFilter);
  if (q.prefer) {
    const needed = byNeed(scored, q.prefer, index, (c, w) => fieldScore(docs.of(c.p), w));
    scored.splice(0, scored.length, ...needed);
  }
  if (q.sort) {
    const ordered = await sortProducts(db, scored, q.sort, variantOk);
    scored.splice(0, scored.length, ...ordered);
  }
  const head = scored.slice(0, Math.max(RERANK, q.limit));
  const ranked = await rerankWithVariants(db, head, { colorHint, sizeHint }, Boolean(q.sort));
  const topIds = ranked.slice(0, q.limit).map((r) => r.p.id);
  const full = new Map(
    (topIds.length > 0
      ? await db.selectFrom('products').selectAll().where('id', 'in', topIds).execute()
      : []
    ).map((p) => [p.id, p]),
  );
  const items = ranked.slice(0, q.limit).map(({ p, vs, score }) => ({
    ...buildCard(full.get(p.id)!, vs, q.language as Language, vs.filter(variantOk)),
    handle: p.handle,
    category: p.category,
    score,
  }));
  return { items, total, corrections, ignored };
}
