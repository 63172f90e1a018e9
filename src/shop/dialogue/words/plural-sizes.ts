/**
 * English names a numeric size by its number in the plural: "the elevens", "two of the nines",
 * "do you have the 12s?" mean size 11, 9, 12. When the singular number is one of the catalog's own
 * size labels, the word is read as "size N", so the usual size reading takes it from there. When
 * the catalog's one label with that number carries a unit ("14 inch" pans: "two of the fourteens"),
 * the word is read as that label.
 */
import type { Language } from '../../contract.ts';
import { wordValue } from './numbers.ts';

/** "elevens" → 11, "sixes" → 6, "twenties" → 20, "9s" → 9; undefined for other words. */
function pluralNumber(word: string): number | undefined {
  const digits = /^(\d+(\.\d+)?)s$/.exec(word);
  if (digits) return Number(digits[1]);
  if (!/s$/.test(word)) return undefined;
  for (const base of [word.slice(0, -1), word.slice(0, -2), word.replace(/ies$/, 'y')]) {
    const n = base ? wordValue(base, 'en') : undefined;
    if (n !== undefined && /^[a-z]+$/.test(base)) return n;
  }
  return undefined;
}

const BEFORE = /^(the|those|these|in|some|any|of)$/;

/** The tokens with plural size numbers said as "size N" (English only). */
export function pluralSizes(tokens: string[], sizes: string[], lang: Language): string[] {
  if (lang !== 'en' || sizes.length === 0) return tokens;
  const labels = new Set(sizes.map((s) => s.toLowerCase().trim()));
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const n = BEFORE.test(tokens[i - 1] ?? '') ? pluralNumber(t) : undefined;
    // "The ones under 200": a pronoun, never the "1 L" size.
    const withUnit = n === undefined || t === 'ones' ? undefined : unitLabel(labels, n);
    if (n !== undefined && labels.has(String(n))) out.push('size', String(n));
    else if (withUnit) out.push(...withUnit);
    else out.push(t);
  });
  return out;
}

/** The one label that is the number and a unit word ("14 inch"), as tokens; undefined if none or several. */
function unitLabel(labels: Set<string>, n: number): string[] | undefined {
  const found = [...labels].filter((l) => {
    const m = /^(\d+(?:\.\d+)?) ?([a-z]+)$/.exec(l);
    return !!m && Number(m[1]) === n;
  });
  if (found.length !== 1) return undefined;
  return found[0]!.replace(/^(\d+(?:\.\d+)?) ?/, '$1 ').split(' ');
}
