/**
 * "I only started last spring and fish early in the morning. Do you sell reels?", "my hands get
 * cold so do you have gloves", "tengo frío en las manos, ¿tienes guantes?": the shopper tells
 * something about themselves, then asks the shop for a thing. The request clause is what to act
 * on; the context before it would otherwise lend its words to the search ("started" → a "Starter"
 * product). Pure; finds where a shop-request opener starts after at least a few words of context.
 */
import type { Language } from '../../contract.ts';
import { tokenize } from './text.ts';

/** Openers of a request to the shop for a thing, on normalised text (no punctuation). */
const OPENER: Record<Language, RegExp> = {
  en: new RegExp(
    [
      // "do you have / sell / carry", "do you guys stock", "have you got", "you got any".
      String.raw`(?:do|does) (?:you|ya|u|the shop|your shop|this shop|y all)(?: guys)? (?:have|sell|carry|stock|make|offer|got|do)`,
      String.raw`have (?:you|ya)(?: guys)? got`,
      String.raw`(?:you|ya) got any`,
      // "what / which <kind> do you have", "what kind of <kind> do you sell".
      String.raw`(?:what|which)(?: \w+){1,4} (?:do|does|have|can) (?:you|ya)(?: guys)? (?:have|sell|carry|stock|got|offer|recommend)`,
      String.raw`(?:show|find|get) me`,
      String.raw`(?:can|could) (?:you|i) (?:show|find|get|see|recommend)`,
      String.raw`(?:is|are) there any`,
    ].join('|'),
  ),
  es: new RegExp(
    [
      String.raw`(?:tienes|tienen|teneis|tenes|vendes|venden|vendeis|vendi?s|manejan|manejas|hay)`,
      String.raw`(?:que|cuales)(?: \w+){1,4} (?:tienes|tienen|teneis|tenes|vendes|venden|hay)`,
      String.raw`(?:me )?(?:puedes|puede|podes|podeis|pueden) (?:mostrar|ensenar|recomendar)`,
      String.raw`(?:muestrame|ensename|mostrame)`,
    ].join('|'),
  ),
};

/** Joining words said between the context and the request ("…, so do you have …"). */
const JOINER: Record<Language, RegExp> = {
  en: /^(?:so|and|but|then|anyway|well|now|ok|okay|um|uh)$/,
  es: /^(?:asi que|y|pero|entonces|bueno|pues|oye)$/,
};

/** Fewest words of context before the opener: "hi, do you have …" is a greeting, not context. */
const MIN_CONTEXT_WORDS = 3;

/**
 * The request clause after context, as normalised text; undefined when the utterance starts with
 * its request or has no opener after enough words.
 */
export function requestAfterContext(spoken: string, lang: Language): string | undefined {
  const words = tokenize(spoken);
  const opener = new RegExp(`^(?:${OPENER[lang].source})\\b`);
  for (let i = MIN_CONTEXT_WORDS; i < words.length - 1; i++) {
    if (!opener.test(words.slice(i).join(' '))) continue;
    let start = i;
    while (start > 0 && JOINER[lang].test(words[start - 1]!)) start--;
    if (start < MIN_CONTEXT_WORDS) return undefined;
    return words.slice(i).join(' ');
  }
  return undefined;
}
