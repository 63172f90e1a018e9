/**
 * Orders search candidates by a need said beside the kind ("for wide feet", "goes on over ski
 * pants"): each need word the catalog knows counts by where the product says it (title over tags
 * over prose) and by how rare it is. Products saying clearly less than the best (under half its
 * weight) drop out; when no product says any of the words, the order is left as it was. Pure.
 */
import { docFrequency, inCatalog, type SearchIndex } from './search-index.ts';
import { terms } from './text.ts';

export function byNeed<T>(
  scored: readonly T[],
  prefer: string,
  index: SearchIndex,
  fieldScore: (candidate: T, word: string) => number,
): T[] {
  const words = [...new Set(terms(prefer))].filter(
    (w) => w.length > 2 && !/^\d/.test(w) && inCatalog(index, w),
  );
  if (words.length === 0 || scored.length < 2) return [...scored];
  const idf = new Map(words.map((w) => [w, Math.log(1 + index.products / (1 + docFrequency(index, w)))]));
  const need = scored.map((c, rank) => ({
    c,
    rank,
    weight: words.reduce((sum, w) => sum + fieldScore(c, w) * idf.get(w)!, 0),
  }));
  const best = Math.max(...need.map((n) => n.weight));
  if (best <= 0) return [...scored];
  return need
    .filter((n) => n.weight >= best / 2)
    .sort((a, b) => b.weight - a.weight || a.rank - b.rank)
    .map((n) => n.c);
}
