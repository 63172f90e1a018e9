/**
 * A policy or FAQ question answered from the best passage the knowledge base found, naming the
 * document it comes from ("Our delivery policy says: …"), with only the sentences of the passage
 * that say what was asked. No passage: "I don't know", and a person offered. Pure.
 */
import { CONFIG_POLICY_SOURCE } from '../../../agents/knowledge/index.ts';
import type { Language } from '../../contract.ts';
import { unwrap } from '../results.ts';
import type { ToolExchange } from '../state.ts';
import type { Action } from '../steps/action-types.ts';
import { call, say } from '../steps/actions.ts';
import { t } from '../words/spoken.ts';
import { focusSentences, leadOf, yesNo } from './answer-lead.ts';
import { figureLead } from './figure-lead.ts';

/** What search_knowledge returns for one passage (the fields an answer needs). */
export interface AnswerPassage {
  title: string;
  source: string;
  text: string;
  headings?: string[];
  /** The passage's language; a Spanish shopper hears an English passage quoted after a Spanish lead-in. */
  language?: 'en' | 'es';
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
  // one only by its sentences that say what was asked (the fact the question wants first), a
  // short paragraph whole (its second sentence often finishes the first).
  const focused = focusSentences(text, question);
  const parts = focusSentences(best.text, question, { paragraphs: true });
  const sentences = text.length <= SAY_WHOLE_CHARS ? [text] : (parts ?? [text]);
  const said = sentences.join(' ').replace(/\s+/g, ' ').trim();
  // "Yes" or "No" first when the sentences that answer say it — each of them: a paragraph saying
  // "never expire" and then "can be spent on repairs" gets no lead for "can it pay a repair".
  const deciding = parts ? parts.flatMap((p) => p.split(/(?<=[.!?])\s+/)) : (focused ?? sentences);
  const answering = text.length <= SAY_WHOLE_CHARS ? (focused ?? sentences) : deciding;
  // The shopper's own age or weight against the limit the sentences state decides first.
  const lead = leadOf(figureLead(question, answering) ?? yesNo(question, answering), lang);
  if (lang === 'es' && best.language === 'en')
    return `${lead}Según nuestra página «${best.title}», que está en inglés: «${said}»`;
  return t(
    lang,
    `${lead}Our ${spokenTitle(best.title)} says: ${said}`,
    `${lead}Según nuestra página «${best.title}»: ${said}`,
  );
}

/**
 * The policy path's knowledge step: search the shop's documents, then answer from the best
 * passage. Undefined hands the question to get_policy (the configured policy text's own answer,
 * or a person): when the best passage is that text, when the search failed, or when the shop
 * has no documents of its own.
 */
export function knowledgeStep(
  done: readonly ToolExchange[],
  question: string,
  lang: Language,
): Action | undefined {
  const searched = done.find((c) => c.name === 'search_knowledge');
  if (!searched) return call('search_knowledge', { query: question });
  if (searched.error || searched.output === undefined) return undefined;
  const out = unwrap(searched.output) as { passages?: AnswerPassage[]; documents?: number } | null;
  const passages = Array.isArray(out?.passages) ? out.passages : [];
  const best = passages[0];
  if (best)
    return best.source === CONFIG_POLICY_SOURCE ? undefined : say(knowledgeAnswer(passages, question, lang));
  return (out?.documents ?? 0) > 0 ? say(knowledgeAnswer([], question, lang)) : undefined;
}

/** How much of a question the configured policy's passage must say for its sentence to answer. */
const POLICY_SENTENCE_COVERAGE = 0.3;
/**
 * How much of the question (rarity-weighted) that one sentence must say: "¿qué manzana sale
 * mejor?" met "we accept Visa" at 0.18 through "sale" (costs); the sentences that answer said
 * 0.33–0.38 on the spent round-19 questions.
 */
export const POLICY_SENTENCE_SHARE = 0.25;

/**
 * The sentence of the configured policy text the turn's knowledge search found answering the
 * question (policy-answer.ts picks it when the question's own words pick none); undefined when
 * the search found another document first, or the policy says too little of the question.
 */
export function policySentenceFound(done: readonly ToolExchange[]): string | undefined {
  const searched = done.find((c) => c.name === 'search_knowledge');
  if (!searched || searched.error || searched.output === undefined) return undefined;
  const out = unwrap(searched.output) as {
    passages?: (AnswerPassage & { coverage?: number; sentence?: string; sentenceShare?: number })[];
  } | null;
  const best = Array.isArray(out?.passages) ? out.passages[0] : undefined;
  if (!best || best.source !== CONFIG_POLICY_SOURCE || typeof best.sentence !== 'string') return undefined;
  return (best.coverage ?? 0) >= POLICY_SENTENCE_COVERAGE &&
    (best.sentenceShare ?? 1) >= POLICY_SENTENCE_SHARE
    ? best.sentence
    : undefined;
}
