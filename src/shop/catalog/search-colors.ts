/**
 * Colour families: the basic colour a shopper says ("green", "verde") and the fancier names
 * catalogs give their variants ("Moss", "Olive", "Forest"). A filter by a family word matches
 * every catalog colour of that family; a catalog's own colour name matches itself.
 */
import {
  ALSO,
  BASIC_COLOR_WORDS,
  COLOR_FAMILY_WORDS,
  COLOR_PHRASES_ES_EN,
  COLOR_WORDS_ES_EN,
} from './color-table.ts';
import { fold } from './text.ts';

export { BASIC_COLOR_WORDS, COLOR_FAMILY_WORDS, COLOR_NAME_GROUPS } from './color-table.ts';

const familyOf = new Map<string, string>();
for (const [family, words] of Object.entries(COLOR_FAMILY_WORDS))
  for (const w of words) if (!familyOf.has(w)) familyOf.set(w, family);

/** The basic colour a name belongs to ("Moss" → "green", "Deep Slate" → "grey"), if any. */
export function colorFamily(color: string): string | undefined {
  const f = fold(color).trim().replace(/\s+/g, ' ');
  if (familyOf.has(f)) return familyOf.get(f);
  // "Deep Slate", "Forest Green": the last known word names the family.
  const words = f.split(' ');
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/s$/, '');
    if (familyOf.has(words[i]!)) return familyOf.get(words[i]!);
    if (familyOf.has(w)) return familyOf.get(w);
  }
  return undefined;
}

/** The parts of a two-tone catalog colour ("Black/Blue", "Navy & White", "Red + Black"). */
function colorParts(color: string): string[] {
  return color
    .split(/\s*(?:\/|&|\+|\band\b|\by\b)\s*/i)
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * Every basic colour a catalog colour shows: one for "Moss", two for the two-tone "Black/Blue"
 * (a shopper asking for the blue seat covers means the black-and-blue ones).
 */
export function colorFamilies(color: string): string[] {
  const parts = colorParts(color);
  const out = (parts.length > 1 ? parts : [color]).map((p) => colorFamily(p));
  return [...new Set(out.filter((f): f is string => !!f))];
}

/** Families a shade is also called by ("Stone" is a beige to some), for each tone of a two-tone colour. */
export function otherFamilies(color: string): string[] {
  const parts = colorParts(color);
  const out = (parts.length > 1 ? parts : [color]).flatMap((p) => {
    const f = fold(p).trim().replace(/\s+/g, ' ');
    const words = f.split(' ');
    const hit = ALSO[f] ?? words.map((w) => ALSO[w] ?? ALSO[w.replace(/s$/, '')]).findLast((x) => !!x);
    return hit ?? [];
  });
  const own = colorFamilies(color);
  return [...new Set(out.filter((f) => !own.includes(f)))];
}

/**
 * How well a stored variant colour answers what the shopper asked: 3 the same name, 2 a family
 * word of its family ("green" for "Moss"), 1 a family word it is also called by ("beige" for
 * "Stone"), 0 not at all. Only a basic colour word stands for a family: "slate" asked is not
 * "charcoal".
 */
export function colorMatchRank(stored: string, asked: string): 0 | 1 | 2 | 3 {
  const s = fold(stored).trim();
  const a = fold(asked).trim();
  if (s === a) return 3;
  const family = BASIC.get(a);
  if (family === undefined) return 0;
  if (colorFamilies(stored).includes(family)) return 2;
  return otherFamilies(stored).includes(family) ? 1 : 0;
}

/**
 * Whether a stored variant colour satisfies what the shopper asked: the same name, or the asked
 * word is a family word and the stored colour (or one tone of a two-tone one) belongs to that
 * family, or is also called by it.
 */
export function colorSatisfies(stored: string, asked: string): boolean {
  return colorMatchRank(stored, asked) > 0;
}

/**
 * The colours of a list that best answer what was asked: the same name, else shades of the family
 * said, else shades also called by it ("beige" → "Stone" when nothing is beige itself).
 */
export function bestColors(colors: readonly string[], asked: string): string[] {
  const ranked = colors.map((c) => ({ c, r: colorMatchRank(c, asked) }));
  const top = Math.max(0, ...ranked.map((x) => x.r));
  return top > 0 ? ranked.filter((x) => x.r === top).map((x) => x.c) : [];
}

const BASIC = new Map<string, string>(
  Object.entries(BASIC_COLOR_WORDS).flatMap(([family, words]) =>
    words.map((w) => [w, family] as [string, string]),
  ),
);

/** The family a basic colour word names ("verdes" → "green"), or undefined for a shade or non-colour. */
export function basicColor(word: string): string | undefined {
  return BASIC.get(fold(word).trim());
}

/** Spanish colour phrases as the English catalog word ("luz de dia" → "daylight"); folded text. */
export function englishColorPhrases(text: string): string {
  let out = fold(text);
  for (const [re, en] of COLOR_PHRASES_ES_EN) out = out.replace(re, en);
  return out;
}

/** Spanish colour and finish words (folded tokens) followed by their English catalog words. */
export function englishColorWords(tokens: string[]): string[] {
  return tokens.flatMap((t) => [t, ...(COLOR_WORDS_ES_EN[t] ?? [])]);
}
