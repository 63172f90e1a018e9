/**
 * Counts said of a cart line already there: "remove one pair of the summer gloves", "quita una
 * bolsa de la de girasol" take that many off the line (the line goes only when no more are left);
 * "actually one pair is enough", "mejor solo un par", "con uno basta" set the count of the line
 * just added or changed. Words of counting only, never of a vertical. Pure; normalised text.
 */
import type { Language } from '../../contract.ts';
import type { Understanding } from '../understand/nlu.ts';
import type { DecideInput } from './action-types.ts';

const WORD_COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  una: 1,
  uno: 1,
  two: 2,
  dos: 2,
  three: 3,
  tres: 3,
};

const COUNT = '(\\d+|a|an|one|two|three|un|una|uno|dos|tres)';

/** What a count of a line is said in ("one pair", "two sets"). */
const UNIT = '(pairs?|sets?|packs?|bags?|box|boxes|rolls?|bottles?|pieces?|units?)';

const countOf = (w: string | undefined): number | undefined =>
  w === undefined ? undefined : /^\d+$/.test(w) ? Number(w) : WORD_COUNTS[w];

/** A discarding verb, a count, at most one word for what is counted ("pair", "bolsa"), then "of" / "de". */
const REMOVED: Record<Language, RegExp> = {
  en: new RegExp(`\\b(remove|take|drop|delete|minus)( out| off| away)? ${COUNT}( \\w+)? of\\b`),
  es: new RegExp(`\\b(quita|quitame|saca|sacame|elimina|borra|resta)( solo)? ${COUNT}( \\w+)? de\\b`),
};

/** How many of a line the shopper takes off, when a count is said before what is removed. */
export function removedCount(text: string, lang: Language): number | undefined {
  const m = REMOVED[lang].exec(text);
  return m ? countOf(m[3]) : undefined;
}

/** "One pair is enough", "just one pair", "mejor solo un par", "con uno basta": the count settled on. */
const SETTLED: Record<Language, RegExp> = {
  en: new RegExp(
    `^((actually|no|ok|okay|hmm|oh|wait|on second thought|you know what) )*((just|only) )?${COUNT}( \\w+)? (is|are|will be|would be|should be) (enough|plenty|fine|ok|okay)\\b|^((actually|no|ok|okay|hmm|wait) )+(just|only) ${COUNT}( \\w+)?( please| then| thanks)?$` +
      // "Actually just make that one pair", "make it only one": the count a line is set to (a unit
      // word or "just" tells the count from "that one", the product).
      `|^((actually|no|ok|okay|hmm|oh|wait|sorry) )*(just )?make (it|that|them|those) (((just|only) )?${COUNT} ${UNIT}|(just|only) ${COUNT})( please| then| instead)?$`,
  ),
  es: new RegExp(
    `^((mejor|no|vale|pues|bueno|oye|espera) )*(solo|con) ${COUNT}( \\w+)?( (basta|me basta|es suficiente|sobra|vale|por favor))?$|^((mejor|no|vale|pues|bueno) )*${COUNT}( \\w+)? (basta|es suficiente|me basta)$`,
  ),
};

export function settledCount(text: string, lang: Language): number | undefined {
  const m = SETTLED[lang].exec(text);
  if (!m) return undefined;
  const n = m
    .slice(1)
    .map(countOf)
    .find((x) => x !== undefined);
  return n;
}

/**
 * "Actually one pair is enough" right after a line was added or its count changed: that line's
 * count. Fills the quantity slot; true when the request is such a change.
 */
export function settlesLineCount(input: DecideInput, s: Understanding['slots']): boolean {
  const changed = input.previousCalls?.some((c) => c === 'add_to_cart' || c === 'update_cart_item');
  if (!changed || s.productNames?.length || s.category || s.color || s.size || s.items) return false;
  const n = settledCount(input.nlu.text, input.nlu.language);
  if (n === undefined || n < 1) return false;
  s.quantity = n;
  return true;
}

/**
 * "Remove the lube and the cleaner": two or more products named with a conjunction, each the
 * product of exactly one of the lines the request matched, are all removed.
 */
export function conjoinedLines<L extends { productId?: string; name: string }>(
  lines: L[],
  s: Understanding['slots'],
  text: string,
): L[] | undefined {
  const names = s.productNames ?? [];
  if (names.length < 2 || !/\b(and|y|e|plus|as well as|also|tambien)\b/.test(text)) return undefined;
  const picked = names.map((n) => lines.filter((l) => l.name === n));
  if (picked.some((x) => x.length !== 1)) return undefined;
  return picked.map((x) => x[0]!);
}
