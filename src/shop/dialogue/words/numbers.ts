/**
 * Numbers said as words ("forty two", "cuarenta y dos", "one hundred and fifty", "nine point nine nine")
 * turned into digits, because STT transcripts spell numbers out.
 */
import type { Language } from '../../contract.ts';
import { UNIT_WORDS } from './units.ts';

type Kind = 'unit' | 'teen' | 'ten' | 'hundred' | 'hundreds' | 'thousand';
interface NumWord {
  value: number;
  kind: Kind;
}

const EN: Record<string, NumWord> = {};
const ES: Record<string, NumWord> = {};
function def(table: Record<string, NumWord>, words: string, start: number, kind: Kind, step = 1): void {
  words.split(' ').forEach((w, i) => {
    if (w !== '_') table[w] = { value: start + i * step, kind };
  });
}
def(EN, 'zero one two three four five six seven eight nine', 0, 'unit');
def(EN, 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 10, 'teen');
def(EN, 'twenty thirty forty fifty sixty seventy eighty ninety', 20, 'ten', 10);
EN.hundred = { value: 100, kind: 'hundred' };
EN.thousand = { value: 1000, kind: 'thousand' };
EN.fourty = { value: 40, kind: 'ten' };
def(ES, 'cero uno dos tres cuatro cinco seis siete ocho nueve', 0, 'unit');
ES.un = { value: 1, kind: 'unit' };
ES.una = { value: 1, kind: 'unit' };
def(ES, 'diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve', 10, 'teen');
def(ES, 'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa', 20, 'ten', 10);
def(
  ES,
  'veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho',
  21,
  'teen',
);
ES.veintinueve = { value: 29, kind: 'teen' };
ES.veintiun = { value: 21, kind: 'teen' };
ES.veintiuna = { value: 21, kind: 'teen' };
ES.cien = { value: 100, kind: 'hundreds' };
ES.ciento = { value: 100, kind: 'hundreds' };
def(
  ES,
  '_ doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos',
  100,
  'hundreds',
  100,
);
def(
  ES,
  '_ doscientas trescientas cuatrocientas quinientas seiscientas setecientas ochocientas novecientas',
  100,
  'hundreds',
  100,
);
ES.mil = { value: 1000, kind: 'thousand' };

const CONNECTORS: Record<Language, string[]> = { en: ['and'], es: ['y'] };
const DECIMAL: Record<Language, string[]> = { en: ['point'], es: ['punto', 'con', 'coma'] };
/** Decimal points that can open a number ("point nine six", "cero coma" is said with its zero). */
const LEAD_POINT: Record<Language, string[]> = { en: ['point'], es: ['punto'] };
/** Words that are numbers only next to other number words (they are pronouns/articles alone). */
const WEAK = new Set(['one', 'un', 'una', 'uno']);
/** What makes a weak word a number after all: a fraction joined to it ("one and a half", "uno y medio"). */
const FRACTION_TAIL: Record<Language, RegExp> = {
  en: /^and (a |one )?(half|quarter)\b|^and (three|3) quarters\b/,
  es: /^y (medio|media|cuarto)\b/,
};

export interface NumToken {
  text: string;
  /** Set when the token is (or was built from) a number. */
  value?: number;
  /** Number of source words consumed; > 1 for "forty two". */
  span: number;
}

function lookup(word: string, lang: Language): NumWord | undefined {
  return (lang === 'es' ? ES[word] : EN[word]) ?? (lang === 'es' ? EN[word] : ES[word]);
}

/** Parses one number-word run starting at `i`; returns the value and how many tokens it used. */
function parseRun(tokens: string[], i: number, lang: Language): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let last: Kind | null = null;
  let j = i;
  let consumed = 0;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t === 'a' && j === i && (tokens[j + 1] === 'hundred' || tokens[j + 1] === 'thousand')) {
      current = 1;
      last = 'unit';
      continue;
    }
    if (CONNECTORS[lang].includes(t) && last && j + 1 < tokens.length) {
      const next = lookup(tokens[j + 1]!, lang);
      const ok = lang === 'en' ? last === 'hundred' || last === 'thousand' : last === 'ten';
      if (next && ok && next.kind !== 'thousand' && next.kind !== 'hundred') continue;
      break;
    }
    const w = lookup(t, lang);
    if (!w) break;
    if (w.kind === 'unit' || w.kind === 'teen') {
      if (last === 'unit' || last === 'teen') break;
      if (last === 'ten' && w.kind === 'teen') break;
      current += w.value;
    } else if (w.kind === 'ten') {
      if (last === 'unit' || last === 'teen' || last === 'ten') break;
      current += w.value;
    } else if (w.kind === 'hundreds') {
      if (last && last !== 'thousand') break;
      current += w.value;
    } else if (w.kind === 'hundred') {
      if (last === 'hundred') break;
      current = (current || 1) * 100;
    } else {
      if (last === 'thousand') break;
      total += (current || 1) * 1000;
      current = 0;
    }
    last = w.kind;
    consumed = j + 1 - i;
  }
  if (consumed === 0) return null;
  let value = total + current;
  let used = consumed;
  // "forty nine point nine nine" / "cuarenta y nueve con noventa y nueve"
  const k = i + used;
  if (DECIMAL[lang].includes(tokens[k] ?? '') && k + 1 < tokens.length) {
    const d = digitRun(tokens, k + 1, lang);
    if (d) {
      value = Number(`${value}.${d.digits}`);
      used += 1 + d.used;
    }
  }
  return { value, used };
}

/** "nine nine" → "99", "ninety nine" → "99", "5" → "5" (for decimals). */
function digitRun(tokens: string[], i: number, lang: Language): { digits: string; used: number } | null {
  let digits = '';
  let j = i;
  while (j < tokens.length && digits.length < 2) {
    const t = tokens[j]!;
    if (/^\d+$/.test(t)) {
      digits += t;
      j++;
      continue;
    }
    const run = parseRun(tokens, j, lang);
    if (!run) break;
    digits += String(run.value);
    j += run.used;
  }
  return digits ? { digits: digits.slice(0, 2), used: j - i } : null;
}

/** Denominators said as words ("un cuarto", "three eighths"): catalogs write them "1/4", "3/8". */
const FRACTION: Record<string, number> = Object.fromEntries(
  Object.entries({
    3: 'third thirds tercio tercios',
    4: 'quarter quarters fourth fourths cuarto cuartos',
    8: 'eighth eighths octavo octavos',
    16: 'sixteenth sixteenths dieciseisavo dieciseisavos',
    32: 'thirtysecond thirtyseconds',
  }).flatMap(([d, words]) => words.split(' ').map((w) => [w, Number(d)])),
);
const HALF = /^(half|medio|media)$/;
const ARTICLE_ONE = new Set(['a', 'an', 'one', 'un', 'una', 'uno']);

/** A numerator and a denominator word at `i` ("tres octavos", "a quarter"), else null. */
function fractionAt(tokens: string[], i: number, lang: Language): { num: number; den: number } | null {
  const den = FRACTION[tokens[i + 1] ?? ''];
  if (!den) return null;
  const t = tokens[i]!;
  const num = ARTICLE_ONE.has(t) ? 1 : /^\d+$/.test(t) ? Number(t) : wordValue(t, lang);
  // Halves are "and a half" (constraints.ts mergeHalves).
  if (num === undefined || num < 1 || num >= den) return null;
  return { num, den };
}

/**
 * Replaces number-word runs by digit tokens; digits stay digits (with their value set). A spoken
 * fraction becomes the tokens catalogs' "1/4" and "1-1/4" normalise to ("un cuarto" → 1 4,
 * "one and a quarter" → 1 1 4).
 */
export function numberTokens(said: string[], lang: Language): NumToken[] {
  const tokens = lang === 'en' ? spokenMillimetres(said) : said;
  const out: NumToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    const dozen = dozenAt(tokens, i, lang);
    if (dozen) {
      out.push({ text: String(dozen.value), value: dozen.value, span: dozen.used });
      i += dozen.used;
      continue;
    }
    // "A half inch", "media pulgada": a half said before its unit is the "1/2" a catalog writes
    // ("and a half" after a whole stays with the whole: mergeHalves joins them).
    // "Half an ounce", "half a litre": the article between is the same half.
    const article = lang === 'en' && /^(a|an)$/.test(tokens[i + 1] ?? '') ? 1 : 0;
    if (
      HALF.test(t) &&
      UNIT_WORDS[tokens[i + 1 + article] ?? ''] &&
      !CONNECTORS[lang].includes(tokens[i - 2] ?? '')
    ) {
      out.push({ text: '1', value: 1, span: 1 + article }, { text: '2', value: 2, span: 0 });
      i += 1 + article;
      continue;
    }
    const frac = fractionAt(tokens, i, lang);
    if (frac) {
      out.push(
        { text: String(frac.num), value: frac.num, span: 1 },
        { text: String(frac.den), value: frac.den, span: 1 },
      );
      i += 2;
      continue;
    }
    const whole = /^\d+$/.test(t) ? Number(t) : wordValue(t, lang);
    const mixed =
      whole !== undefined && CONNECTORS[lang].includes(tokens[i + 1] ?? '')
        ? fractionAt(tokens, i + 2, lang)
        : null;
    if (mixed) {
      out.push(
        { text: String(whole), value: whole, span: 2 },
        { text: String(mixed.num), value: mixed.num, span: 1 },
        { text: String(mixed.den), value: mixed.den, span: 1 },
      );
      i += 4;
      continue;
    }
    if (/^\d+(\.\d+)?$/.test(t)) {
      out.push({ text: t, value: Number(t), span: 1 });
      i++;
      continue;
    }
    // "The point nine six": a fraction said without its zero, after no number ("0.96").
    if (LEAD_POINT[lang].includes(t) && out.at(-1)?.value === undefined) {
      const d = digitRun(tokens, i + 1, lang);
      if (d) {
        const value = Number(`0.${d.digits}`);
        out.push({ text: String(value), value, span: 1 + d.used });
        i += 1 + d.used;
        continue;
      }
    }
    const run = parseRun(tokens, i, lang);
    const weak = run?.used === 1 && WEAK.has(t);
    // "One and a half amps": the fraction makes "one" a whole (constraints.ts mergeHalves joins them).
    if (run && (!weak || FRACTION_TAIL[lang].test(tokens.slice(i + 1, i + 4).join(' ')))) {
      out.push({ text: String(run.value), value: run.value, span: run.used });
      i += run.used;
      continue;
    }
    out.push({ text: t, span: 1 });
    i++;
  }
  return out;
}

/**
 * "The 10 mil chisel", "an eight mil one": spoken English says millimetres "mil" after a number.
 * Read as the unit, never as the Spanish thousand the shared number words would make of it.
 */
function spokenMillimetres(tokens: string[]): string[] {
  return tokens.map((t, i) => {
    if (t !== 'mil' && t !== 'mils') return t;
    const prev = tokens[i - 1] ?? '';
    return /^\d+(\.\d+)?$/.test(prev) || ['unit', 'teen', 'ten'].includes(EN[prev]?.kind ?? '') ? 'mm' : t;
  });
}

const DOZEN = /^(dozen|dozens|docena|docenas)$/;

/** "a dozen" 12, "two dozen" 24, "half a dozen" / "media docena" 6: counts said in dozens. */
function dozenAt(tokens: string[], i: number, lang: Language): { value: number; used: number } | null {
  const t = tokens[i]!;
  if (DOZEN.test(t)) return { value: 12, used: 1 };
  if ((t === 'half' || t === 'media') && DOZEN.test(tokens[i + 1] ?? '')) return { value: 6, used: 2 };
  if (t === 'half' && ARTICLE_ONE.has(tokens[i + 1] ?? '') && DOZEN.test(tokens[i + 2] ?? ''))
    return { value: 6, used: 3 };
  if (!DOZEN.test(tokens[i + 1] ?? '')) return null;
  const n = ARTICLE_ONE.has(t) ? 1 : /^\d+$/.test(t) ? Number(t) : wordValue(t, lang);
  return n !== undefined && n >= 1 ? { value: 12 * n, used: 2 } : null;
}

/** The number a single word means, weak words included ("one" → 1); for "quantity one". */
export function wordValue(word: string, lang: Language): number | undefined {
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  const w = lookup(word, lang);
  return w && (w.kind === 'unit' || w.kind === 'teen' || w.kind === 'ten') ? w.value : undefined;
}

const LETTER_WORDS: Record<string, string> = { oh: '0', dash: '', guion: '', hyphen: '' };

/**
 * Identifier capture for order ids, promo codes and customer numbers: "one zero four two" → "1042",
 * "ten forty two" → "1042", "s a v e ten" → "SAVE10", "save ten" → "SAVE10".
 */
export function spokenCode(tokens: string[], lang: Language): string {
  let code = '';
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t in LETTER_WORDS) {
      code += LETTER_WORDS[t];
      i++;
      continue;
    }
    if (/^[a-z0-9#]+$/.test(t) && (/\d/.test(t) || !lookup(t, lang))) {
      code += t.replace('#', '');
      i++;
      continue;
    }
    const run = parseRun(tokens, i, lang);
    if (run) {
      code += String(run.value);
      i += run.used;
      continue;
    }
    code += t;
    i++;
  }
  return code.toUpperCase();
}
