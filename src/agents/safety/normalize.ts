/**
 * One folded form of a text for the pattern rules, so one pattern covers the usual disguises:
 * lower case without accents ("cómo" = "como"), leetspeak inside words ("1gn0re" = "ignore",
 * "m@ke" = "make"; a bare number like "42" stays a number), letters spelled one by one
 * ("i g n o r e", "k.i.l.l"), stretched letters ("fuuuck") and runs of spaces.
 */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** A word that mixes letters with look-alike digits or symbols. */
const MIXED =
  /[\p{L}0-9@$!]*\p{L}[\p{L}0-9@$!]*[0-9@$][\p{L}0-9@$!]*|[0-9@$][\p{L}0-9@$!]*\p{L}[\p{L}0-9@$!]*/gu;
/** Three or more single letters separated by one space or one of . - _ * (spelled-out words). */
const SPELLED = /(?<![\p{L}\d])\p{L}(?:[ .\-_*]\p{L}(?![\p{L}\d])){2,}/gu;

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

export function normalizeForRules(text: string): string {
  let s = fold(text);
  s = s.replace(MIXED, (word) => word.replace(/[0-9@$!]/g, (c) => LEET[c] ?? c));
  s = s.replace(SPELLED, (run) => run.replace(/[ .\-_*]/g, ''));
  s = s.replace(/(\p{L})\1{2,}/gu, '$1');
  s = s.replace(/[’`´]/g, "'");
  return s.replace(/\s+/g, ' ').trim();
}
