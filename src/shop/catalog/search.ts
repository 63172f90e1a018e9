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
import { closestWords, docFrequency, getSearchIndex, inCatalog, type SearchIndex } from './search-index.ts';
import { editDistance, fold, forms, terms, tokenize } from './text.ts';

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

function analyse(query: string, index: SearchIndex) {
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
    const alts = new Map<string, number>([[word, 1]]);
    for (const s of synonymsOf(word)) if (!alts.has(s)) alts.set(s, 0.85);
    const known = [...alts.keys()].some((w) => inCatalog(index, w));
    if (!known && !isKnownTerm(word)) {
      const close = closestWords(index, word);
      if (close.length === 0) {
        ignored.push(word);
        continue;
      }
      corrections.push({ from: word, to: close });
      for (const c of close) for (const s of synonymsOf(c)) if (!alts.has(s)) alts.set(s, 0.7);
    }
    terms_.push({ word, alts: [...alts].map(([w, weight]) => ({ word: w, weight })) });
  }
  return { terms: terms_, corrections, ignored, sizeHint, colorHint };
}

/** Category ids a filter value names (id, either-language name, or synonym, singular or plural). */
function resolveCategories(index: SearchIndex, value: string): string[] {
  const want = tokenize(value).filter((t) => t.length > 1);
  if (want.length === 0) return [];
  const key = fold(value).trim().replace(/\s+/g, '-');
  return index.categories
    .filter((c) => {
      if (c.id === key) return true;
      const names = [c.name, c.name_es ?? '', ...(JSON.parse(c.synonyms) as string[])];
      const vocab = new Set(names.flatMap((n) => tokenize(n)).flatMap(forms));
      return want.every((w) => forms(w).some((f) => vocab.has(f)) || synonymsOf(w).some((s) => vocab.has(s)));
    })
    .map((c) => c.id);
}

function resolveBrands(index: SearchIndex, value: string): string[] {
  const want = fold(value).trim();
  const exact = index.brands.filter((b) => fold(b) === want);
  if (exact.length > 0) return exact;
  return index.brands.filter(
    (b) => editDistance(fold(b), want, 2) <= Math.min(2, Math.floor(want.length / 4)),
  );
}

interface Doc {
  p: Product;
  title: Set<string>;
  brand: Set<string>;
  category: Set<string>;
  tags: Set<string>;
  all: Set<string>;
}

const expand = (text: string) => new Set(tokenize(text).flatMap(forms));

function fieldScore(doc: Doc, word: string): number {
  const wf = forms(word);
  const has = (set: Set<string>) => wf.some((f) => set.has(f));
  if (has(doc.title)) return 3;
  if (has(doc.brand) || has(doc.category)) return 2.5;
  if (has(doc.tags)) return 1.5;
  if (has(doc.all)) return 1;
  if (word.length >= 4 && [...doc.title].some((t) => t.startsWith(word))) return 1.2;
  return 0;
}

export async function searchProducts(db: Kysely<Database>, input: SearchInput): Promise<SearchResult> {
  const q = searchInputSchema.parse(input);
  const index = await getSearchIndex(db);
  const { terms: qterms, corrections, ignored, sizeHint, colorHint } = analyse(q.query, index);
  const categoryIds = q.category ? resolveCategories(index, q.category) : undefined;
  const brands = q.brand ? resolveBrands(index, q.brand) : undefined;
  const empty: SearchResult = { items: [], total: 0, corrections, ignored };
  if ((categoryIds && categoryIds.length === 0) || (brands && brands.length === 0)) return empty;
  if (
    qterms.length === 0 &&
    q.query.trim() &&
    ignored.length > 0 &&
    !q.category &&
    !q.brand &&
    !q.color &&
    !q.size
  ) {
    return empty;
  }

  const colorForms = q.color ? colorMatchForms(q.color) : undefined;
  const variantFilter = Boolean(
    colorForms || q.size || q.minPrice !== undefined || q.maxPrice !== undefined || q.inStock,
  );
  let sql = db.selectFrom('products as p').selectAll('p').where('p.status', '=', 'active');
  if (categoryIds) sql = sql.where('p.category', 'in', categoryIds);
  if (brands) sql = sql.where('p.brand', 'in', brands);
  if (variantFilter) {
    sql = sql.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('variants as v')
          .select('v.id')
          .whereRef('v.product_id', '=', 'p.id')
          .$if(Boolean(colorForms), (s) => s.where((eb) => eb.fn('lower', ['v.color']), 'in', colorForms!))
          .$if(Boolean(q.size), (s) =>
            s.where((eb) => eb.fn('upper', ['v.size']), '=', q.size!.toUpperCase()),
          )
          .$if(q.minPrice !== undefined, (s) => s.where('v.price_cents', '>=', Math.round(q.minPrice! * 100)))
          .$if(q.maxPrice !== undefined, (s) => s.where('v.price_cents', '<=', Math.round(q.maxPrice! * 100)))
          .$if(Boolean(q.inStock), (s) => s.where('v.stock', '>', 0)),
      ),
    );
  }
  if (qterms.length > 0) {
    // Shortest form of every alternative: "%zapatilla%" also finds "zapatillas".
    const patterns = [...new Set(qterms.flatMap((t) => t.alts.map((a) => forms(a.word).at(-1)!)))];
    sql = sql.where((eb) => eb.or(patterns.map((pat) => eb('p.search_text', 'like', `%${pat}%`))));
  }
  const products = await sql.orderBy('p.id').limit(CANDIDATE_CAP).execute();
  if (products.length === 0) return empty;

  const catById = new Map(index.categories.map((c) => [c.id, c]));
  const scored: { p: Product; score: number }[] = [];
  for (const p of products) {
    const cat = catById.get(p.category);
    const doc: Doc = {
      p,
      title: expand(`${p.title} ${p.title_es ?? ''}`),
      brand: expand(p.brand),
      category: expand(
        [
          p.category,
          p.product_type,
          cat?.name ?? '',
          cat?.name_es ?? '',
          ...JSON.parse(cat?.synonyms ?? '[]'),
        ].join(' '),
      ),
      tags: expand((JSON.parse(p.tags) as string[]).join(' ')),
      all: new Set(p.search_text.split(' ').flatMap(forms)),
    };
    let score = 0;
    let matched = 0;
    for (const t of qterms) {
      let best = 0;
      for (const a of t.alts) {
        const s = fieldScore(doc, a.word) * a.weight;
        if (s > 0)
          best = Math.max(best, s * Math.log(1 + index.products / (1 + docFrequency(index, a.word))));
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

  const top = scored.length;
  const ids = scored.map((s) => s.p.id);
  const variants = new Map<string, Variant[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db
      .selectFrom('variants')
      .selectAll()
      .where('product_id', 'in', chunk)
      .orderBy('position')
      .execute();
    for (const v of rows) variants.set(v.product_id, [...(variants.get(v.product_id) ?? []), v]);
  }
  const variantOk = (v: Variant) =>
    (!colorForms || colorForms.includes(fold(v.color ?? ''))) &&
    (!q.size || (v.size ?? '').toUpperCase() === q.size.toUpperCase()) &&
    (q.minPrice === undefined || v.price_cents >= Math.round(q.minPrice * 100)) &&
    (q.maxPrice === undefined || v.price_cents <= Math.round(q.maxPrice * 100)) &&
    (!q.inStock || v.stock > 0);
  const ranked = scored.map(({ p, score }) => {
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
  ranked.sort(
    (a, b) => b.score - a.score || a.p.title.localeCompare(b.p.title) || a.p.id.localeCompare(b.p.id),
  );
  const items = ranked.slice(0, q.limit).map(({ p, vs, score }) => ({
    ...buildCard(p, vs, q.language as Language, vs.filter(variantOk)),
    handle: p.handle,
    category: p.category,
    score,
  }));
  return { items, total: top, corrections, ignored };
}
