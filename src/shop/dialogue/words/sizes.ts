/**
 * The size a shopper asks for, read as the catalog spells its option values: after a cue ("size
 * nine and a half", "talla 42"), as a measure with its unit in words ("forty five litres", "de un
 * metro"), as dimensions ("fifty by fifty" → "50 x 50 cm"), or as a label said alone ("xl").
 */

import { optionTokens } from '../../catalog/option-values.ts';
import type { Language } from '../../contract.ts';
import { SIZE_CUE, SIZE_WORDS } from './lexicon.ts';
import { UNIT_WORDS } from './units.ts';
import { type CompiledVocabulary, findPhrases } from './vocab.ts';

/** The word size itself before a figure ("talla cinco", "size five"), not a preposition ("de 8"). */
const SIZE_WORD = /\b(size|talla|talle|numero|number)$/;

/** Letter sizes ("s", "m", "xl", "xxs"): never a word of their own in Spanish. */
const LETTER = /^(x{0,3}[sl]|m)$/;

/**
 * A suit's fit after its chest size ("42 long", "talla 42 larga", "40 regular"): the letter the
 * catalog writes it with ("42L", "40R").
 */
const FIT_LETTER: Record<string, string> = {
  long: 'l',
  largo: 'l',
  larga: 'l',
  regular: 'r',
  normal: 'r',
  short: 's',
  corto: 's',
  corta: 's',
};

/** Words that make the figure before them an age ("8 años", "10 years old", "18 meses"). */
const AGE_UNIT = /^(anos|ano|anitos|meses|mes|years?|yrs?|yo|months?)$/;

export function extractSize(
  tokens: string[],
  vocab: CompiledVocabulary,
  lang: Language,
  slots: { size?: string },
  taken: Set<number>,
): void {
  const cue = SIZE_CUE[lang];
  const labels = new Map(vocab.source.sizes.map((s) => [s.toLowerCase().replace(/\s+/g, ''), s]));
  const measured = new Map(vocab.source.sizes.map((s) => [optionTokens(s).join(' '), s]));
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const before = tokens.slice(Math.max(0, i - 2), i).join(' ');
    // "Pues la L", "el XL": Spanish names a letter size by its article alone ("la talla" is meant).
    const letter = lang === 'es' && /^(la|el)$/.test(tokens[i - 1] ?? '') && LETTER.test(tokens[i]!);
    if (!cue.test(before) && !letter) continue;
    // "size 9", "size nine and a half", "talla 42", "size x l", "size m"
    for (const len of [3, 2, 1]) {
      const raw = tokens.slice(i, i + len);
      let key = raw.map((w, k) => (k > 0 && /^\d/.test(raw[0]!) ? (FIT_LETTER[w] ?? w) : w)).join('');
      if (len === 3 && raw[1] === 'and' && raw[2] === 'a') continue;
      if (raw.length === 3 && raw[1] === 'and' && raw[2] === 'half') key = `${raw[0]}.5`;
      const label =
        labels.get(key) ??
        withUnit(labels, key, UNIT_WORDS[tokens[i + len] ?? '']) ??
        (SIZE_WORD.test(before) ? withLabel(labels, key) : undefined);
      // "Para mi hija de ocho años", "for my 8 year old": a figure followed by an age is the
      // shopper's age, never the bare size label that figure spells ("8").
      if (label && /^[\d.]+$/.test(label) && AGE_UNIT.test(tokens[i + len] ?? '')) continue;
      if (label) {
        slots.size = label;
        for (let k = 0; k < len; k++) taken.add(i + k);
        return;
      }
    }
  }
  // A label written word-then-figure ("Waist 32", "Age 10") said figure-then-word ("thirty two
  // waist", "a 32 waist"): English puts the figure first as an adjective.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (taken.has(i) || taken.has(i + 1) || !/^\d+(\.\d+)?$/.test(tokens[i]!)) continue;
    const label = labels.get(`${tokens[i + 1]}${tokens[i]}`);
    if (label && /^[a-z]/i.test(label)) {
      slots.size = label;
      taken.add(i);
      taken.add(i + 1);
      return;
    }
  }
  // Dimensions ("50 x 50 cm") said "fifty by fifty", "50 por 50 centímetros".
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (taken.has(i) || !/^\d+(\.\d+)?$/.test(tokens[i]!) || !/^(x|by|por)$/.test(tokens[i + 1]!)) continue;
    if (!/^\d+(\.\d+)?$/.test(tokens[i + 2]!)) continue;
    const head = `${tokens[i]}x${tokens[i + 2]}`;
    const unit = UNIT_WORDS[tokens[i + 3] ?? ''];
    const label =
      labels.get(`${head}${unit ?? ''}`) ??
      [...labels].find(([k]) => k.startsWith(head) && /^[a-z]*$/.test(k.slice(head.length)))?.[1];
    if (label) {
      slots.size = label;
      for (let k = i; k < i + (unit ? 4 : 3); k++) taken.add(k);
      return;
    }
  }
  // Sizes that are measures ("45L", "24 cm") said with the unit in words ("forty five litres",
  // "de un metro").
  for (let i = 0; i + 1 < tokens.length; i++) {
    const half = fractionMeasure(tokens, i, labels, taken);
    if (half) {
      slots.size = half;
      for (let k = i; k < i + 3; k++) taken.add(k);
      return;
    }
    const one = /^(un|una|uno|one|a)$/.test(tokens[i]!) ? '1' : undefined;
    if (taken.has(i) || taken.has(i + 1) || !(one || /^\d+(\.\d+)?$/.test(tokens[i]!))) continue;
    const unit = UNIT_WORDS[tokens[i + 1]!];
    // Units compared as catalogs' option values are: "14 pulgadas" is the size "14-inch".
    const named = (figure: string) =>
      labels.get(`${figure}${unit}`) ?? measured.get(optionTokens(`${figure} ${tokens[i + 1]}`).join(' '));
    // "Half an ounce" reads 1 2 ounce: the fraction is the decimal a catalog may write ("0.5 oz"),
    // never the "2 oz" its denominator spells.
    const fraction = unit && !one && i > 0 && !taken.has(i - 1) ? fractionBefore(tokens, i) : undefined;
    const label = unit ? ((fraction && named(fraction)) ?? named(one ?? tokens[i]!)) : undefined;
    if (label) {
      slots.size = label;
      if (fraction && label === named(fraction)) taken.add(i - 1);
      taken.add(i);
      taken.add(i + 1);
      return;
    }
  }
  // "The number 14" for a size written "No. 14" (needles, hooks, brushes by their number).
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (taken.has(i) || !/^(number|numero|no)$/.test(tokens[i]!) || !/^\d+$/.test(tokens[i + 1]!)) continue;
    const label =
      labels.get(`no.${tokens[i + 1]}`) ??
      labels.get(`no${tokens[i + 1]}`) ??
      labels.get(`#${tokens[i + 1]}`);
    if (label) {
      slots.size = label;
      taken.add(i);
      taken.add(i + 1);
      return;
    }
  }
  const ms = findPhrases(tokens, vocab.sizes, false, new Set(taken));
  // Bare single letters ("m", "l") only count after a cue, handled above; multi-letter labels ("xl") are safe.
  const m = ms.find(
    (x) => x.end - x.start > 1 || (tokens[x.start]!.length > 1 && !/^\d+$/.test(tokens[x.start]!)),
  );
  if (m) {
    slots.size = m.value;
    for (let k = m.start; k < m.end; k++) taken.add(k);
  }
}

/** The decimal of a fraction said as numerator and denominator tokens ending at `i` ("1 2" → "0.5"). */
function fractionBefore(tokens: readonly string[], i: number): string | undefined {
  const num = tokens[i - 1] ?? '';
  const den = tokens[i]!;
  if (!/^\d+$/.test(num) || !/^(2|3|4|8|16)$/.test(den) || Number(num) >= Number(den)) return undefined;
  return String(Number((Number(num) / Number(den)).toFixed(3)));
}

/**
 * "Media onza", "a quarter inch": the number reader writes a fraction before its unit as the "1 2"
 * a catalog's "1/2 oz" normalises to; a catalog that writes the decimal ("0.5 oz") means the same
 * size, which the whole after the fraction ("2 oz") must not take.
 */
function fractionMeasure(
  tokens: readonly string[],
  i: number,
  labels: ReadonlyMap<string, string>,
  taken: ReadonlySet<number>,
): string | undefined {
  const unit = UNIT_WORDS[tokens[i + 2] ?? ''];
  if (!unit || [i, i + 1, i + 2].some((k) => taken.has(k))) return undefined;
  if (!/^\d+$/.test(tokens[i]!) || !/^(2|4|8)$/.test(tokens[i + 1]!) || /^\d/.test(tokens[i - 1] ?? ''))
    return undefined;
  const value = Number(tokens[i]) / Number(tokens[i + 1]);
  return value < 1 ? labels.get(`${value}${unit}`) : undefined;
}

/**
 * A bare figure after a size cue names the one size label that is that figure and a unit ("de
 * 5,75" → "5.75 in", "size 30" → "30 cm"): shoppers leave the catalog's unit unsaid. A unit they
 * do say after it (`said`, an abbreviation) must be the label's.
 */
function withUnit(labels: ReadonlyMap<string, string>, key: string, said?: string): string | undefined {
  if (!/^\d+(\.\d+)?$/.test(key)) return undefined;
  // A unit said after the figure ("in 1 inch") must be the label's: never "1 L" for one inch.
  const fits = (unit: string) => !said || unit === said || (said === 'in' && /^inch(es)?$/.test(unit));
  const hits = [...labels].filter(
    ([k]) =>
      k.startsWith(key) &&
      /^(in|inch|inches|cm|mm|m|l|ml|oz|ft|lb|kg|g)$/.test(k.slice(key.length)) &&
      fits(k.slice(key.length)),
  );
  return hits.length === 1 ? hits[0]![1] : undefined;
}

/**
 * A bare figure after a size cue ("talla cinco", "size 32") names the one size label that is a word
 * and that figure ("Size 5", "Waist 32"); "UK 5" beside "US 5" is no one label.
 */
export function withLabel(labels: ReadonlyMap<string, string>, key: string): string | undefined {
  if (!/^\d+(\.\d+)?$/.test(key)) return undefined;
  const hits = [...labels].filter(
    ([k]) => k.endsWith(key) && /^[a-z]{2,6}\.?$/.test(k.slice(0, -key.length)),
  );
  return hits.length === 1 ? hits[0]![1] : undefined;
}

/**
 * "La bolsa grande de 25 libras": Spanish says big and small with the words of the letter sizes
 * ("grande" is L). Beside a measure the shopper names the variant by the measure, and the word only
 * says it is the bigger one: the letter size is not asked for (English says "big", no size word).
 */
export function relativeBesideMeasure(tokens: readonly string[], size: string): boolean {
  const words = SIZE_WORDS[size.toUpperCase()];
  if (!words) return false;
  const said = tokens.some((t) => words.includes(t) || words.some((w) => `${w}s` === t));
  const measure = tokens.some(
    (t, i) => /^\d+(\.\d+)?$/.test(t) && UNIT_WORDS[tokens[i + 1] ?? ''] !== undefined,
  );
  return said && measure;
}

/**
 * "La pelota de silicona grande" of a product sized by measure ("65 mm", "70 mm"): Spanish says big
 * and small with the words of the letter sizes, read as the size "L"; a product with no letter
 * size is meant by its biggest (smallest) measure instead, which the relative readers choose.
 */
export function letterSaidAsRelative(
  size: string | undefined,
  text: string,
  sizes: readonly { size: string }[],
): boolean {
  const words = size ? SIZE_WORDS[size.toUpperCase()] : undefined;
  if (!words || sizes.length < 2 || !sizes.every((x) => /^\d/.test(x.size))) return false;
  const said = text.split(' ');
  return said.some((t) => words.includes(t) || words.some((w) => `${w}s` === t));
}
