/**
 * Answers read from one line of a product's text: an age range ("Ages 9+" for "is it ok for a six
 * year old") and a labelled line ("Movement: Seiko NH35 automatic" for "what's the movement
 * inside?"). Undefined when no line says it. Pure.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { t } from '../words/spoken.ts';
import { normalize } from '../words/text.ts';
import { capital, clausesOf, matches, saysEs, verdictFromQuote } from './text-answer.ts';

const AGE_WORD = /^(age|ages|aged|edad|edades)$/;
/** A bound said of whom a product is for: "under 14", "over 8", "menores de 3". */
/** Words that make a bound one of age: who rides or uses it, or years. */
const WHO =
  /^(riders?|kids?|child|children|users?|people|persons?|players?|years?|ages?|adults?|teens?|ninos?|ninas?|menores|mayores|anos|edad|personas|usuarios?)$/;
const BOUND = /^(under|below|over|above|menor|menores|mayor|mayores)$/;

/**
 * "Is it ok for a six year old?", "¿sirve para un niño de seis años?": the clause giving an age
 * ("Ages 9+", "for ages 3 to 5"), with no when the age asked is outside it. Undefined when the
 * question names no age or the text gives none.
 */
export function answerAge(p: ProductInfo, question: string[], lang: Language): string | undefined {
  const q = question.join(' ');
  const askedAge = /\b(\d+) (year|years|yr|yrs|ano|anos|month|months|mes|meses)\b/.exec(q);
  if (!askedAge && !/\b(age|ages|old|edad|anos)\b/.test(q)) return undefined;
  const ranges: { quote: string; fits: (age: number) => boolean }[] = [];
  for (const clause of clausesOf(p)) {
    // Every age a clause gives ("10 inch for ages 5 to 7, 11 inch for ages 8 to 10").
    clause.tokens.forEach((w, at) => {
      if (!AGE_WORD.test(w)) return;
      const from = clause.tokens.slice(at + 1, at + 3).find((x) => /^\d+$/.test(x));
      if (!from) return;
      const rest = clause.tokens.slice(at + 1).join(' ');
      const upTo = new RegExp(`^${from} (to|a|-) (\\d+)`).exec(rest)?.[2];
      // The part of the clause between commas that gives this range, when it can be told.
      const part = clause.said.split(/,\s*/).find((x) => new RegExp(`\\b${w}\\s+${from}\\b`, 'i').test(x));
      ranges.push({
        quote: ranges.length === 0 && !part ? clause.said : (part ?? clause.said),
        fits: (age) => age >= Number(from) && (upTo === undefined || age <= Number(upTo)),
      });
    });
    // "Not for riders under 14", "for kids over 8", "no apto para menores de 3 años": a bound said
    // with under/over, turned round by a negation in front of it; a unit after the figure other
    // than years ("under 100 kg") makes it no age.
    clause.tokens.forEach((w, at) => {
      const bound = BOUND.exec(w);
      const figure = clause.tokens[at + 1] === 'de' ? clause.tokens[at + 2] : clause.tokens[at + 1];
      if (!bound || !figure || !/^\d+$/.test(figure)) return;
      const unit = clause.tokens[clause.tokens.indexOf(figure, at) + 1] ?? '';
      if (
        /^(kg|kgs|lb|lbs|pounds|kilos|kilograms|libras|cm|mm|in|inches|feet|ft|m|metros|mph|kmh|w)$/.test(
          unit,
        )
      )
        return;
      if (!clause.tokens.some((x) => WHO.test(x))) return;
      const n = Number(figure);
      const below = /^(under|below|younger|menor|menores)$/.test(w);
      const negated = clause.tokens
        .slice(Math.max(0, at - 4), at)
        .some((x) => /^(not|no|never|nunca)$/.test(x));
      const inside = (age: number) => (below ? age < n : age > n);
      ranges.push({ quote: clause.said, fits: (age) => inside(age) !== negated });
    });
  }
  const first = ranges[0];
  if (!first) return undefined;
  if (askedAge && /^(year|years|yr|yrs|ano|anos)$/.test(askedAge[2]!)) {
    // "10 inch for ages 5 to 7, 11 inch for ages 8 to 10": the range the age falls in answers.
    const age = Number(askedAge[1]);
    const fitting = ranges.find((r) => r.fits(age));
    if (fitting && /^(which|what|cual|que)\b/.test(q))
      return t(
        lang,
        `For that age, the description of ${p.name} says "${fitting.quote}".`,
        `Para esa edad, ${saysEs(p.name, fitting.quote)}.`,
      );
    return fitting
      ? verdictFromQuote(lang, true, p.name, fitting.quote)
      : verdictFromQuote(lang, false, p.name, first.quote);
  }
  return t(
    lang,
    `The description of ${p.name} says "${first.quote}".`,
    `${capital(saysEs(p.name, first.quote))}.`,
  );
}

/**
 * "What's the movement inside?" of "Movement: Seiko NH35 automatic": a figure question whose
 * asked word labels a line of the text ("<word>: …") is answered by that line, figure or not.
 */
export function answerLabelled(p: ProductInfo, words: string[], lang: Language): string | undefined {
  if (words.length === 0) return undefined;
  // Lines as written: clausesOf splits "Movement: Seiko …" at the colon.
  const lines = (p.description ?? '').split(/\n|(?<=[.!?])\s+|\s*[;•·|]\s*/);
  for (const line of lines) {
    const said = line
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.;,]$/, '');
    const label = /^([^:]{2,30}):\s+\S/.exec(said)?.[1];
    if (!label) continue;
    const named = normalize(label).split(' ');
    if (!words.some((w) => named.some((x) => matches(w, x, lang)))) continue;
    return t(lang, `The description of ${p.name} says: "${said}".`, `${capital(saysEs(p.name, said))}.`);
  }
  return undefined;
}
