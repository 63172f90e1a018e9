/**
 * What the shopper's words can match in the catalog: each word with its alternatives (itself,
 * synonyms, WordNet meanings, compound parts, spelling corrections), the corrections and
 * dropped words to report back, and the size and colour said inside the query.
 */
import { canonicalColor, isKnownTerm, synonymsOf } from './lexicon.ts';
import { closestWords, inCatalog, prefixWords, type SearchIndex } from './search-index.ts';
import { lookUp, type Relation } from './semantic/relations.ts';
import { terms, tokenize } from './text.ts';

const SIZE_WORDS = new Set(['size', 'talla', 'numero', 'n']);

export interface QueryTerm {
  word: string;
  /** Alternatives with their weight: the word 1, synonyms 0.85, corrections 0.7. */
  alts: { word: string; weight: number }[];
}

/** A word the catalog does not know, replaced by the closest catalog words ("zapatiyas" → "zapatillas"). */
export interface Correction {
  from: string;
  to: string[];
}

export interface AnalysedQuery {
  terms: QueryTerm[];
  corrections: Correction[];
  /** Words dropped because nothing in the catalog resembles them. */
  ignored: string[];
  /** A size said in the query ("talla 42"): a soft preference. */
  sizeHint: string | undefined;
  /** The first colour said in the query: a soft preference. */
  colorHint: string | undefined;
}

export function analyseQuery(query: string, index: SearchIndex, semantic: boolean): AnalysedQuery {
  const raw = tokenize(query);
  const corrections: Correction[] = [];
  const ignored: string[] = [];
  const terms_: QueryTerm[] = [];
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
export function meaningsOf(index: SearchIndex, word: string): [string, number][] {
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
