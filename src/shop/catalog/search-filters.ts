/**
 * The filters a search names, resolved against the catalog: categories by id, name (either
 * language) or synonym; brands exactly or within a small spelling distance; colours as every
 * stored colour that satisfies the one said, folded for the SQL comparison.
 */
import { colorMatchForms, synonymsOf } from './lexicon.ts';
import { colorSatisfies } from './search-colors.ts';
import type { SearchIndex } from './search-index.ts';
import { meaningsOf } from './search-query.ts';
import { editDistance, fold, forms, tokenize } from './text.ts';

/** Category ids a filter value names (id, either-language name, or synonym, singular or plural). */
export function resolveCategories(index: SearchIndex, value: string): string[] {
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
export function colorForms(index: SearchIndex, color: string): string[] {
  return [
    ...new Set([
      ...colorMatchForms(color),
      ...index.colors.filter((c) => colorSatisfies(c, color)).map((c) => fold(c)),
    ]),
  ];
}

/** Catalog brands a filter value names: exactly, or else within a small spelling distance. */
export function resolveBrands(index: SearchIndex, value: string): string[] {
  const want = fold(value).trim();
  const exact = index.brands.filter((b) => fold(b) === want);
  if (exact.length > 0) return exact;
  return index.brands.filter(
    (b) => editDistance(fold(b), want, 2) <= Math.min(2, Math.floor(want.length / 4)),
  );
}
