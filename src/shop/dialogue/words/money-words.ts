/**
 * Money said the way people talk: "a tenner", "a fiver", "two grand", "fifty quid", "20 bucks",
 * "una luca". The amount is read in the store's own currency (a shopper naming pounds in a dollar
 * shop means "about that much"), so slang becomes a figure followed by a generic money noun the
 * price patterns know. Pure; on tokens, before numbers are read.
 */
import type { Language } from '../../contract.ts';

/** Nouns that say "an amount of money" after a figure, in any currency (lexicon PRICE reads them). */
export const MONEY_NOUN = String.raw`(?:dollars?|bucks|quid|pounds?|euros?|usd|eur|gbp|bones|pesos|pavos|lucas|pelas)`;

/** Words that are themselves an amount ("a tenner"). */
const AMOUNT_WORD: Record<Language, Record<string, number>> = {
  // "A ton of", "a score of", "palo" (a stick) say other things too: left out.
  en: { fiver: 5, tenner: 10, grand: 1000 },
  es: { luca: 1000 },
};

const ARTICLE = /^(a|an|one|un|una)$/;

/**
 * The tokens with slang amounts as figures: "a tenner" → "10 bucks", "2 grand" → "2000 bucks"
 * (two words for two words, so positions other readers keep still hold).
 */
export function slangAmounts(tokens: string[], lang: Language): string[] {
  const words = AMOUNT_WORD[lang];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const value = Object.hasOwn(words, w) ? words[w] : undefined;
    if (value === undefined) {
      out.push(w);
      continue;
    }
    const prev = out.at(-1);
    // "2 grand": a multiplier of the figure typed before it (same token count: positions hold).
    if (value >= 1000 && prev && /^\d+(\.\d+)?$/.test(prev)) {
      out[out.length - 1] = String(Number(prev) * value);
      out.push('bucks');
    } else if (prev && ARTICLE.test(prev) && (value < 1000 || lang === 'es')) {
      // "a tenner", "una luca": the article is the count.
      out[out.length - 1] = String(value);
      out.push('bucks');
    } else out.push(w);
  }
  return out;
}
