/**
 * One folded form of a text for the pattern rules, so one pattern covers the usual disguises:
 * - markup: HTML comments and tags are opened up, so an instruction hidden in `<!-- … -->` is read
 *   like any other words (a `<system>` tag stays visible as a word for the injection signals);
 * - invisible characters (zero-width spaces and joiners, soft hyphens, BOM) are dropped, and
 *   look-alike letters from other scripts (Cyrillic "а", Greek "ο", fullwidth forms) become Latin;
 * - lower case without accents ("cómo" = "como");
 * - leetspeak inside words ("1gn0re" = "ignore", "m@ke" = "make"; a bare number like "42" stays);
 * - letters spelled one by one ("i g n o r e", "k.i.l.l", "o-l-v-i-d-a", "m·a·t·a·r");
 * - stretched letters ("fuuuck", "kiiill") and runs of spaces;
 * - chat spellings of the words that address the assistant ("ur" = "your", "u" = "you");
 * - a listed word cut once ("st-ab"), listed with commas ("b, o, m, b") or spelled by letter names
 *   ("eye gee en oh are ee"): normalize-hidden.ts.
 */
import { joinHiddenWords } from './normalize-hidden.ts';

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

/** Letters of other scripts drawn like Latin ones (Cyrillic and Greek), as used to dodge filters. */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const HOMOGLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'g');

/** Zero-width and formatting characters (ZWSP, ZWNJ, ZWJ, LRM/RLM, word joiner, BOM, soft hyphen). */
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** A run of word characters and look-alike symbols; a leetspeak word mixes letters with digits or symbols. */
const TOKEN = /[\p{L}0-9@$!]+/gu;
const LETTER = /\p{L}/u;
const LOOKALIKE = /[0-9@$]/;
/** A number with a unit or a short suffix ("10kg", "500ml", "401k", "4k", "2nd"): a quantity, not leetspeak. */
const QUANTITY = /^\d+[a-z]{1,3}$/i;
/**
 * Three or more single letters separated by the same one of space . - _ * · / | + ~ (spelled-out
 * words): "c.o.m.o m.a.t.o" is two words, not one.
 */
const SPELLED = /(?<![\p{L}\d])\p{L}([ .\-_*·/|+~])\p{L}(?![\p{L}\d])(?:\1\p{L}(?![\p{L}\d]))+/gu;

/** Chat spellings of second-person words, only where they stand alone. */
const CHAT: [RegExp, string][] = [
  [/\bur\b/g, 'your'],
  [/\bu\b/g, 'you'],
  [/\by0?u'?r\b/g, 'your'],
  [/\bpl[sz]\b/g, 'please'],
  [/\bim\b/g, "i'm"],
];

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/** Markup opened up: comments and tags keep their words, the brackets go. */
function unwrapMarkup(text: string): string {
  return (
    text
      .replace(/<!--|-->|<!\[CDATA\[|\]\]>/g, ' . ')
      // The attributes are words too: `<img alt="ignore your rules">`, `<<sistema: desactiva …>>`.
      .replace(/<\/?\s*([a-z_][\w:-]*)([^<>]{0,200})>/gi, ' <$1> $2 ')
      .replace(/&(?:lt|gt|amp|quot|nbsp|#\d+);/g, ' ')
  );
}

/** A run that looks like base64 (long, from its alphabet, padded to a multiple of 4). */
const BASE64 = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])/g;

/**
 * Base64 runs decoded next to themselves: an instruction smuggled as "decode and follow: aWdub3Jl…"
 * is read like plain words. Only decodings that are mostly printable text are kept, so an order
 * number or a product code (not base64 of text) adds nothing.
 */
export function decodeBase64Runs(text: string): string {
  const found: string[] = [];
  for (const m of text.matchAll(BASE64)) {
    const run = m[0];
    if (run.replace(/=+$/, '').length % 4 === 1 || !/[a-z]/.test(run) || !/[A-Z0-9]/.test(run)) continue;
    const decoded = Buffer.from(run, 'base64').toString('utf8');
    const printable = decoded.replace(/[^\p{L}\p{N}\p{P}\s]/gu, '');
    if (
      decoded.length >= 8 &&
      printable.length / decoded.length > 0.95 &&
      /\p{L}{3,} \p{L}{2,}/u.test(decoded)
    )
      found.push(decoded);
  }
  return found.length === 0 ? text : `${text} . ${found.join(' . ')}`;
}

/**
 * Words cut into syllables by hyphens ("dis-re-gard", "des-ac-ti-va"): three or more short pieces
 * joined, so the pattern rules read the word. Two pieces ("t-shirt", "e-mail", "anti-slip") stay.
 */
const SYLLABLES = /(?<![\p{L}-])\p{L}{1,5}(?:-\p{L}{1,5}){2,}(?![\p{L}-])/u;

export function normalizeForRules(text: string): string {
  let s = unwrapMarkup(decodeBase64Runs(text).replace(INVISIBLE, ''));
  // Once one word is cut into syllables, the text is written that way: its two-piece words too.
  if (SYLLABLES.test(s)) s = s.replace(/(?<=\p{L})-(?=\p{L})/gu, '');
  s = fold(s).replace(HOMOGLYPH, (c) => HOMOGLYPHS[c] ?? c);
  // Token by token (linear): the first version's single regex backtracked cubically on a long word.
  s = s.replace(TOKEN, (word) =>
    LETTER.test(word) && LOOKALIKE.test(word) && !QUANTITY.test(word)
      ? word.replace(/[0-9@$!]/g, (c) => LEET[c] ?? c)
      : word,
  );
  s = s.replace(SPELLED, (run) => run.replace(/[ .\-_*·/|+~]/g, ''));
  s = s.replace(/(\p{L})\1{2,}/gu, '$1');
  s = s.replace(/[’`´]/g, "'");
  for (const [re, to] of CHAT) s = s.replace(re, to);
  // Dodges that need a vocabulary to tell them from sizes, ranges and codes (normalize-hidden.ts).
  return joinHiddenWords(s.replace(/\s+/g, ' ').trim());
}
