/**
 * "How much of it do I dose for 50 gallons?", "how much gravel for a 20 gallon?", "¿cuánta grava
 * para 20 galones?": an amount asked for a size the shopper names. The product's text answers
 * with the clause that gives that same figure ("5 ml treats 50 gallons") or a rate to scale
 * ("about 1 lb per gallon"), quoted. Undefined when no clause does. Pure; normalised text.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { t } from '../words/spoken.ts';
import { capital, clausesOf, saysEs } from './text-answer.ts';

/** The question asks an amount or a figure ("how much", "how many", "what thickness", "cuánto"). */
const ASKS_AMOUNT: Record<Language, RegExp> = {
  en: /\b(how (much|many)|what (amount|size|thickness|wattage|strength))\b/,
  es: /\b(cuant[oa]s?|que (cantidad|tamano|grosor|potencia))\b/,
};

/** A rate a text gives to scale by what the shopper has ("per gallon", "for every 10 liters", "por litro"). */
const RATE =
  /\b(per|each|every|a|por|cada) (gallon|gal|liter|litre|l|pound|lb|square|sq|foot|ft|meter|metre|m|kg|person|day|galon|litro)s?\b/;

export function answerForSize(p: ProductInfo, question: string, lang: Language): string | undefined {
  if (!ASKS_AMOUNT[lang].test(question) && !ASKS_AMOUNT.en.test(question)) return undefined;
  const own = new Set(p.name.toLowerCase().match(/\d+(?:\.\d+)?/g) ?? []);
  const figures = (question.match(/\b\d+(?:\.\d+)?\b/g) ?? []).filter((n) => !own.has(n));
  if (figures.length === 0) return undefined;
  const clauses = clausesOf(p);
  const same = clauses.find(
    (c) =>
      figures.some((n) => c.tokens.includes(n)) &&
      c.tokens.some((x) => /^\d/.test(x) && !figures.includes(x)),
  );
  const rate =
    same ?? clauses.find((c) => RATE.test(c.tokens.join(' ')) && c.tokens.some((x) => /^\d/.test(x)));
  if (!rate) return undefined;
  return t(
    lang,
    `The description of ${p.name} says: "${rate.said}".`,
    `${capital(saysEs(p.name, rate.said))}.`,
  );
}
