/**
 * The owner's own product text quoted in a reply (a summary's first sentence): in a Spanish reply,
 * text the owner wrote in English is introduced as such in Spanish, so the reply stays Spanish and
 * the shopper knows the quote is the shop's words, not a translation (issue 12: every reply in the
 * shopper's language). Pure.
 */
import type { Language } from '../../contract.ts';
import { LANGUAGE_MARKERS } from '../words/lexicon.ts';
import { tokenize } from '../words/text.ts';

/** The text reads as English: more English function words than Spanish ones, and no Spanish marks. */
export function readsEnglish(text: string): boolean {
  if (/[ñ¿¡áéíóú]/i.test(text)) return false;
  let en = 0;
  let es = 0;
  for (const w of tokenize(text)) {
    if (LANGUAGE_MARKERS.en.has(w)) en++;
    if (LANGUAGE_MARKERS.es.has(w)) es++;
  }
  return en > es;
}

/** `quote` as said in a reply in `lang`: unchanged, or introduced in Spanish when it is English. */
export function ownerText(quote: string, lang: Language): string {
  if (!quote || lang !== 'es' || !readsEnglish(quote)) return quote;
  return `Su descripción, que está en inglés, dice lo siguiente: «${quote.replace(/[.\s]+$/, '')}».`;
}
