/**
 * "Just the ones that slice cucumbers", "only those which dry without streaks", "solo los que
 * cortan pepinos", "nada más las que van con rodamientos": a restriction of the list shown by what
 * the products do or have, said as a clause. The search before keeps its kind, price bound and
 * exclusions; the clause's words rank within it (the search's `prefer`: products whose text says
 * them, the others left out when some do), never a new kind to look for.
 * Patterns run on normalised text (no accents, no punctuation).
 */
import type { Language } from '../../contract.ts';

const ONLY_THOSE: Record<Language, RegExp> = {
  en: /^(?:(?:ok|okay|so|and|now|then|right|well|hmm)\s)*(?:only|just)\s(?:(?:show|give)\s(?:me\s)?)?(?:the\s)?(?:ones|those|one|items|products|things)\s(?:that|which|with|who)\b/,
  es: /^(?:(?:y|pues|bueno|vale|entonces|ahora)\s)*(?:solo|solamente|nomas|nada mas|no mas|unicamente)\s(?:(?:muestrame|ensename|dejame|pon)\s)?(?:los|las|aquellos|aquellas)\s(?:que|con)\b/,
};

/**
 * The clause of such a restriction ("slice cucumbers"), or undefined when the utterance is none.
 * Its words are what the search ranks by, whatever slot a word of it filled (a verb misheard as a
 * kind: "slice" is no "spice").
 */
export function restrictionClause(text: string, lang: Language): string | undefined {
  const m = ONLY_THOSE[lang].exec(text);
  const rest = m ? text.slice(m[0].length).trim() : '';
  return rest || undefined;
}
