/**
 * Leaving out a property or material of the products shown: "nothing smoky, my wife hates it",
 * "nothing made of leather", "nada ahumado", "nada de cuero". The word becomes the search's
 * `excludeText` (products whose title or description says it, in any form, are left out), the
 * search shown before kept. "Nothing" must open the request: "nothing else", "nothing more" and
 * "nada más" close the conversation instead. Runs on normalised tokens (no accents, no punctuation).
 */
import type { Language } from '../../contract.ts';
import { STOPWORDS } from './lexicon.ts';
import type { Slots } from './slots.ts';

const NOTHING: Record<Language, RegExp> = {
  en: /^(?:(?:and|but|oh|ok|okay|so|also|please|um|uh)\s)*(?:nothing|none)\s(?:(?:that s|that is|thats|that are|which is|which are|made (?:of|from|with|in)|in|of|too|very|at all)\s)?([a-z]+)\b/,
  es: /^(?:(?:y|pero|pues|bueno|vale|oye)\s)*(?:nada|ninguno|ninguna)\s(?:(?:que sea|que este|hecho de|hecha de|de|muy|demasiado)\s)?([a-z]+)\b/,
};

/** Words after "nothing" that are no property ("nothing else", "nada más", "nothing for me"). */
const NO_PROPERTY =
  /^(else|more|much|left|yet|now|today|thanks|thank|special|wrong|made|meant|designed|built|intended|needs?|needing|requires?|uses?|runs?|takes?|works?|mas|menos|gracias|todavia|aun|hoy|ahora|mal|para|necesite|necesita|lleve|use|sea|sean)$/;

/** Sets `slots.excludeText` from "nothing X" opening the request. True when it did. */
export function extractPropertyExclusion(tokens: readonly string[], lang: Language, slots: Slots): boolean {
  if (slots.exclude || slots.excludeBrand || slots.excludeColor || slots.productNames?.length) return false;
  const word = NOTHING[lang].exec(tokens.join(' '))?.[1];
  if (!word || word.length < 3 || NO_PROPERTY.test(word) || STOPWORDS[lang].has(word)) return false;
  slots.excludeText = word;
  if (slots.attributes?.includes(word)) {
    slots.attributes = slots.attributes.filter((a) => a !== word);
    if (slots.attributes.length === 0) delete slots.attributes;
  }
  return true;
}
