/**
 * The catalog's word dictionary (token → number of products containing it), cached per store
 * and rebuilt when the catalog version moves. It gives search its IDF weights and the word list
 * that STT errors are corrected against.
 */
import type { Kysely } from 'kysely';
import { childLogger } from '../../log/logger.ts';
import type { Category, Database } from '../../store/schema.ts';
import { phraseKey } from './search-phrases.ts';
import { loadRelations } from './semantic/index.ts';
import type { Slice } from './semantic/relations.ts';
import { allowedEdits, editDistance, fold, inflections, stem, tokenize } from './text.ts';
import { getCatalogVersion } from './version.ts';

export interface SearchIndex {
  version: number;
  products: number;
  /** Token → document frequency. */
  df: Map<string, number>;
  /** Tokens bucketed by length, for bounded fuzzy lookups. */
  byLength: Map<number, string[]>;
  categories: Category[];
  brands: string[];
  /** Distinct variant colours of active products, as stored. */
  colors: string[];
  /** Every product tag as singular word keys ("dark roast", "front light"): see search-phrases.ts. */
  tags: Set<string>;
  /** Property compounds the product texts state ("caffeine free", "dishwasher safe"). */
  properties: Set<string>;
  /** Product id → the property compounds its own texts state. */
  propertiesOf: Map<string, Set<string>>;
  /** English words that mean this catalog's words without sharing them (WordNet, semantic/). */
  relations: Slice;
}

const log = childLogger({ component: 'catalog.search' });

const cache = new WeakMap<object, SearchIndex>();
const building = new WeakMap<object, Promise<SearchIndex>>();

/** "Caffeine-free", "dishwasher safe", "water resistant": a property a product's text states. */
const PROPERTY = /\b([a-z]{3,})[- ](free|safe|proof|resistant|friendly|washable)\b/g;

/** The property compounds of a text, as phrase keys ("caffeine free"). */
export function propertiesIn(text: string): Set<string> {
  const out = new Set<string>();
  // "Is dishwasher safe" yes; "it is safe", "and free" no.
  for (const m of fold(text.replace(/<[^>]*>/g, ' ')).matchAll(PROPERTY))
    if (!/^(and|not|are|its|the|for|with|also|very|this|that|100)$/.test(m[1]!))
      out.add(`${stem(m[1]!)} ${m[2]}`);
  return out;
}

export async function getSearchIndex(db: Kysely<Database>): Promise<SearchIndex> {
  const version = await getCatalogVersion(db);
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached;
  const pending = building.get(db);
  if (pending) return pending;
  const promise = buildIndex(db, version).finally(() => building.delete(db));
  building.set(db, promise);
  const index = await promise;
  cache.set(db, index);
  return index;
}

async function buildIndex(db: Kysely<Database>, version: number): Promise<SearchIndex> {
  const df = new Map<string, number>();
  const brandSet = new Set<string>();
  const tags = new Set<string>();
  const properties = new Set<string>();
  const propertiesOf = new Map<string, Set<string>>();
  const rows = await db
    .selectFrom('products')
    .select(['id', 'search_text', 'brand', 'tags', 'description', 'title'])
    .where('status', '=', 'active')
    .execute();
  for (const row of rows) {
    for (const token of new Set(row.search_text.split(' '))) {
      if (token) df.set(token, (df.get(token) ?? 0) + 1);
    }
    if (row.brand) brandSet.add(row.brand);
    const own = propertiesIn(`${row.description} ${(JSON.parse(row.tags) as string[]).join(', ')}`);
    if (own.size > 0) propertiesOf.set(row.id, own);
    for (const p of own) properties.add(p);
    for (const tag of JSON.parse(row.tags) as string[]) {
      const key = phraseKey(tag);
      if (key) tags.add(key);
    }
  }
  const byLength = new Map<number, string[]>();
  for (const token of df.keys()) {
    if (/\d/.test(token)) continue;
    const list = byLength.get(token.length) ?? [];
    list.push(token);
    byLength.set(token.length, list);
  }
  const categories = await db.selectFrom('categories').selectAll().execute();
  const colorRows = await db
    .selectFrom('variants')
    .innerJoin('products', 'products.id', 'variants.product_id')
    .select('variants.color')
    .where('products.status', '=', 'active')
    .where('variants.status', '=', 'active')
    .where('variants.color', 'is not', null)
    .distinct()
    .execute();
  const colors = colorRows.map((r) => r.color!).sort();
  return {
    relations: await relationsOf(
      df,
      headNouns(
        categories,
        rows.map((r) => r.title),
      ),
    ),
    version,
    products: rows.length,
    df,
    byLength,
    categories,
    brands: [...brandSet].sort(),
    colors,
    tags,
    properties,
    propertiesOf,
  };
}

/** Whether some form of the word appears in the catalog. */
export function inCatalog(index: SearchIndex, token: string): boolean {
  return inflections(token).some((f) => index.df.has(f));
}

/** Document frequency of the word's best-known form. */
export function docFrequency(index: SearchIndex, token: string): number {
  return Math.max(0, ...inflections(token).map((f) => index.df.get(f) ?? 0));
}

/**
 * Catalog words closest to a word the catalog does not contain (an STT or typing error):
 * within the edit budget for its length, nearest first, the more frequent first on ties.
 */
export function closestWords(index: SearchIndex, token: string, max = 3): string[] {
  const budget = allowedEdits(token.length);
  if (budget === 0) return [];
  const found: { word: string; d: number; df: number }[] = [];
  for (let len = token.length - budget; len <= token.length + budget; len++) {
    for (const word of index.byLength.get(len) ?? []) {
      if (word[0] !== token[0] && budget < 2) continue;
      const d = editDistance(token, word, budget);
      if (d <= budget) found.push({ word, d, df: index.df.get(word) ?? 0 });
    }
  }
  found.sort((a, b) => a.d - b.d || b.df - a.df || a.word.localeCompare(b.word));
  const best = found[0]?.d;
  return found
    .filter((f) => f.d === best)
    .slice(0, max)
    .map((f) => f.word);
}

/** Catalog words that start with a word the catalog lacks ("hood" → "hoodie"), most frequent first. */
export function prefixWords(index: SearchIndex, token: string, max = 3): string[] {
  const found: string[] = [];
  for (const word of index.df.keys())
    if (word.length > token.length && word.startsWith(token)) found.push(word);
  return found
    .sort((a, b) => (index.df.get(b) ?? 0) - (index.df.get(a) ?? 0) || a.localeCompare(b))
    .slice(0, max);
}

/** Category nouns: the last word of each category name and product title ("Canvas Tote" → tote). */
function headNouns(categories: Category[], titles: string[]): string[] {
  const last = (name: string) =>
    tokenize(name)
      .filter((w) => /^[a-z]{3,}$/.test(w))
      .at(-1);
  return [...new Set([...categories.map((c) => c.name), ...titles].map(last).filter((w) => w !== undefined))];
}

/**
 * The catalog's WordNet slice. Search without it still works on the catalog's own words, so a
 * missing or broken WordNet package costs the semantic matches only, said in the log.
 */
async function relationsOf(df: Map<string, number>, heads: string[]): Promise<Slice> {
  const words = [...df.keys()].filter((w) => /^[a-z]{2,}$/.test(w));
  try {
    return await loadRelations({ words, heads });
  } catch (err) {
    log.warn({ err }, 'WordNet relations unavailable: search matches the catalog words only');
    return new Map();
  }
}
