/**
 * Answers read from one line of a product's text: an age range ("Ages 9+" for "is it ok for a six
 * year old") and a labelled line ("Movement: Seiko NH35 automatic" for "what's the movement
 * inside?"). Undefined when no line says it. Pure.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { t } from '../words/spoken.ts';
import { normalize } from '../words/text.ts';
import { capital, clausesOf, matches, saysEs } from './text-answer.ts';

const AGE_WORD = /^(age|ages|aged|edad|edades)$/;

/**
 * "Is it ok for a six year old?", "¿sirve para un niño de seis años?": the clause giving an age
 * ("Ages 9+", "for ages 3 to 5"), with no when the age asked is outside it. Undefined when the
 * question names no age or the text gives none.
 */
export function answerAge(p: ProductInfo, question: string[], lang: Language): string | undefined {
  const q = question.join(' ');
  const askedAge = /\b(\d+) (year|years|yr|yrs|ano|anos|month|months|mes|meses)\b/.exec(q);
  if (!askedAge && !/\b(age|ages|old|edad|anos)\b/.test(q)) return undefined;
  for (const clause of clausesOf(p)) {
    const at = clause.tokens.findIndex((w) => AGE_WORD.test(w));
    const from = at >= 0 ? clause.tokens.slice(at + 1).find((w) => /^\d+$/.test(w)) : undefined;
    if (!from) continue;
    const rest = clause.tokens.slice(at + 1).join(' ');
    const upTo = new RegExp(`^${from} (to|a|-) (\\d+)`).exec(rest)?.[2];
    const quote = clause.said;
    if (askedAge && /^(year|years|yr|yrs|ano|anos)$/.test(askedAge[2]!)) {
      const age = Number(askedAge[1]);
      const outside = age < Number(from) || (upTo !== undefined && age > Number(upTo));
      return outside
        ? t(lang, `No: the description of ${p.name} says "${quote}".`, `No: ${saysEs(p.name, quote)}.`)
        : t(lang, `Yes: the description of ${p.name} says "${quote}".`, `Sí: ${saysEs(p.name, quote)}.`);
    }
    return t(lang, `The description of ${p.name} says "${quote}".`, `${capital(saysEs(p.name, quote))}.`);
  }
  return undefined;
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
