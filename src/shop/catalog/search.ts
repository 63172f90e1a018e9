/**
 * Product search: free text in English or Spanish plus filters. SQL (identical on SQLite and
 * PostgreSQL) narrows the catalog to candidates whose search text contains a query word, a
 * synonym or a spelling correction, and whose variants satisfy the filters; TypeScript ranks
 * them (field weights × IDF × coverage), so both dialects return the same order.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, Product, Variant } from '../../store/schema.ts';
import type { Language, ProductCard } from '../contract.ts';
import { buildCard } from './cards.ts';
import { canonicalColor, colorMatchForms, isKnownTerm, synonymsOf } from './lexicon.ts';
import { optionTokens } from './option-values.ts';
import { colorSatisfies } from './search-colors.ts';
import {
  closestWords,
  docFrequency,
  getSearchIndex,
  inCatalog,
  prefixWords,
  type SearchIndex,
} from './search-index.ts';
import { byNeed } from './search-need.ts';
import { carries, kindKeys, phraseKey, requiredPhrases, tagPhrasesIn } from './search-phrases.ts';
import { sortProducts } from './search-sort.ts';
import { SORT_NAMES } from './search-specs.ts';
import { lookUp, type Relation } from './semantic/relations.ts';
import { editDistance, fold, forms, inflections, terms, tokenize } from './text.ts';

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
  corrections: { from: string; to: string[] }[];
  /** Words dropped because nothing in the catalog resembles them. */
  ignored: string[];
}

const CANDIDATE_CAP = 5000;
const SIZE_WORDS = new Set(['size', 'talla', 'numero', 'n']);

interface Term {
  word: string;
  /** Alternatives with their weight: the word 1, synonyms 0.85, corrections 0.7. */
  alts: { word: string; weight: number }[];
}

function analyse(query: string, index: SearchIndex, semantic: boolean) {
  const raw = tokenize(query);
  const corrections: SearchResult['corrections'] = [];
  const ignored: string[] = [];
  const terms_: Term[] = [];
  let sizeHint: string | undefined;
  let colorHint: string | undefined;
  const words = terms(query);
  for (let i = 0; i < raw.length; i++) {
    if (SIZE_WORDS.has(raw[i]!) && raw[i + 1]) sizeHint = raw[i + 1]!.toUpperCase();
  }
  for (const word of words) {
    if (word.length < 2 || SIZE_WORDS.has(word) || /^\d+$/.test(word) || word.toUpperCase() === sizeHint)
      continue;
    colorHint ??= canonicalColor(word);
    const alts = new Map<string, number>();
    // Only words the catalog contains can match; the rest would cost SQL and ranking time for nothing.
    for (const [w, weight] of [[word, 1] as const, ...synonymsOf(word).map((x) => [x, 0.85] as const)]) {
      if (!alts.has(w) && inCatalog(index, w)) alts.set(w, weight);
    }
    // A word the catalog does not use may mean one it does ("couch" → sofa): before any spelling
    // correction, which would take it for a mishearing of a look-alike ("couch" → pouch).
    if (alts.size === 0 && semantic) for (const [w, weight] of meaningsOf(index, word)) alts.set(w, weight);
    // "Skincare", "haircare", "toolbox": a compound the catalog writes as two words ("Skin Care").
    if (alts.size === 0 && word.length >= 7) {
      const parts = compoundParts(index, word);
      if (parts) {
        for (const p of parts) terms_.push({ word: p, alts: [{ word: p, weight: 0.9 }] });
        continue;
      }
    }
    if (alts.size === 0 && !isKnownTerm(word)) {
      const prefixed = word.length >= 4 ? prefixWords(index, word) : [];
      const close = prefixed.length > 0 ? [] : closestWords(index, word);
      if (prefixed.length === 0 && close.length === 0) {
        ignored.push(word);
        continue;
      }
      if (close.length > 0) corrections.push({ from: word, to: close });
      for (const c of [...prefixed, ...close]) {
        for (const x of synonymsOf(c))
          if (!alts.has(x) && inCatalog(index, x)) alts.set(x, prefixed.length > 0 ? 0.6 : 0.7);
      }
    }
    terms_.push({ word, alts: [...alts].map(([w, weight]) => ({ word: w, weight })) });
  }
  return { terms: terms_, corrections, ignored, sizeHint, colorHint };
}

/** Search weight of a catalog word reached through WordNet, by relation (never an opposite). */
const MEANING_WEIGHT: Partial<Record<Relation, number>> = {
  syn: 0.8,
  deriv: 0.75,
  similar: 0.7,
  hyper: 0.65,
  hypo: 0.6,
};

/** Catalog words the shopper's word means (semantic/), with their search weights. */
function meaningsOf(index: SearchIndex, word: string): [string, number][] {
  const out: [string, number][] = [];
  for (const r of lookUp(index.relations, word)) {
    const weight = MEANING_WEIGHT[r.rel];
    if (weight !== undefined && inCatalog(index, r.word) && !out.some(([w]) => w === r.word))
      out.push([r.word, weight]);
  }
  return out;
}

/** Two catalog words that make up `word` ("skincare" → skin, care), each at least three letters. */
function compoundParts(index: SearchIndex, word: string): [string, string] | undefined {
  for (let i = 3; i <= word.length - 3; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (inCatalog(index, a) && inCatalog(index, b)) return [a, b];
  }
  return undefined;
}

/** Category ids a filter value names (id, either-language name, or synonym, singular or plural). */
function resolveCategories(index: SearchIndex, value: string): string[] {
  const want = tokenize(value).filter((t) => t.length > 1);
  if (want.length === 0) return [];
  const key = fold(value).trim().replace(/\s+/g, '-');
  const match = (viaSynonyms: boolean) =>
    index.categories
      .filter((c) => {
        if (c.id === key) return true;
        const names = [c.name, c.name_es ?? '', ...(JSON.parse(c.synonyms) as string[])];
        const vocab = new Set(names.flatMap((n) => tokenize(n)).flatMap(forms));
        return want.every(
          (w) =>
            forms(w).some((f) => vocab.has(f)) ||
            (viaSynonyms &&
              (synonymsOf(w).some((s) => vocab.has(s)) ||
                meaningsOf(index, w).some(([s]) => forms(s).some((f) => vocab.has(f))))),
        );
      })
      .map((c) => c.id);
  // A category named by its own words wins; synonyms ("backpack" ~ "bag") only when nothing is named.
  const exact = match(false);
  if (exact.length === 0) return match(true);
  // "Drill" names Drills, not Drill Bits; "shoes" names Running Shoes too: a category whose head
  // noun (its last word) was not said is another kind of thing.
  const wanted = new Set(want.flatMap(forms));
  const headed = exact.filter((id) => {
    const c = index.categories.find((x) => x.id === id)!;
    return [c.name, c.name_es ?? ''].some((n) => forms(tokenize(n).at(-1) ?? '').some((f) => wanted.has(f)));
  });
  const kinds = headed.length > 0 ? headed : exact;
  // "Coffee" names Coffee, not Cold Brew Coffee: a category with a qualifier nobody said is a
  // narrower kind, left out when a category is named by exactly the words said.
  const named = kinds.filter((id) => {
    const c = index.categories.find((x) => x.id === id)!;
    return [c.name, c.name_es ?? ''].some((n) => {
      const words = tokenize(n).filter((w) => w.length > 1);
      return words.length > 0 && words.every((w) => forms(w).some((f) => wanted.has(f)));
    });
  });
  return named.length > 0 ? named : kinds;
}

/** Stored colours that satisfy a colour the shopper said, folded for the SQL comparison. */
function colorForms(index: SearchIndex, color: string): string[] {
  return [
    ...new Set([
      ...colorMatchForms(color),
      ...index.colors.filter((c) => colorSatisfies(c, color)).map((c) => fold(c)),
    ]),
  ];
}

function resolveBrands(index: SearchIndex, value: string): string[] {
  const want = fold(value).trim();
  const exact = index.brands.filter((b) => fold(b) === want);
  if (exact.length > 0) return exact;
  return index.brands.filter(
    (b) => editDistance(fold(b), want, 2) <= Math.min(2, Math.floor(want.length / 4)),
  );
}

type Candidate = Pick<
  Product,
  'id' | 'handle' | 'title' | 'title_es' | 'brand' | 'category' | 'tags' | 'search_text'
>;

interface Doc {
  title: Set<string>;
  brand: Set<string>;
  category: Set<string>;
  tags: Set<string>;
  /** Space-padded folded words of the whole product. */
  text: string;
  /**
   * Space-padded folded words of the description, in their order (phrases said in the prose);
   * read only when a search excludes a phrase, then kept with the rest.
   */
  prose?: string;
  /** Title, type and tags as padded phrase keys (search-phrases.ts). */
  kind: string[];
}

const expand = (text: string) => new Set(tokenize(text).flatMap(forms));

/**
 * Every excluded word is in the product's title, category or tags; or, for two words or more,
 * the product's text says them together ("nothing that needs an air pump" leaves out the filter
 * whose description says "needs an air pump"). One word alone never reaches the prose: "not the
 * bass ones" must not drop an amp whose description mentions a bass.
 */
function excludedBy(doc: Doc, words: string[]): boolean {
  if (words.every((w) => forms(w).some((f) => doc.title.has(f) || doc.category.has(f) || doc.tags.has(f))))
    return true;
  return words.length >= 2 && (doc.prose ?? '').includes(` ${words.join(' ')} `);
}

function fieldScore(doc: Doc, word: string): number {
  const wf = forms(word);
  const has = (set: Set<string>) => wf.some((f) => set.has(f));
  if (has(doc.title)) return 3;
  if (has(doc.brand) || has(doc.category)) return 2.5;
  if (has(doc.tags)) return 1.5;
  if (inflections(word).some((f) => doc.text.includes(` ${f} `))) return 1;
  return 0;
}

/** Parsed products per catalog version: tokenising is the costliest part of ranking. */
const docCache = new WeakMap<SearchIndex, Map<string, Doc>>();

/** Products re-ranked with their variants (spoken colour/size, availability) after text ranking. */
const RERANK = 100;

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
  } = analyse(unitKeys.length > 0 ? `${q.query} ${unitKeys.join(' ')}` : q.query, index, q.language === 'en');
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

  const colorIn = q.color ? colorForms(index, q.color) : undefined;
  const colorOut = q.excludeColor ? colorForms(index, q.excludeColor) : undefined;
  const variantFilter = Boolean(
    colorIn || colorOut || q.size || q.minPrice !== undefined || q.maxPrice !== undefined || q.inStock,
  );
  let sql = db
    .selectFrom('products as p')
    .select(['p.id', 'p.handle', 'p.title', 'p.title_es', 'p.brand', 'p.category', 'p.tags', 'p.search_text'])
    .where('p.status', '=', 'active');
  if (categoryIds) sql = sql.where('p.category', 'in', categoryIds);
  if (brands) sql = sql.where('p.brand', 'in', brands);
  if (excludedBrands.length > 0) sql = sql.where('p.brand', 'not in', excludedBrands);
  if (variantFilter) {
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
          .$if(Boolean(q.size), (s) =>
            s.where((eb) => {
              // A joined size ("King/California King", "S/M") is found by any of its parts.
              const size = eb.fn<string>('upper', ['v.size']);
              const want = q.size!.toUpperCase();
              return eb.or([
                eb(size, '=', want),
                eb(size, 'like', `${want}/%`),
                eb(size, 'like', `%/${want}`),
                eb(size, 'like', `%/${want}/%`),
              ]);
            }),
          )
          .$if(q.minPrice !== undefined, (s) => s.where('v.price_cents', '>=', Math.round(q.minPrice! * 100)))
          .$if(q.maxPrice !== undefined, (s) => s.where('v.price_cents', '<=', Math.round(q.maxPrice! * 100)))
          .$if(Boolean(q.inStock), (s) => s.where('v.stock', '>', 0)),
      ),
    );
  }
  if (qterms.length > 0) {
    // Whole-word matches only: search_text is space-padded words, so "% shoe %" never hits "shoelace".
    const patterns = [
      ...new Set(
        qterms.flatMap((t) => t.alts.flatMap((a) => inflections(a.word).filter((f) => index.df.has(f)))),
      ),
    ];
    if (patterns.length === 0) return empty;
    sql = sql.where((eb) => eb.or(patterns.map((pat) => eb('p.search_text', 'like', `% ${pat} %`))));
  }
  const products: Candidate[] = await sql.orderBy('p.id').limit(CANDIDATE_CAP).execute();
  if (products.length === 0) return empty;

  const categoryWords = new Map(
    index.categories.map((c) => [
      c.id,
      expand([c.id, c.name, c.name_es ?? '', ...(JSON.parse(c.synonyms) as string[])].join(' ')),
    ]),
  );
  const idf = new Map<string, number>();
  for (const t of qterms) {
    for (const a of t.alts) idf.set(a.word, Math.log(1 + index.products / (1 + docFrequency(index, a.word))));
  }
  const scored: { p: Candidate; score: number }[] = [];
  const excluded = q.exclude ? tokenize(q.exclude).filter((w) => w.length > 1) : [];
  let docs = docCache.get(index);
  if (!docs) {
    docs = new Map();
    docCache.set(index, docs);
  }
  const docOf = (p: Candidate): Doc => {
    let doc = docs!.get(p.id);
    if (!doc || doc.text !== p.search_text) {
      doc = {
        title: expand(`${p.title} ${p.title_es ?? ''}`),
        brand: expand(p.brand),
        category: categoryWords.get(p.category) ?? expand(p.category),
        tags: expand((JSON.parse(p.tags) as string[]).join(' ')),
        text: p.search_text,
        kind: kindKeys({
          title: p.title,
          category: index.categories.find((c) => c.id === p.category)?.name ?? p.category,
          tags: JSON.parse(p.tags) as string[],
        }),
      };
      docs!.set(p.id, doc);
    }
    return doc;
  };
  // Tags the shopper named are kinds of product: required, as far as some candidate carries them.
  // A property compound ("caffeine free") counts in the prose too: said there, it is affirmed.
  const carried = (p: Candidate, r: string) =>
    carries(docOf(p).kind, r) || !!index.propertiesOf.get(p.id)?.has(r);
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
  if (excluded.length >= 2) {
    const unread = products.filter((p) => docOf(p).prose === undefined).map((p) => p.id);
    if (unread.length > 0) {
      const rows = await db
        .selectFrom('products')
        .select(['id', 'description'])
        .where('id', 'in', unread)
        .execute();
      for (const r of rows) {
        const doc = docs.get(r.id);
        if (doc) doc.prose = ` ${tokenize(r.description ?? '').join(' ')} `;
      }
    }
  }
  for (const p of products) {
    const doc = docOf(p);
    if (excluded.length > 0 && excludedBy(doc, excluded)) continue;
    if (together && !required.every((r) => carried(p, r))) continue;
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
  scored.sort(
    (a, b) => b.score - a.score || a.p.title.localeCompare(b.p.title) || a.p.id.localeCompare(b.p.id),
  );
  const variantOk = (v: Variant) =>
    (!colorIn || colorIn.includes(fold(v.color ?? ''))) &&
    !colorOut?.includes(fold(v.color ?? '')) &&
    (!q.size ||
      (v.size ?? '').toUpperCase() === q.size.toUpperCase() ||
      (v.size ?? '').toUpperCase().split('/').includes(q.size.toUpperCase())) &&
    (q.minPrice === undefined || v.price_cents >= Math.round(q.minPrice * 100)) &&
    (q.maxPrice === undefined || v.price_cents <= Math.round(q.maxPrice * 100)) &&
    (!q.inStock || v.stock > 0);
  if (q.prefer) {
    const needed = byNeed(scored, q.prefer, index, (c, w) => fieldScore(docOf(c.p), w));
    scored.splice(0, scored.length, ...needed);
  }
  if (q.sort) {
    const ordered = await sortProducts(db, scored, q.sort, variantOk);
    scored.splice(0, scored.length, ...ordered);
  }
  // Variant-aware boosts can lift a product by at most ~1 point, so only the head needs them.
  const head = scored.slice(0, Math.max(RERANK, q.limit));
  const ids = head.map((s) => s.p.id);
  const variants = new Map<string, Variant[]>();
  const rows =
    ids.length > 0
      ? await db
          .selectFrom('variants')
          .selectAll()
          .where('product_id', 'in', ids)
          .where('status', '=', 'active')
          .orderBy('position')
          .execute()
      : [];
  for (const v of rows) variants.set(v.product_id, [...(variants.get(v.product_id) ?? []), v]);
  const ranked = head.map(({ p, score }) => {
    const vs = variants.get(p.id) ?? [];
    const inStock = vs.some((v) => v.stock > 0);
    let s = score;
    // Soft preferences spoken inside the query ("black", "talla 42") and availability break near-ties.
    const colorOk = (v: Variant) => !colorHint || canonicalColor(v.color ?? '') === colorHint;
    const sizeOk = (v: Variant) => !sizeHint || (v.size ?? '').toUpperCase() === sizeHint;
    if (colorHint || sizeHint) {
      if (vs.some((v) => colorOk(v) && sizeOk(v) && v.stock > 0)) s += 1;
      else if (vs.some((v) => (colorOk(v) || sizeOk(v)) && v.stock > 0)) s += 0.4;
    }
    if (inStock) s += 0.01;
    return { p, vs, score: Math.round(s * 1000) / 1000 };
  });
  // An explicit order (cheapest, lightest…) is the shopper's; boosts only break ties of relevance.
  if (!q.sort)
    ranked.sort(
      (a, b) => b.score - a.score || a.p.title.localeCompare(b.p.title) || a.p.id.localeCompare(b.p.id),
    );
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
