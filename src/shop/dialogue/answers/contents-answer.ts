/**
 * "What do I actually get in the box?", "what comes with it?", "¿qué trae la caja?": what the
 * product comes with, quoted from the clause of its text that lists it ("Everything to start: a
 * glass tank, a lid, a filter, …", "Includes two poles and a carry bag"). Undefined when no
 * clause lists anything. Pure; normalised text.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { t } from '../words/spoken.ts';
import { capital, clausesOf, saysEs } from './text-answer.ts';

const ASKS_CONTENTS: Record<Language, RegExp> = {
  en: /\bwhat (do|does|will|would) (i|you|we|it|they|one) (\w+ )?(get|come with|include|includes)\b|\bwhat s (included|in the box|in it)\b|\bwhat (is|comes) (included|in the box)\b|\bwhat (comes )?in the box\b/,
  es: /\bque (trae|traen|incluye|incluyen|lleva|llevan|viene|vienen)\b|\bque (hay|viene) en la (caja|kit)\b/,
};

/** A clause saying what comes with the product. */
const LISTS =
  /\b(includ\w*|comes with|come with|everything|in the box|set of|supplied with|with a|with an)\b/;

export function asksContents(question: string, lang: Language): boolean {
  return ASKS_CONTENTS[lang].test(question);
}

export function answerContents(p: ProductInfo, question: string, lang: Language): string | undefined {
  if (!asksContents(question, lang)) return undefined;
  const listing = clausesOf(p)
    .map((c) => ({ c, items: (c.said.match(/,/g) ?? []).length + (LISTS.test(c.tokens.join(' ')) ? 2 : 0) }))
    .filter((x) => x.items >= 3)
    .sort((a, b) => b.items - a.items)[0];
  if (!listing) return undefined;
  const quote = listing.c.said;
  return t(lang, `The description of ${p.name} says: "${quote}".`, `${capital(saysEs(p.name, quote))}.`);
}
