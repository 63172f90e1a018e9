/**
 * The free words of a request as a search reads them (issue 12): a figure and its unit stay one
 * measure ("with a forty millimetre sheave" → "40 millimetre", which the catalog indexes option
 * values by), a count to the pack is the pack of that many ("twelve to a pack" → "12 pack"), and
 * a reason the shopper gives after what is left out ("not the ratchet one, I like to feel the
 * sheet") is no part of the request. Pure.
 */
import type { Language } from '../../contract.ts';
import { UNIT_WORDS } from './units.ts';

/** Words that open a clause of the shopper's own reasons ("…, I like to feel the sheet"). */
const REASON_OPENER: Record<Language, RegExp> = {
  en: /^(i|im|i m|we|he|she|they|my|our|his|her|their|its|it|because|cause|since|as)$/,
  es: /^(yo|me|mi|mis|nuestro|nuestra|porque|que|ya|es|son|tengo|tenemos|prefiero)$/,
};

/** Where the reason after "not the X one(s)" starts, or -1. */
export function reasonAfterExclusion(tokens: string[], lang: Language): number {
  return tokens.findIndex((w, i) => i > 0 && /^ones?$/.test(tokens[i - 1]!) && REASON_OPENER[lang].test(w));
}

/** The words left free for the query and need, measures and packs kept whole. */
export function freeWords(
  tokens: string[],
  taken: Set<number>,
  skip: Set<number>,
  stop: Set<string>,
): string[] {
  const open = (i: number) => !taken.has(i) && !skip.has(i);
  const measureAt = (i: number) =>
    /^\d+(\.\d+)?$/.test(tokens[i]!) && open(i) && !!UNIT_WORDS[tokens[i + 1] ?? ''] && open(i + 1);
  // "Twelve to a pack", "6 per box": a count of things to the pack is the pack of that many.
  const packAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!/^\d+$/.test(t) || !open(i)) return;
    const m = /^(?:to an?|per|in an?|in each) (?:pack|packet|box|case|bag)\b/.exec(
      tokens.slice(i + 1, i + 4).join(' '),
    );
    if (m) packAt.set(i, m[0].split(' ').length);
  });
  const inPack = (i: number) => [...packAt].some(([at, n]) => i > at && i <= at + n);
  return tokens.flatMap((t, i) => {
    if (packAt.has(i)) return [`${t} pack`];
    if (inPack(i)) return [];
    if (measureAt(i)) return [`${t} ${tokens[i + 1]}`];
    if (i > 0 && measureAt(i - 1)) return [];
    return open(i) && !stop.has(t) && !/^\d/.test(t) && t.length > 2 ? [t] : [];
  });
}
