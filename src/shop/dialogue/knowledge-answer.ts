/**
 * A policy or FAQ question answered from the best passage the knowledge base found, naming the
 * document it comes from ("Our delivery policy says: …"), with only the sentences of the passage
 * that say what was asked. No passage: "I don't know", and a person offered. Pure.
 */
import type { Language } from '../contract.ts';
import { relevantSentences } from './policy-answer.ts';
import { t } from './spoken.ts';
import { normalize } from './text.ts';

/** What search_knowledge returns for one passage (the fields an answer needs). */
export interface AnswerPassage {
  title: string;
  source: string;
  text: string;
  headings?: string[];
}

export const DONT_KNOW = {
  en: "I don't know: the store's information doesn't say. If you like, I can pass you to a person who can tell you.",
  es: 'No lo sé: la información de la tienda no lo dice. Si quieres, te paso con una persona que te lo pueda decir.',
} as const;

/** Passages up to this long are read whole. */
const SAY_WHOLE_CHARS = 320;

/** "Delivery policy" → "delivery policy"; "FreshPass membership" stays as written. */
function spokenTitle(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

export function knowledgeAnswer(
  passages: readonly AnswerPassage[],
  question: string,
  lang: Language,
): string {
  const best = passages[0];
  if (!best) return t(lang, DONT_KNOW.en, DONT_KNOW.es);
  const text = best.text.replace(/\n/g, ' ');
  // A short passage is said whole (a figure in its next sentence is often the answer); a long
  // one only by its sentences that say what was asked.
  const sentences =
    text.length <= SAY_WHOLE_CHARS ? [text] : (relevantSentences(text, normalize(question), lang) ?? [text]);
  const said = sentences.join(' ').replace(/\s+/g, ' ').trim();
  return t(
    lang,
    `Our ${spokenTitle(best.title)} says: ${said}`,
    `Según nuestra página «${best.title}»: ${said}`,
  );
}
