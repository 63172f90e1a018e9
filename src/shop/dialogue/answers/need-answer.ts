/**
 * "Do I need any paperwork to use that radio?", "does the gauge ever need checking?", "¿hay que
 * revisarlo cada cierto tiempo?": a question about what the product requires is answered by the
 * clause of its text that states a requirement ("you need a licence … to use it", "needs an air
 * pump") or a schedule of care ("Have the gauge tested every year") about a word asked. Only
 * asked when the other readings found nothing (spec-answer.ts); undefined when no clause says it,
 * so "I don't know" stays. Pure; normalised text.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { t } from '../words/spoken.ts';
import { normalize } from '../words/text.ts';
import { capital, clausesOf, matches, RATE, saysEs } from './text-answer.ts';

/** The question asks what is needed or must be done. */
const ASKS_NEED: Record<Language, RegExp> = {
  en: /\b(need|needs|needed|have to|has to|must|require|requires|required|necessary|should)\b/,
  es: /\b(necesito|necesita|necesitan|necesitamos|necesitas|hace falta|hacen falta|hay que|tengo que|tiene que|tienen que|requiere|requieren|debo|debe|deben|es necesario|obligatori[oa])\b/,
};

/** A clause stating a requirement, as owners write it in English or Spanish. */
const STATES_NEED =
  /\b(need|needs|needed|require|requires|required|must|have to|has to|necesita|necesitan|necesitas|requiere|requieren|hay que|es necesario|debe|deben|obligatori[oa])\b/;

/**
 * A clause written as an instruction ("Wear gloves when handling", "Toast whole seeds in a dry
 * pan", "Season it by grinding rice"): a verb first, then its object. It states what to do as
 * plainly as "you need to". A name or a noun phrase ("Grade A beans", "Cumin seed from India")
 * has no pronoun, determiner or preposition after its first word, or capitals there.
 */
function instructs(c: { said: string; tokens: string[] }, asked: string[], lang: Language): boolean {
  const [first, second] = c.tokens;
  if (!first || !second || /^(the|a|an|this|these|those|it|its|our|your|each|every|one|no|not)$/.test(first))
    return false;
  if (/^\d/.test(first) || /(s|ed|ing|ly)$/.test(first)) return false;
  // The second word as written starts lower case: "Grade A" or "Bhut Jolokia" names something.
  const saidSecond = c.said.split(/\s+/)[1] ?? '';
  if (!/^[a-z]/.test(saidSecond)) return false;
  return (
    /^(it|them|the|a|an|your|whole|by|with|off|up|out|on|in|at|before|after)$/.test(second) ||
    asked.some((w) => matches(w, second, lang))
  );
}

/** The question's object is left open ("any paperwork", "anything else", "algún papel"). */
const OPEN_OBJECT = /\b(any|anything|something|else|algo|algun|alguna|algunos|algunas|otra cosa)\b/;

/** Words of the question that say what it is about (not the asking, nor the need itself). */
function askedWords(question: string, lang: Language): string[] {
  const needWords = new Set(normalize(ASKS_NEED[lang].source.replace(/\\b|[()?]/g, ' ')).split(/[\s|]+/));
  return question
    .split(' ')
    .filter(
      (w) =>
        w.length >= 3 && !needWords.has(w) && !STOPWORDS.en.has(w) && !STOPWORDS.es.has(w) && !/^\d/.test(w),
    );
}

export function answerNeed(p: ProductInfo, question: string, lang: Language): string | undefined {
  if (!(ASKS_NEED[lang].test(question) || ASKS_NEED.en.test(question))) return undefined;
  const asked = askedWords(question, lang);
  const nameWords = new Set(normalize(p.name).split(' '));
  const clauses = clausesOf(p).filter((c) => {
    const text = c.tokens.join(' ');
    return STATES_NEED.test(text) || RATE.test(text) || instructs(c, asked, lang);
  });
  let best: { said: string; score: number } | undefined;
  for (const c of clauses) {
    const hits = asked.filter((w) => c.tokens.some((x) => matches(w, x, lang)));
    // A word of the product's own name says only that the clause is about the product.
    const score = hits.filter((w) => !nameWords.has(w)).length * 2 + hits.length;
    if (hits.some((w) => !nameWords.has(w)) && (!best || score > best.score)) best = { said: c.said, score };
  }
  // "Do I need anything else to use it?": the one requirement the text states.
  const stated = clauses.filter((c) => STATES_NEED.test(c.tokens.join(' ')));
  if (!best && OPEN_OBJECT.test(question) && stated.length === 1) best = { said: stated[0]!.said, score: 0 };
  if (!best) return undefined;
  return t(
    lang,
    `The description of ${p.name} says: "${best.said}".`,
    `${capital(saysEs(p.name, best.said))}.`,
  );
}
