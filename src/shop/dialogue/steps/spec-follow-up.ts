/**
 * A spec question asked again of another product by naming only that product: "is the classic
 * feeder squirrel proof?" then "and the guardian?", "¿y las zapatillas?", "what about the 8x42?".
 * The follow-up keeps the question (its feature, measure or amount) and takes its subject from
 * what was said now. Pure: the previous utterance is read with the same understanding.
 */
import type { Language } from '../../contract.ts';
import type { Understanding } from '../understand/nlu.ts';

/** "And the X?", "what about the X", "y el X", "¿qué tal las X?": a subject said alone. */
const FOLLOW_UP: Record<Language, RegExp> = {
  en: /^(ok |okay |so |hmm |and )?(and|what about|how about|and what about|same for|same question for)( for)? (the|that|those|these|your)\b/,
  es: /^(vale |y )?(y|que tal|y que tal|y que hay de|lo mismo (con|para)|y con)( (el|la|los|las|esa|ese|esas|esos))\b/,
};

/** Words that make the follow-up a request of its own, not the question again. */
const OWN_REQUEST: Record<Language, RegExp> = {
  en: /\b(add|buy|take|get|remove|delete|too|as well|also|cart|price|cost|how much|show|in (size|colou?r))\b/,
  es: /\b(anade|agrega|pon|ponme|quita|saca|dame|tambien|carrito|precio|cuesta|cuanto|ensename|muestrame|en talla)\b/,
};

const SUBJECT_SLOTS = [
  'productNames',
  'category',
  'attributes',
  'query',
  'queryNamed',
  'ordinals',
  'brand',
] as const;

const asksSpec = (n: Understanding) => !!(n.slots.feature?.length || n.slots.measure || n.slots.amount);

/**
 * The previous spec question with the subject said now, when the utterance is such a follow-up;
 * undefined otherwise. `previousOf` reads the shopper's last utterance (only when needed).
 */
export function specFollowUp(
  now: Understanding,
  previousOf: () => Understanding | undefined,
): Understanding | undefined {
  const lang = now.language;
  if (asksSpec(now) || !FOLLOW_UP[lang].test(now.text) || OWN_REQUEST[lang].test(now.text)) return undefined;
  const previous = previousOf();
  if (previous?.intent !== 'spec' || !asksSpec(previous)) return undefined;
  const s = now.slots;
  if (!s.productNames?.length && !s.category && !s.attributes?.length && !s.ordinals?.length)
    return undefined;
  // Nothing but the subject: a colour, size, count or price bound makes it a request of its own.
  if (s.color || s.size || s.quantity || s.maxPrice !== undefined || s.minPrice !== undefined)
    return undefined;
  const slots: Understanding['slots'] = { ...previous.slots };
  for (const k of SUBJECT_SLOTS) delete slots[k];
  for (const k of SUBJECT_SLOTS) if (s[k] !== undefined) Object.assign(slots, { [k]: s[k] });
  return { ...previous, language: lang, text: now.text, slots, yes: false, no: false };
}
