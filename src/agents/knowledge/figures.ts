/**
 * The shopper's own figures and the passages' limits they are checked against: "my 8 year old"
 * is an age, "25 kilos" a weight, "a 9 by 11 foot room" a length. A passage says such a figure
 * only in a quantity of the same kind — "8 kW" does not say "8 year old" — and says it fully
 * when one of its ranges or limits holds it, units converted ("23 to 27 kg" holds 25 kilos, "30 to
 * 50 pounds" does not; "ages three to four" holds a 4 year old). English and Spanish. Pure.
 */
import { DAYS_PER_UNIT, NUMBER_WORDS } from './number-words.ts';
import { fold } from './terms.ts';

export type FigureKind = 'age' | 'weight' | 'length' | 'money' | 'duration';

export interface Figure {
  value: number;
  kind: FigureKind;
  /** The question's words that are the figure's unit ("year", "old"; "kilos"): part of the figure. */
  units?: string[];
}

/** Each unit word (folded) and what one of it is in its kind's base unit (years, kg, cm, dollars). */
const UNITS: Record<Exclude<FigureKind, 'age'>, readonly (readonly [RegExp, number])[]> = {
  weight: [
    [/^(?:kg|kgs|kilos?|kilograms?|kilogramos?)$/, 1],
    [/^(?:lb|lbs|pounds?|libras?)$/, 0.4536],
  ],
  length: [
    [/^(?:cm|centimet(?:er|re)s?|centimetros?)$/, 1],
    [/^(?:mm|millimet(?:er|re)s?|milimetros?)$/, 0.1],
    [/^(?:m|met(?:er|re)s?|metros?)$/, 100],
    [/^(?:in|inch|inches|pulgadas?)$/, 2.54],
    [/^(?:ft|foot|feet|pies?)$/, 30.48],
  ],
  money: [[/^(?:dollars?|usd|euros?|eur|dolares)$/, 1]],
  // Time gone by (elapsed.ts), in days: a policy's windows ("within 30 days", "after 60 days").
  duration: DAYS_PER_UNIT,
};

const NUMBER_WORD = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'g');

/** Folded, figures in words as digits, "$40" as "40 dollars", "6-month" as "6 month". */
function normal(text: string): string {
  return fold(text)
    .replace(NUMBER_WORD, (w) => String(NUMBER_WORDS[w]))
    .replace(/[$€]\s?(\d+(?:[.,]\d+)?)/g, '$1 dollars')
    .replace(/(\d)-(?=[a-z])/g, '$1 ')
    .replace(/(\d),(\d{3})\b/g, '$1$2');
}

const NUM = '(\\d+(?:\\.\\d+)?)';
const AGE_AFTER = '(?:years?|yrs?|anos?)(?: old)?';
const MONTHS_AFTER = '(?:months?|meses|mes)(?: old)?';

/** The shopper's figure that `word` (a concept of the question) stands for, with its kind, if it has one. */
export function figureIn(question: string, word: string): Figure | undefined {
  if (!/^\d+(?:\.\d+)?$/.test(word)) return undefined;
  const q = normal(question);
  const at = new RegExp(`(?:^|[^\\d.])${word.replace('.', '\\.')}\\s*([a-z]+)?(?:\\s+([a-z]+))?`).exec(q);
  if (!at) return undefined;
  const value = Number(word);
  const [unit = '', next = ''] = [at[1], at[2]];
  if (/^(?:years?|yrs?)$/.test(unit) && next === 'old') return { value, kind: 'age', units: [unit, next] };
  if (/^anos?$/.test(unit)) return { value, kind: 'age', units: [unit] };
  if (/^(?:months?|meses)$/.test(unit) && next === 'old')
    return { value: value / 12, kind: 'age', units: [unit, next] };
  for (const kind of ['weight', 'length', 'money'] as const)
    for (const [re, factor] of UNITS[kind])
      if (re.test(unit)) return { value: value * factor, kind, units: [unit] };
  // "I'm 23", "my son is 6": a bare figure said of a person is an age.
  const before = q.slice(0, at.index + 1);
  if (
    /\b(?:i[' ]?m|i am|he[' ]s|she[' ]s|he is|she is|son is|daughter is|kid is|child is|tiene)\s*$/.test(
      before,
    )
  )
    return { value, kind: 'age' };
  return undefined;
}

/** A limit or range a passage states: the values it holds. */
interface Span {
  lo: number;
  hi: number;
}

const BELOW = '(?:under|below|less than|younger than|up to|no more than|within|menos de|menores de|hasta)';
const ABOVE = '(?:over|above|more than|older than|at least|from|mayores de|a partir de|desde)';

/** The spans of one kind a text states, in the kind's base unit. */
export function spansIn(text: string, kind: FigureKind): Span[] {
  const t = normal(text);
  const out: Span[] = [];
  const add = (lo: number, hi: number, bound: string | undefined, tail: string) => {
    if (lo !== hi) return out.push({ lo, hi });
    if (bound && new RegExp(`^${BELOW}$`).test(bound)) return out.push({ lo: 0, hi });
    if (
      (bound && new RegExp(`^${ABOVE}$`).test(bound)) ||
      /^\s*(?:or (?:older|more|over)|\+|o mas)/.test(tail)
    )
      return out.push({ lo, hi: Number.POSITIVE_INFINITY });
    return out.push({ lo, hi });
  };
  const range = `(?:(${BELOW}|${ABOVE}|between|entre|de)\\s+)?${NUM}(?:\\s*(?:to|-|–|and|a|y)\\s*${NUM})?`;
  if (kind === 'age') {
    // "from 6 months to 3 years old": a unit on each figure; read first, then left out.
    const split = new RegExp(`${NUM}\\s*${MONTHS_AFTER}\\s*(?:to|a)\\s*${NUM}\\s*${AGE_AFTER}`, 'g');
    for (const m of t.matchAll(split)) out.push({ lo: Number(m[1]) / 12, hi: Number(m[2]) });
    // "From the age of 5" is "from 5 years old": a lower limit, not the age 5 alone.
    const rest = t
      .replace(split, ' ')
      .replace(/\b(from|under|over|a partir de|desde) (?:the )?(?:age of|edad de) (\d+)/g, '$1 $2 years old');
    // "aged 3 to 5", "ages 8 to 14", "from the age of 5", "21 or older", "children under 12".
    const re = new RegExp(
      `(?:\\b(aged?|ages|age of|edad de|edades de)\\s+)?${range}\\s*(${AGE_AFTER}|${MONTHS_AFTER})?`,
      'g',
    );
    for (const m of rest.matchAll(re)) {
      const [, cue, bound, lo, hi, unit] = m;
      const person =
        /\b(?:children|kids|child|babies|baby|swimmers|students|adults|teens|drivers|ninos|ninas)\s+$/.test(
          rest.slice(Math.max(0, m.index - 30), m.index),
        );
      const tail = rest.slice(m.index + m[0].length);
      // "Covered for five years" is a duration: a figure in years is an age only when it says
      // "old", follows "aged", "younger than" or the like, or is said of people.
      const aged =
        /\bold$/.test(unit ?? '') || cue || (bound && /^(?:younger|older|menores|mayores)/.test(bound));
      if (!aged && !(person && (bound || unit || /^\s*(?:or older|or over|\+|o mas)/.test(tail)))) continue;
      const scale = unit && /^(?:months?|meses|mes)/.test(unit) ? 1 / 12 : 1;
      add(Number(lo) * scale, Number(hi ?? lo) * scale, bound, tail);
    }
    return out;
  }
  const re = new RegExp(`${range}\\s*([a-z]+)`, 'g');
  for (const m of (kind === 'duration' ? windows(t) : t).matchAll(re)) {
    const factor = UNITS[kind].find(([u]) => u.test(m[4]!))?.[1];
    if (factor === undefined) continue;
    add(Number(m[2]) * factor, Number(m[3] ?? m[2]) * factor, m[1], t.slice(m.index + m[0].length));
  }
  return out;
}

/**
 * A policy's day windows as ranges: "between day 31 and day 60" → "between 31 and 60 days",
 * "after 60 days" → "over 60 days".
 */
function windows(t: string): string {
  return t
    .replace(/\b(?:day|dia) (\d+)/g, '$1 days')
    .replace(/\bdentro de (?:los |las )?(?=\d)/g, 'within ')
    .replace(
      /(\d+) (days?|dias?|weeks?|semanas?|months?|meses|years?|anos?) (and|to|y|a|-) (\d+) \2/g,
      '$1 $3 $4 $2',
    )
    .replace(/\b(?:after|past|beyond|despues de|pasados)\s+(?=\d)/g, 'over ');
}

/**
 * How well a text says the shopper's figure: 1 when one of its spans of the figure's kind holds
 * it, `partial` when it states that kind of quantity only (the limit the figure is checked
 * against), 0 when it states none.
 */
export function figureSaid(figure: Figure, text: string, partial: number): number {
  const spans = spansIn(text, figure.kind);
  if (spans.length === 0) return 0;
  // Rounding of converted units: 50 pounds is 22.68 kg, said "about 23 kg".
  const slack = figure.kind === 'age' ? 0 : 0.02;
  return spans.some((s) => figure.value >= s.lo * (1 - slack) && figure.value <= s.hi * (1 + slack))
    ? 1
    : partial;
}
